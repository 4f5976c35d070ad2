package no.smartmat.console.orders;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.fleet.Zone;

/**
 * What the coordinator decided in the preview: parts left out (orders, packages, lines, CSV lines — by the
 * problem's target key), clients confirmed or to be created (by the file's client key, so one decision
 * covers every order naming the client the same way), and zones chosen for packages. Immutable: each
 * decision gives a new value, so the preview can always be recomputed from file + decisions.
 */
public record Resolutions(Set<String> excluded, Map<String, ClientChoice> clients, Map<String, Zone> zones) {

    public static final Resolutions NONE = new Resolutions(Set.of(), Map.of(), Map.of());

    public Resolutions {
        excluded = Set.copyOf(excluded);
        clients = Map.copyOf(clients);
        zones = Map.copyOf(zones);
    }

    public Resolutions exclude(String key) {
        Set<String> s = new HashSet<>(excluded);
        s.add(key);
        return new Resolutions(s, clients, zones);
    }

    public Resolutions include(String key) {
        Set<String> s = new HashSet<>(excluded);
        s.remove(key);
        return new Resolutions(s, clients, zones);
    }

    public Resolutions excludeAll(Set<String> keys) {
        Set<String> s = new HashSet<>(excluded);
        s.addAll(keys);
        return new Resolutions(s, clients, zones);
    }

    public Resolutions client(String clientKey, ClientChoice choice) {
        Map<String, ClientChoice> m = new HashMap<>(clients);
        m.put(clientKey, choice);
        return new Resolutions(excluded, m, zones);
    }

    public Resolutions zone(String packageKey, Zone zone) {
        Map<String, Zone> m = new HashMap<>(zones);
        m.put(packageKey, zone);
        return new Resolutions(excluded, clients, m);
    }

    public Optional<ClientChoice> client(String clientKey) {
        return Optional.ofNullable(clients.get(clientKey));
    }

    public boolean isExcluded(String key) {
        return excluded.contains(key);
    }
}

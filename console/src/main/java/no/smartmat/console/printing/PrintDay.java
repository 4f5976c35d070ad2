package no.smartmat.console.printing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.planning.PublishedChange;

/**
 * A day's published plan with everything the documents need, read from the database in one go.
 *
 * @param versionText     how the documents name the plan version, e.g. "v3 (publisert 23.11. kl. 07:02)"
 * @param unassignedStops stops the plan left without a van: they get no label and no manifest row
 * @param cancelled       stops on the plan that were cancelled after it was published: not printed
 * @param changedAfterPublishing what changed on the day's stops since the plan was published and is still open:
 *                        the documents print the published plan, and whoever prints is told what differs
 */
public record PrintDay(LocalDate date, long planId, int planVersion, String versionText, List<PrintRoute> routes,
                       int unassignedStops, List<StopDetails> cancelled, List<PublishedChange> changedAfterPublishing) {

    public PrintDay {
        routes = List.copyOf(routes);
        cancelled = List.copyOf(cancelled);
        changedAfterPublishing = List.copyOf(changedAfterPublishing);
    }

    /** The open changes that concern what {@code scope} prints (a stop no route has concerns every route). */
    public List<PublishedChange> changedAfterPublishing(PrintScope scope) {
        return changedAfterPublishing.stream().filter(c -> switch (scope) {
            case PrintScope.AllRoutes all -> true;
            case PrintScope.Route r -> c.vanCode().map(v -> v.equalsIgnoreCase(r.vanCode().strip())).orElse(true);
            case PrintScope.Client cl -> c.clientNumber().equalsIgnoreCase(cl.clientNumber().strip());
        }).toList();
    }

    public Optional<PrintRoute> route(String vanCode) {
        return routes.stream().filter(r -> r.vanCode().equalsIgnoreCase(vanCode.strip())).findFirst();
    }

    /** The route and stop of a client, by client number. */
    public Optional<PrintStop> stopOf(String clientNumber) {
        return routes.stream().flatMap(r -> r.stops().stream())
                .filter(s -> s.details().clientNumber().equalsIgnoreCase(clientNumber.strip())).findFirst();
    }

    public Optional<PrintRoute> routeOf(String clientNumber) {
        return routes.stream().filter(r -> r.stops().stream()
                .anyMatch(s -> s.details().clientNumber().equalsIgnoreCase(clientNumber.strip()))).findFirst();
    }

    public int stopCount() {
        return routes.stream().mapToInt(r -> r.stops().size()).sum();
    }

    public int packageCount() {
        return routes.stream().mapToInt(PrintRoute::packageCount).sum();
    }
}

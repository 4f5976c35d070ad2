package no.smartmat.console.orders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.clients.Client;
import no.smartmat.console.clients.ClientFilter;

/**
 * Finds the client an order is for: by the municipal client number first; otherwise it proposes candidates
 * whose normalised name and/or address agree ("Hansen, Astrid" = "Astrid Hansen", "Solvn. 3" = "Solveien 3")
 * and never picks one by itself. Built once per preview over the whole register, so 10,000 orders cost
 * 10,000 map lookups.
 */
public final class ClientMatcher {

    private static final int MAX_CANDIDATES = 5;
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern HOUSE_LETTER = java.util.regex.Pattern.compile("(\\d+)\\s+([a-z])\\b");

    private final List<Client> clients;
    private final Map<String, Client> byNumber = new HashMap<>();
    private final Map<String, Client> byNumberUpper = new HashMap<>();
    /** Built on the first order without a known number: a batch whose numbers all match never needs them. */
    private Map<String, List<Client>> byName;
    private Map<String, List<Client>> byAddress;

    public ClientMatcher(List<Client> clients) {
        this.clients = List.copyOf(clients);
        for (Client c : clients) {
            byNumber.put(c.clientNumber(), c);
            byNumberUpper.putIfAbsent(c.clientNumber().toUpperCase(Locale.ROOT), c);
        }
    }

    private void index() {
        if (byName != null) {
            return;
        }
        byName = new HashMap<>();
        byAddress = new HashMap<>();
        for (Client c : clients) {
            byName.computeIfAbsent(normalisedName(c.name()), k -> new ArrayList<>()).add(c);
            byAddress.computeIfAbsent(normalisedAddress(c.data().address()), k -> new ArrayList<>()).add(c);
        }
    }

    public Optional<Client> byNumber(String number) {
        Client exact = byNumber.get(number);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byNumberUpper.get(number.toUpperCase(Locale.ROOT)));
    }

    public ClientMatch match(ClientRef ref) {
        if (!ref.clientNumber().isEmpty()) {
            Optional<Client> client = byNumber(ref.clientNumber());
            if (client.isPresent()) {
                if (!ref.name().isEmpty() && !shareAWord(ref.name(), client.get().name())) {
                    return new ClientMatch.NameDiffers(client.get(), candidates(ref));
                }
                return new ClientMatch.ByNumber(client.get());
            }
        }
        return new ClientMatch.Candidates(candidates(ref));
    }

    private List<ClientMatch.Candidate> candidates(ClientRef ref) {
        index();
        Map<Long, Client> found = new LinkedHashMap<>();
        String name = normalisedName(ref.name());
        String address = normalisedAddress(ref.address());
        if (!name.isEmpty()) {
            byName.getOrDefault(name, List.of()).forEach(c -> found.put(c.id(), c));
        }
        if (!address.isEmpty()) {
            byAddress.getOrDefault(address, List.of()).forEach(c -> found.put(c.id(), c));
        }
        return found.values().stream()
                .map(c -> new ClientMatch.Candidate(c, !name.isEmpty() && normalisedName(c.name()).equals(name),
                        !address.isEmpty() && normalisedAddress(c.data().address()).equals(address)
                                && (ref.postcode().isEmpty() || ref.postcode().equals(c.data().postcode())),
                        ref.postcode().equals(c.data().postcode())))
                .filter(c -> c.sameName() || c.sameAddress())
                .sorted(Comparator.comparingInt(ClientMatch.Candidate::score).reversed()
                        .thenComparing(c -> c.client().clientNumber()))
                .limit(MAX_CANDIDATES)
                .toList();
    }

    /** Folded (ø→o, accents off), punctuation out, words sorted: the order of first and last name does not matter. */
    public static String normalisedName(String name) {
        String[] words = words(name);
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Folded, punctuation out, and the usual abbreviations spelt out: "Solvn. 3 B" = "solveien 3b". */
    public static String normalisedAddress(String address) {
        String folded = HOUSE_LETTER.matcher(ClientFilter.fold(address == null ? "" : address)).replaceAll("$1$2");
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(folded)) {
            if (w.isEmpty()) {
                continue;
            }
            out.add(expand(w));
        }
        return String.join(" ", out);
    }

    private static String expand(String word) {
        if (word.equals("gt") || word.equals("gata")) {
            return "gate";
        }
        if (word.equals("vn") || word.equals("vei") || word.equals("vegen") || word.equals("veg")) {
            return "veien";
        }
        if (word.length() > 2 && word.endsWith("vn")) {
            return word.substring(0, word.length() - 2) + "veien";
        }
        if (word.length() > 2 && word.endsWith("vegen")) {
            return word.substring(0, word.length() - 5) + "veien";
        }
        if (word.length() > 2 && word.endsWith("gt")) {
            return word.substring(0, word.length() - 2) + "gate";
        }
        if (word.length() > 4 && word.endsWith("gata")) {
            return word.substring(0, word.length() - 4) + "gate";
        }
        return word;
    }

    private static String[] words(String text) {
        String folded = ClientFilter.fold(text == null ? "" : text);
        return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static boolean shareAWord(String a, String b) {
        Set<String> left = new HashSet<>(Arrays.asList(words(a)));
        return Arrays.stream(words(b)).anyMatch(left::contains);
    }
}

package no.smartmat.console.orders;

import java.util.List;
import no.smartmat.console.clients.Client;

/** How an order's client was found in the register. Only {@link ByNumber} needs no confirmation. */
public sealed interface ClientMatch {

    /** The file's client number is a known client (and the name, if given, does not contradict it). */
    record ByNumber(Client client) implements ClientMatch {}

    /** The number is known, but the file's name shares not one word with the client's: confirm or correct. */
    record NameDiffers(Client client, List<Candidate> candidates) implements ClientMatch {
        public NameDiffers {
            candidates = List.copyOf(candidates);
        }
    }

    /** No number, or an unknown one: clients whose name or address match, best first; possibly none. */
    record Candidates(List<Candidate> candidates) implements ClientMatch {
        public Candidates {
            candidates = List.copyOf(candidates);
        }
    }

    /** A client that may be the one meant, and what agrees. */
    record Candidate(Client client, boolean sameName, boolean sameAddress, boolean samePostcode) {
        /** Name and address both agree: the coordinator can confirm these in one go. */
        public boolean strong() {
            return sameName && sameAddress;
        }

        int score() {
            return (sameName ? 4 : 0) + (sameAddress ? 3 : 0) + (samePostcode ? 1 : 0);
        }
    }

    default boolean needsConfirmation() {
        return !(this instanceof ByNumber);
    }
}

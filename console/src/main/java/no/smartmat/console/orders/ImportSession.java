package no.smartmat.console.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.fleet.Zone;

/**
 * The previews a coordinator is working on (one per batch of the files opened together) and their decisions
 * so far; what the Ordreimport screen shows, without JavaFX. Every decision gives new {@link Resolutions},
 * and the screen re-evaluates.
 */
public final class ImportSession {

    private final List<BatchPreview> batches;
    private final Map<BatchPreview, Resolutions> resolutions = new IdentityHashMap<>();

    public ImportSession(List<BatchPreview> batches) {
        this.batches = List.copyOf(batches);
        batches.forEach(b -> resolutions.put(b, Resolutions.NONE));
    }

    public List<BatchPreview> batches() {
        return batches;
    }

    public Resolutions resolutions(BatchPreview batch) {
        return resolutions.get(batch);
    }

    public BatchPreview.Evaluation evaluate(BatchPreview batch) {
        return batch.evaluate(resolutions.get(batch));
    }

    public void exclude(BatchPreview batch, String key) {
        resolutions.put(batch, resolutions.get(batch).exclude(key));
    }

    public void include(BatchPreview batch, String key) {
        resolutions.put(batch, resolutions.get(batch).include(key));
    }

    public void zone(BatchPreview batch, String partKey, Zone zone) {
        resolutions.put(batch, resolutions.get(batch).zone(partKey, zone));
    }

    public void client(BatchPreview batch, ParsedOrder order, ClientChoice choice) {
        resolutions.put(batch, resolutions.get(batch).client(order.client().key(), choice));
    }

    /**
     * Confirms, in one go, every unresolved client that has exactly one candidate whose name and address both
     * agree: an explicit decision by the coordinator, listed in the preview, never made by the import alone.
     */
    public int confirmStrongCandidates(BatchPreview batch) {
        Resolutions r = resolutions.get(batch);
        int confirmed = 0;
        for (ParsedOrder o : batch.batch().orders()) {
            if (r.client(o.client().key()).isPresent() || !(batch.matchOf(o) instanceof ClientMatch.Candidates c)) {
                continue;
            }
            List<ClientMatch.Candidate> strong = c.candidates().stream().filter(ClientMatch.Candidate::strong).toList();
            if (strong.size() == 1) {
                r = r.client(o.client().key(), new ClientChoice.Existing(strong.getFirst().client()));
                confirmed++;
            }
        }
        resolutions.put(batch, r);
        return confirmed;
    }

    /** How many unresolved clients {@link #confirmStrongCandidates} would confirm. */
    public int strongCandidates(BatchPreview batch) {
        Resolutions r = resolutions.get(batch);
        Map<String, Boolean> keys = new HashMap<>();
        for (ParsedOrder o : batch.batch().orders()) {
            if (r.client(o.client().key()).isEmpty() && batch.matchOf(o) instanceof ClientMatch.Candidates c
                    && c.candidates().stream().filter(ClientMatch.Candidate::strong).count() == 1) {
                keys.put(o.client().key(), true);
            }
        }
        return keys.size();
    }

    /** The order a problem belongs to, if any (a file-level problem has none). */
    public Optional<ParsedOrder> orderOf(BatchPreview batch, ImportProblem problem) {
        for (ParsedOrder o : batch.batch().orders()) {
            if (o.key().equals(problem.target()) || o.rejectedParts().contains(problem.target())
                    || o.packages().stream().anyMatch(p -> p.key().equals(problem.target()))
                    || o.lines().stream().anyMatch(l -> l.key().equals(problem.target()))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Problems of one order, in file order. */
    public List<ImportProblem> problemsOf(BatchPreview batch, ParsedOrder order) {
        List<ImportProblem> result = new ArrayList<>();
        for (ImportProblem p : batch.problems()) {
            if (orderOf(batch, p).filter(o -> o == order).isPresent()) {
                result.add(p);
            }
        }
        return result;
    }

    /** Whether a problem no longer blocks (fixed, left out) or never did (a warning). */
    public boolean isOpen(BatchPreview batch, ImportProblem problem) {
        return evaluate(batch).open().contains(problem);
    }
}

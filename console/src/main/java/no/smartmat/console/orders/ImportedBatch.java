package no.smartmat.console.orders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored revision of a batch (a row of {@code order_batch}): what the history shows. The counts are the
 * batch's active orders and packages after this revision; {@code changeSummary} is
 * {@code "new=3 changed=1 withdrawn=0 unchanged=208 kept=0"} (see {@link ChangeSummary}).
 */
public record ImportedBatch(long id, String supplier, String reference, int revision, LocalDate deliveryDate,
                            BatchFormat format, String fileName, String fileHash, int orderCount, int packageCount,
                            Instant importedAt, String importedBy, String changeSummary) {}

package no.smartmat.reports.manifests;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How manifests are printed.
 *
 * @param printKeyBoxCodes print key-box codes (off by default: a manifest leaves the
 *                         building; the kitchen turns this on deliberately)
 * @param loadingListFirst put each route's loading list in front of its manifest
 *                         (otherwise print it separately with {@link LoadingListRenderer})
 * @param printedBy        who prints, shown in the footer (the console also logs it)
 * @param printedAt        when, shown in the footer
 */
public record ManifestOptions(boolean printKeyBoxCodes, boolean loadingListFirst, Optional<String> printedBy,
                              Optional<LocalDateTime> printedAt) {

    public ManifestOptions {
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedAt, "printedAt");
    }

    /** No key-box codes, no loading list, no "printed by" line. */
    public static ManifestOptions defaults() {
        return new ManifestOptions(false, false, Optional.empty(), Optional.empty());
    }

    public ManifestOptions withKeyBoxCodes(boolean on) {
        return new ManifestOptions(on, loadingListFirst, printedBy, printedAt);
    }

    public ManifestOptions withLoadingListFirst(boolean on) {
        return new ManifestOptions(printKeyBoxCodes, on, printedBy, printedAt);
    }

    public ManifestOptions printedBy(String who, LocalDateTime when) {
        return new ManifestOptions(printKeyBoxCodes, loadingListFirst, Optional.of(who), Optional.of(when));
    }
}

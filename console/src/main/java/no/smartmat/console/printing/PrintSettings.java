package no.smartmat.console.printing;

import java.util.Objects;
import java.util.OptionalDouble;
import no.smartmat.reports.labels.LabelLayout;

/**
 * How the kitchen prints: the label stock and its printer corrections, and what personal data the documents
 * carry. Starts from {@code config/defaults/labels.yaml}; what is saved on the Utskrift screen wins.
 *
 * @param paddingMm empty: the stock's own default border
 */
public record PrintSettings(LabelLayout.Format layout, double offsetRightMm, double offsetDownMm, OptionalDouble paddingMm,
                            boolean qrCode, boolean dietCodesOnLabels, boolean keyBoxCodesOnManifests,
                            boolean loadingListFirst) {

    public PrintSettings {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(paddingMm, "paddingMm");
    }

    /** The reports module's layout; call only on settings that passed {@link PrintSettingsService#validate}. */
    public LabelLayout labelLayout() {
        LabelLayout base = LabelLayout.of(layout).withOffset(offsetRightMm, offsetDownMm).withQrCode(qrCode);
        return paddingMm.isPresent() ? base.withPadding(paddingMm.getAsDouble()) : base;
    }

    public PrintSettings withLayout(LabelLayout.Format format) {
        return new PrintSettings(format, offsetRightMm, offsetDownMm, paddingMm, qrCode, dietCodesOnLabels,
                keyBoxCodesOnManifests, loadingListFirst);
    }

    public PrintSettings withOffset(double rightMm, double downMm) {
        return new PrintSettings(layout, rightMm, downMm, paddingMm, qrCode, dietCodesOnLabels, keyBoxCodesOnManifests,
                loadingListFirst);
    }

    public PrintSettings withDietCodesOnLabels(boolean on) {
        return new PrintSettings(layout, offsetRightMm, offsetDownMm, paddingMm, qrCode, on, keyBoxCodesOnManifests,
                loadingListFirst);
    }

    public PrintSettings withKeyBoxCodesOnManifests(boolean on) {
        return new PrintSettings(layout, offsetRightMm, offsetDownMm, paddingMm, qrCode, dietCodesOnLabels, on,
                loadingListFirst);
    }

    public PrintSettings withLoadingListFirst(boolean on) {
        return new PrintSettings(layout, offsetRightMm, offsetDownMm, paddingMm, qrCode, dietCodesOnLabels,
                keyBoxCodesOnManifests, on);
    }

    /** {@code config/defaults/labels.yaml} as Jackson reads it ({@code paddingMm: ~} is null here only). */
    public record File(LabelLayout.Format layout, double offsetRightMm, double offsetDownMm, Double paddingMm,
                       boolean qrCode, boolean dietCodesOnLabels, boolean keyBoxCodesOnManifests,
                       boolean loadingListFirst) {

        public PrintSettings settings() {
            return new PrintSettings(layout, offsetRightMm, offsetDownMm,
                    paddingMm == null ? OptionalDouble.empty() : OptionalDouble.of(paddingMm), qrCode, dietCodesOnLabels,
                    keyBoxCodesOnManifests, loadingListFirst);
        }
    }
}

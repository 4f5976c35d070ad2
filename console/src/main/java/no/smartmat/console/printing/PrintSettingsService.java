package no.smartmat.console.printing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import no.smartmat.console.settings.SettingsService;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;
import no.smartmat.reports.labels.LabelLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen's print settings: the defaults of {@code labels.yaml} overlaid by what was saved on the Utskrift
 * screen (keys {@code labels.*} and {@code manifests.*} in the settings table). Label stock and printer drift
 * are the coordinator's; whether diet codes or key-box codes leave the building is the administrator's call.
 */
public final class PrintSettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(PrintSettingsService.class);

    static final String LAYOUT = "labels.layout";
    static final String OFFSET_RIGHT = "labels.offsetRightMm";
    static final String OFFSET_DOWN = "labels.offsetDownMm";
    static final String PADDING = "labels.paddingMm";
    static final String QR_CODE = "labels.qrCode";
    static final String DIET_CODES = "labels.dietCodes";
    static final String KEY_BOX_CODES = "manifests.keyBoxCodes";
    static final String LOADING_LIST_FIRST = "manifests.loadingListFirst";

    /** Form field names, for errors shown next to their field. */
    public static final String FIELD_LAYOUT = "layout", FIELD_OFFSET_RIGHT = "offsetRightMm",
            FIELD_OFFSET_DOWN = "offsetDownMm", FIELD_PADDING = "paddingMm", FIELD_DIET_CODES = "dietCodesOnLabels",
            FIELD_KEY_BOX_CODES = "keyBoxCodesOnManifests";

    private final PrintSettings defaults;
    private final SettingsService settings;

    public PrintSettingsService(PrintSettings defaults, SettingsService settings) {
        this.defaults = defaults;
        this.settings = settings;
    }

    public PrintSettings defaults() {
        return defaults;
    }

    /** What documents print with now. A stored value that cannot be read falls back to the file's (and is logged). */
    public PrintSettings current() {
        PrintSettings d = defaults;
        PrintSettings stored = new PrintSettings(
                read(LAYOUT, v -> LabelLayout.Format.valueOf(v.strip().toUpperCase(Locale.ROOT)), d.layout()),
                read(OFFSET_RIGHT, Double::parseDouble, d.offsetRightMm()),
                read(OFFSET_DOWN, Double::parseDouble, d.offsetDownMm()),
                read(PADDING, v -> v.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v)), d.paddingMm()),
                read(QR_CODE, Boolean::parseBoolean, d.qrCode()),
                read(DIET_CODES, Boolean::parseBoolean, d.dietCodesOnLabels()),
                read(KEY_BOX_CODES, Boolean::parseBoolean, d.keyBoxCodesOnManifests()),
                read(LOADING_LIST_FIRST, Boolean::parseBoolean, d.loadingListFirst()));
        if (!validate(stored).isEmpty()) {
            LOG.warn("Stored print settings {} break their limits; printing with labels.yaml's {}", stored, d);
            return d;
        }
        return stored;
    }

    /** What is wrong with {@code s} as a layout the renderers accept; empty when nothing is. */
    public static List<FieldError> validate(PrintSettings s) {
        List<FieldError> errors = new ArrayList<>();
        for (var offset : List.of(Map.entry(FIELD_OFFSET_RIGHT, s.offsetRightMm()), Map.entry(FIELD_OFFSET_DOWN, s.offsetDownMm()))) {
            if (Double.isNaN(offset.getValue()) || Math.abs(offset.getValue()) > 10) {
                errors.add(FieldError.of(offset.getKey(), mm(offset.getValue()), "printing.settings.error.offset"));
            }
        }
        double maxPadding = Math.min(s.layout().labelWidthMm(), s.layout().labelHeightMm()) / 4;
        if (s.paddingMm().isPresent() && (Double.isNaN(s.paddingMm().getAsDouble()) || s.paddingMm().getAsDouble() < 0
                || s.paddingMm().getAsDouble() > maxPadding)) {
            errors.add(FieldError.of(FIELD_PADDING, mm(s.paddingMm().getAsDouble()), "printing.settings.error.padding",
                    mm(maxPadding)));
        }
        return errors;
    }

    /**
     * Saves the changed settings in one transaction (each change audited). Only an administrator may change
     * whether diet codes or key-box codes are printed.
     */
    public Validated<PrintSettings> save(PrintSettings wanted, CurrentUser by) {
        List<FieldError> errors = validate(wanted);
        PrintSettings now = current();
        if (by.role() != Role.ADMIN) {
            if (wanted.dietCodesOnLabels() != now.dietCodesOnLabels()) {
                errors.add(FieldError.of(FIELD_DIET_CODES, String.valueOf(wanted.dietCodesOnLabels()), "printing.settings.error.adminOnly"));
            }
            if (wanted.keyBoxCodesOnManifests() != now.keyBoxCodesOnManifests()) {
                errors.add(FieldError.of(FIELD_KEY_BOX_CODES, String.valueOf(wanted.keyBoxCodesOnManifests()), "printing.settings.error.adminOnly"));
            }
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        Map<String, String> changed = new LinkedHashMap<>();
        put(changed, LAYOUT, wanted.layout().name(), now.layout().name());
        put(changed, OFFSET_RIGHT, String.valueOf(wanted.offsetRightMm()), String.valueOf(now.offsetRightMm()));
        put(changed, OFFSET_DOWN, String.valueOf(wanted.offsetDownMm()), String.valueOf(now.offsetDownMm()));
        put(changed, PADDING, padding(wanted.paddingMm()), padding(now.paddingMm()));
        put(changed, QR_CODE, String.valueOf(wanted.qrCode()), String.valueOf(now.qrCode()));
        put(changed, DIET_CODES, String.valueOf(wanted.dietCodesOnLabels()), String.valueOf(now.dietCodesOnLabels()));
        put(changed, KEY_BOX_CODES, String.valueOf(wanted.keyBoxCodesOnManifests()), String.valueOf(now.keyBoxCodesOnManifests()));
        put(changed, LOADING_LIST_FIRST, String.valueOf(wanted.loadingListFirst()), String.valueOf(now.loadingListFirst()));
        if (!changed.isEmpty()) {
            settings.putAll(changed, by);
        }
        return Validated.valid(current());
    }

    private static void put(Map<String, String> changed, String key, String wanted, String now) {
        if (!wanted.equals(now)) {
            changed.put(key, wanted);
        }
    }

    private static String padding(OptionalDouble mm) {
        return mm.isPresent() ? String.valueOf(mm.getAsDouble()) : "";
    }

    private static String mm(double value) {
        return String.valueOf(value).replace('.', ',');
    }

    private <T> T read(String key, Function<String, T> parse, T fallback) {
        Optional<String> value = settings.get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parse.apply(value.get());
        } catch (RuntimeException e) {
            LOG.warn("Setting {} = '{}' cannot be read ({}); using {}", key, value.get(), e.getMessage(), fallback);
            return fallback;
        }
    }
}

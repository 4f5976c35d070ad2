package no.smartmat.reports.common;

import java.util.Objects;

/**
 * Something the document could not show as given. The document is still complete and
 * printable; the console shows these to the user so nothing is lost silently.
 *
 * @param kind  what happened
 * @param item  which item of the document, in Norwegian as printed
 *              (e.g. "Etikett 12 (BIL-3, stopp 7)", "Kjøreliste BIL-3, stopp 7")
 * @param field the input field (record component name), e.g. {@code clientName}
 * @param text  the input text as given (so the user can see what was shortened)
 */
public record RenderWarning(Kind kind, String item, String field, String text) {

    public enum Kind {
        /** Text did not fit even at the minimum font size; it was cut and ended with "…". */
        TEXT_TRUNCATED,
        /** A character the embedded font has no glyph for was printed as "?". */
        CHARACTER_REPLACED,
        /** The package code cannot be drawn as Code 128 (e.g. non-ASCII); the label says so. */
        BARCODE_NOT_DRAWN,
        /** 18 digits with a wrong SSCC check digit: drawn as plain Code 128, not GS1-128. */
        INVALID_SSCC,
        /** The barcode's bars are narrower than scanners reliably read (below 0.19 mm). */
        BARCODE_TOO_DENSE
    }

    public RenderWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    /** A Norwegian sentence for the user. */
    public String message() {
        return switch (kind) {
            case TEXT_TRUNCATED -> item + ": teksten i «" + field + "» fikk ikke plass og er forkortet med «…»: " + text;
            case CHARACTER_REPLACED -> item + ": tegn i «" + field + "» finnes ikke i skriften og er skrevet som «?»: " + text;
            case BARCODE_NOT_DRAWN -> item + ": pakkekoden kan ikke skrives som strekkode (bare ASCII-tegn går): " + text;
            case INVALID_SSCC -> item + ": pakkekoden har 18 sifre, men kontrollsifferet stemmer ikke for en SSCC; skrevet som vanlig Code 128: " + text;
            case BARCODE_TOO_DENSE -> item + ": strekkoden ble svært tett og kan være vanskelig å skanne: " + text;
        };
    }
}

package no.smartmat.reports.common;

import java.util.Objects;

/**
 * A handling instruction for the driver as the console decided it (which one a bag gets is the console's rule, by
 * its zone and the client's wishes): the words for a large label and a manifest, and a short form where a small
 * label has room for one word. Reports print it as given.
 *
 * @param text      e.g. "SETTES I FRYSER"
 * @param shortText e.g. "FRYSER"
 */
public record Instruction(String text, String shortText) {

    public Instruction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(shortText, "shortText");
        if (text.isBlank() || shortText.isBlank()) {
            throw new IllegalArgumentException("an instruction needs words: '" + text + "' / '" + shortText + "'");
        }
    }
}

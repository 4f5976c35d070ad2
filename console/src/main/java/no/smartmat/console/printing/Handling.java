package no.smartmat.console.printing;

import java.util.Optional;
import no.smartmat.console.i18n.Messages;
import no.smartmat.reports.common.Instruction;
import no.smartmat.reports.common.Zone;

/**
 * What the driver does with a bag at the client's: the kitchen's one rule for it, which labels and manifests print.
 * A client who wants the food put away (the register's {@code putInFridge}) gets each bag into the place its zone
 * needs: chilled food in the fridge, frozen food in the freezer (never in a fridge), dry goods in the cupboard. A
 * client who does not gets no instruction: the bags are handed over.
 */
public enum Handling {
    FRIDGE, FREEZER, CUPBOARD;

    public static Optional<Handling> of(Zone zone, boolean putAway) {
        if (!putAway) {
            return Optional.empty();
        }
        return Optional.of(switch (zone) {
            case CHILLED -> FRIDGE;
            case FROZEN -> FREEZER;
            case AMBIENT -> CUPBOARD;
        });
    }

    /** The words as documents print them ({@code printing.handling.*} in the documents' language). */
    public Instruction words(Messages documents) {
        return new Instruction(documents.get("printing.handling." + name()), documents.get("printing.handling." + name() + ".short"));
    }
}

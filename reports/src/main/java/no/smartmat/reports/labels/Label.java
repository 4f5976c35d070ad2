package no.smartmat.reports.labels;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.Instruction;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;

/**
 * One label: one bag, tote or package for one client's stop.
 *
 * <p>Only what delivery needs is on a label: it leaves the van with the bag. Access
 * notes and key-box codes are never printed; {@code hasAccessNotes} only adds
 * "Adkomst: se kjøreliste". Diet codes are printed only when the list is non-empty, so
 * the console decides by its configuration whether to pass them.
 *
 * @param packageCode    SSCC (18 digits: printed as GS1-128 with AI (00)) or the console's
 *                       generated package id (printable ASCII: plain Code 128)
 * @param clientName     full name as it should be printed
 * @param address        street, postcode, post town
 * @param area           delivery area name, if the client has one
 * @param vanCode        vehicle code of the route, e.g. "BIL-3"
 * @param driverName     driver of the route
 * @param stopNumber     1-based stop number in driving order
 * @param stopCount      number of stops on the route
 * @param deliveryDate   delivery day
 * @param window         the client's delivery window
 * @param zone           temperature zone of this package
 * @param bagNumber      1-based number of this package among the client's packages
 * @param bagCount       number of packages for this client on this day
 * @param instruction    what the driver does with this bag at the client's (the console's rule: by zone and the
 *                       client's wishes, e.g. "SETTES I FRYSER"); empty prints none
 * @param hasAccessNotes the manifest has access notes for this client (key box, door code…)
 * @param dietCodes      diet/allergen codes to print; empty prints none
 */
public record Label(
        String packageCode,
        String clientName,
        Address address,
        Optional<String> area,
        String vanCode,
        String driverName,
        int stopNumber,
        int stopCount,
        LocalDate deliveryDate,
        TimeWindow window,
        Zone zone,
        int bagNumber,
        int bagCount,
        Optional<Instruction> instruction,
        boolean hasAccessNotes,
        List<String> dietCodes) {

    public Label {
        Objects.requireNonNull(packageCode, "packageCode");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(vanCode, "vanCode");
        Objects.requireNonNull(driverName, "driverName");
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(instruction, "instruction");
        dietCodes = List.copyOf(dietCodes);
        if (stopCount < 1 || stopNumber < 1 || stopNumber > stopCount) {
            throw new IllegalArgumentException("stop " + stopNumber + " of " + stopCount + " is not a valid stop number");
        }
        if (bagCount < 1 || bagNumber < 1 || bagNumber > bagCount) {
            throw new IllegalArgumentException("bag " + bagNumber + " of " + bagCount + " is not a valid bag number");
        }
    }
}

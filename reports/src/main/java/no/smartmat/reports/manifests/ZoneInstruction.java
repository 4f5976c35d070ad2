package no.smartmat.reports.manifests;

import java.util.Objects;

import no.smartmat.reports.common.Instruction;
import no.smartmat.reports.common.Zone;

/** The handling instruction for a stop's bags of one zone, as on their labels. */
public record ZoneInstruction(Zone zone, Instruction instruction) {

    public ZoneInstruction {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(instruction, "instruction");
    }
}

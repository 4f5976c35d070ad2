package no.smartmat.console.printing;

import no.smartmat.reports.common.Zone;

/** One physical bag/tote/package: the code its barcode carries, its zone, and "pose n av m" for its client. */
public record PrintPackage(String code, Zone zone, int bagNumber, int bagCount) {}

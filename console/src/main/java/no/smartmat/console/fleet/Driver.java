package no.smartmat.console.fleet;

import java.time.LocalTime;

/** A fixed driver; {@code code} (e.g. "D-01") is the key used in client registers and scenario files. */
public record Driver(long id, String code, String name, String phone, LocalTime shiftStart, LocalTime shiftEnd,
                     boolean active) {}

package no.smartmat.console.fleet;

import java.util.Optional;

/** A van with its compartments' capacities and the driver who usually drives it. */
public record Vehicle(long id, String code, String registration, String description, Optional<String> defaultDriverCode,
                      Capacity capacity, boolean active) {}

package no.smartmat.console.slots;

import java.util.Optional;

/** A client as the window screens list them. */
public record ClientRef(long id, String clientNumber, String name, String address, Optional<Long> areaId) {}

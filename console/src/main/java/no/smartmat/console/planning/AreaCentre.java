package no.smartmat.console.planning;

/** A delivery area's name where the planning map writes it. */
public record AreaCentre(String name, double lat, double lon) {}

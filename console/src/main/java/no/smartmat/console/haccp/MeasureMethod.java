package no.smartmat.console.haccp;

/** Air temperature of the unit, or a probe in the food. */
public enum MeasureMethod {
    AIR, PROBE
}

package no.smartmat.console.haccp;

/**
 * How an alarm delay is counted. CONSECUTIVE: the value must stay beyond the threshold without a break for longer
 * than the delay (a door opening resets it). CUMULATIVE: time beyond the threshold is summed within a sliding window,
 * so a fridge that keeps drifting out with short returns in between still raises a deviation.
 */
public enum DelayCounting {
    CONSECUTIVE, CUMULATIVE
}

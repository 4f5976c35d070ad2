package no.smartmat.console.haccp;

/** What happened to the food after a deviation. NONE: no food was affected (an empty van, say). */
public enum FoodOutcome {
    KEPT, MOVED, DISCARDED, NONE
}

package no.smartmat.console.haccp;

/** How one temperature relates to its limits. */
public enum Level {
    GREEN, YELLOW, RED;

    public Level worst(Level other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

package no.smartmat.console.fleet;

/** Packages per temperature compartment. */
public record Capacity(int chilled, int frozen, int ambient) {

    public static final Capacity NONE = new Capacity(0, 0, 0);

    public Capacity plus(Capacity other) {
        return new Capacity(chilled + other.chilled, frozen + other.frozen, ambient + other.ambient);
    }

    public int total() {
        return chilled + frozen + ambient;
    }

    public int of(Zone zone) {
        return switch (zone) {
            case CHILLED -> chilled;
            case FROZEN -> frozen;
            case AMBIENT -> ambient;
        };
    }
}

package no.smartmat.planner.scenario;

/**
 * Portions per van compartment. A compartment missing from a file is 0. Used both for a vehicle's
 * capacity and for a stop's demand; the rule is compartment by compartment, never summed.
 */
public record Capacity(int chilled, int frozen, int ambient) {

    public static final Capacity ZERO = new Capacity(0, 0, 0);

    public Capacity plus(Capacity other) {
        return new Capacity(chilled + other.chilled, frozen + other.frozen, ambient + other.ambient);
    }

    /** True when every compartment of this load fits in {@code capacity}. */
    public boolean fitsIn(Capacity capacity) {
        return chilled <= capacity.chilled && frozen <= capacity.frozen && ambient <= capacity.ambient;
    }

    /** Portions above {@code capacity}, per compartment (0 where it fits). */
    public Capacity excessOver(Capacity capacity) {
        return new Capacity(Math.max(0, chilled - capacity.chilled), Math.max(0, frozen - capacity.frozen),
                Math.max(0, ambient - capacity.ambient));
    }

    public int total() {
        return chilled + frozen + ambient;
    }

    public int[] toArray() {
        return new int[] {chilled, frozen, ambient};
    }

    @Override
    public String toString() {
        return chilled + " chilled/" + frozen + " frozen/" + ambient + " ambient";
    }
}

package no.smartmat.planner.solomon;

/** One row of a Solomon customer table; number 0 is the depot. */
public record SolomonCustomer(int number, double x, double y, int demand, double readyTime, double dueDate,
        double serviceTime) {

    public double distanceTo(SolomonCustomer other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}

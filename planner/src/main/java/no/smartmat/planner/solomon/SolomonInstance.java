package no.smartmat.planner.solomon;

import java.util.List;

/**
 * A Solomon / Gehring-Homberger VRPTW instance. Distances and travel times are the Euclidean distance in
 * double precision (formats.md); the depot's due date is the latest return.
 */
public record SolomonInstance(String name, int vehicleCount, int capacity, SolomonCustomer depot,
        List<SolomonCustomer> customers) {

    public SolomonInstance {
        customers = List.copyOf(customers);
    }
}

package no.smartmat.reports.manifests;

import java.util.Objects;

import no.smartmat.reports.common.Address;

/** A client who was on the previous version of the same weekday's route and is not now. */
public record RemovedClient(String clientName, Address address) {

    public RemovedClient {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(address, "address");
    }
}

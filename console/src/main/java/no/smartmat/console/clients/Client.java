package no.smartmat.console.clients;

import java.time.LocalDate;

/** A stored client: its row id and its details. */
public record Client(long id, ClientData data) {

    public String clientNumber() {
        return data.clientNumber();
    }

    public String name() {
        return data.name();
    }

    public boolean isActiveOn(LocalDate date) {
        return data.isActiveOn(date);
    }
}

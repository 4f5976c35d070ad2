package no.smartmat.console.config;

/** The kitchen this console runs for: name on documents, depot for routes. See config/defaults/kitchen.yaml. */
public record KitchenSettings(String name, String municipality, String timezone, Depot depot) {

    public record Depot(String name, String address, double lat, double lon) {}
}

package no.smartmat.reports.haccp;

/** Kind of cold (or hot) unit, printed in Norwegian. */
public enum UnitKind {
    COLD_ROOM("Kjølerom"),
    FREEZER_ROOM("Fryserom"),
    FRIDGE("Kjøleskap"),
    FREEZER("Fryser"),
    BLAST_CHILLER("Nedkjøler"),
    HOT_HOLDING("Varmeskap"),
    VAN_CHILLED("Bil, kjøleavdeling"),
    VAN_FROZEN("Bil, fryseavdeling");

    private final String title;

    UnitKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package no.smartmat.console.haccp;

/** What a cold (or hot) unit is; decides its default limits, its rounds and how its readings are judged. */
public enum UnitKind {
    COLD_ROOM(Regime.CHILLED),
    FRIDGE(Regime.CHILLED),
    FREEZER(Regime.FROZEN),
    BLAST_CHILLER(Regime.COOLING),
    HOT_HOLDING(Regime.HOT),
    VAN_CHILLED(Regime.CHILLED),
    VAN_FROZEN(Regime.FROZEN);

    private final Regime regime;

    UnitKind(Regime regime) {
        this.regime = regime;
    }

    public Regime regime() {
        return regime;
    }

    public boolean isVan() {
        return this == VAN_CHILLED || this == VAN_FROZEN;
    }

    /** How readings of a unit are judged: against an upper limit, a lower limit, or as a cooling process. */
    public enum Regime {
        CHILLED, FROZEN, HOT, COOLING
    }
}

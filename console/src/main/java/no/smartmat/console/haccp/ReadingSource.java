package no.smartmat.console.haccp;

/** Where a reading came from: typed in by a person, a live sensor, or an imported logger file. */
public enum ReadingSource {
    MANUAL, SENSOR, IMPORT;

    public boolean isAutomatic() {
        return this != MANUAL;
    }
}

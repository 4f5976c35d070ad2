package no.smartmat.console.clients;

/** WGS84 decimal degrees. */
public record GeoPoint(double lat, double lon) {

    /** Mainland Norway with its islands (Svalbard and Jan Mayen excluded: no municipal kitchens there). */
    public static final double MIN_LAT = 57.9, MAX_LAT = 71.3, MIN_LON = 4.0, MAX_LON = 31.3;

    public static boolean latInNorway(double lat) {
        return lat >= MIN_LAT && lat <= MAX_LAT;
    }

    public static boolean lonInNorway(double lon) {
        return lon >= MIN_LON && lon <= MAX_LON;
    }
}

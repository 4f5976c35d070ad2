package no.smartmat.planner.scenario;

/**
 * The travel model of formats.md: great-circle distance (earth radius 6371.0088 km) times
 * {@code detourFactor}; travel minutes = km / {@code speedKmh} × 60.
 */
public record Travel(String model, double detourFactor, double speedKmh) {

    public static final String HAVERSINE = "haversine";
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return haversineKm(lat1, lon1, lat2, lon2) * detourFactor;
    }

    public double minutesFor(double km) {
        return km / speedKmh * 60.0;
    }

    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}

package no.smartmat.console.planning;

import no.smartmat.console.clients.GeoPoint;

/**
 * Degrees to screen pixels for the planning map: equirectangular, with longitudes shrunk by cos(latitude) of the
 * map's centre so a kilometre east is as long as a kilometre north (at 60° N a degree of longitude is half a
 * degree of latitude). North is up. Within one municipality the error of this flat projection is far below a
 * pixel's worth of what a coordinator decides on. Immutable: zooming and panning give a new projection.
 *
 * @param scale pixels per degree of latitude
 * @param cosLat the longitude factor, fixed when the map is fitted so zooming and panning do not distort it
 */
public record MapProjection(double centreLat, double centreLon, double cosLat, double scale, double width, double height) {

    public static final double MIN_SCALE = 50, MAX_SCALE = 2_000_000;

    /** The whole of {@code bounds} in a {@code width} × {@code height} area, {@code margin} pixels inside each edge. */
    public static MapProjection fit(PlanMapModel.Bounds bounds, double width, double height, double margin) {
        double cos = Math.cos(Math.toRadians(bounds.centreLat()));
        double usableW = Math.max(1, width - 2 * margin);
        double usableH = Math.max(1, height - 2 * margin);
        double latSpan = Math.max(1e-6, bounds.maxLat() - bounds.minLat());
        double lonSpan = Math.max(1e-6, (bounds.maxLon() - bounds.minLon()) * cos);
        double scale = Math.clamp(Math.min(usableW / lonSpan, usableH / latSpan), MIN_SCALE, MAX_SCALE);
        return new MapProjection(bounds.centreLat(), bounds.centreLon(), cos, scale, width, height);
    }

    public double x(double lon) {
        return width / 2 + (lon - centreLon) * cosLat * scale;
    }

    public double y(double lat) {
        return height / 2 - (lat - centreLat) * scale;
    }

    public GeoPoint toGeo(double x, double y) {
        return new GeoPoint(centreLat - (y - height / 2) / scale, centreLon + (x - width / 2) / (cosLat * scale));
    }

    /** Zoomed by {@code factor} (> 1 closer) keeping the place under ({@code x}, {@code y}) where it is. */
    public MapProjection zoomed(double factor, double x, double y) {
        GeoPoint fixed = toGeo(x, y);
        double newScale = Math.clamp(scale * factor, MIN_SCALE, MAX_SCALE);
        double lat = fixed.lat() + (y - height / 2) / newScale;
        double lon = fixed.lon() - (x - width / 2) / (cosLat * newScale);
        return new MapProjection(lat, lon, cosLat, newScale, width, height);
    }

    /** Moved with the mouse: the map follows a drag of ({@code dx}, {@code dy}) pixels. */
    public MapProjection panned(double dx, double dy) {
        return new MapProjection(centreLat + dy / scale, centreLon - dx / (cosLat * scale), cosLat, scale, width, height);
    }

    /** The same view in a resized area (the centre stays in the middle). */
    public MapProjection resized(double newWidth, double newHeight) {
        return new MapProjection(centreLat, centreLon, cosLat, scale, newWidth, newHeight);
    }

    /** Kilometres per pixel, for a scale bar (a degree of latitude is 111.2 km). */
    public double kmPerPixel() {
        return 111.195 / scale;
    }
}

package no.smartmat.reports.haccp;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import no.smartmat.reports.common.Align;
import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FontFace;
import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.ReportFonts;

/**
 * A unit's readings over the period as a vector line chart on its limit bands.
 *
 * <p>The bands must read on a greyscale printout too: green is nearly white, yellow a
 * middle grey, red the darkest and hatched, and each band is named at the right edge.
 * Readings are a black line, broken where readings are further apart than the unit's
 * {@code maxGap}; manual readings are black squares, late entries hollow squares, a manual
 * reading the console judged yellow or red is ringed in its colour, and a reading inside a
 * suppression window is crossed. Deviations are numbered black bars along the bottom (A1, A2 …
 * as in the table), missing checks cross-hatched bars along the top. The first limit profile
 * is drawn from the period's start, each later one from when it took effect.
 */
final class TemperatureChart {

    static final float[] GREEN = {0.90f, 0.97f, 0.90f};
    static final float[] YELLOW = {1.00f, 0.86f, 0.45f};
    static final float[] RED = {0.96f, 0.60f, 0.60f};
    private static final float AXIS_W = 34;
    private static final float BAND_LABEL_W = 40;
    private static final float X_LABEL_H = 18;

    private final Canvas c;
    private final FontFace regular;
    private final FontFace bold;
    private final HaccpUnit unit;
    private final Instant from;
    private final Instant to;
    private final ZoneId zone;
    private final Instant now;
    private float px0;
    private float px1;
    private float py0;
    private float py1;
    private double lo;
    private double hi;

    TemperatureChart(Canvas c, ReportFonts fonts, HaccpUnit unit, Instant from, Instant to, ZoneId zone, Instant now) {
        this.c = c;
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.unit = unit;
        this.from = from;
        this.to = to;
        this.zone = zone;
        this.now = now;
    }

    void draw(float x, float top, float width, float height) throws IOException {
        px0 = x + AXIS_W;
        px1 = x + width - BAND_LABEL_W;
        py0 = top + 4;
        py1 = top + height - X_LABEL_H;
        List<Reading> readings = unit.readings().stream()
                .filter(r -> !r.takenAt().isBefore(from) && r.takenAt().isBefore(to)).toList();
        double step = valueRange(readings);

        c.save();
        c.clip(px0, py0, px1 - px0, py1 - py0);
        drawBands();
        drawGrid(step);
        drawMissing();
        drawDeviations(unit.deviations());
        drawReadings(readings);
        c.restore();

        c.stroke(0);
        c.strokeRect(px0, py0, px1 - px0, py1 - py0, 0.8f);
        drawValueAxis(step);
        drawTimeAxis();
        drawBandLabels();
    }

    // ------------------------------------------------------------ scales

    private float xOf(Instant t) {
        double span = Duration.between(from, to).toMillis();
        double at = Duration.between(from, t).toMillis();
        return (float) (px0 + (px1 - px0) * Math.max(0, Math.min(1, at / span)));
    }

    private float yOf(double celsius) {
        double v = Math.max(lo, Math.min(hi, celsius));
        return (float) (py1 - (py1 - py0) * (v - lo) / (hi - lo));
    }

    /** Sets lo/hi to cover the readings and the limits in force, on round ticks; returns the tick step. */
    private double valueRange(List<Reading> readings) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Reading r : readings) {
            min = Math.min(min, r.celsius());
            max = Math.max(max, r.celsius());
        }
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        for (LimitProfile p : profilesInPeriod()) {
            for (LimitBand b : p.bands()) {
                for (double v : new double[] {b.fromCelsius(), b.toCelsius()}) {
                    if (!Double.isInfinite(v)) {
                        tMin = Math.min(tMin, v);
                        tMax = Math.max(tMax, v);
                    }
                }
            }
        }
        double low = Math.min(min, tMin);
        double high = Math.max(max, tMax);
        if (Double.isInfinite(low) || Double.isInfinite(high)) {
            low = 0;
            high = 10;
        }
        if (high - low < 4) {
            double mid = (high + low) / 2;
            low = mid - 2;
            high = mid + 2;
        }
        double pad = (high - low) * 0.08;
        low -= pad;
        high += pad;
        double step = niceStep((high - low) / 7);
        lo = Math.floor(low / step) * step;
        hi = Math.ceil(high / step) * step;
        return step;
    }

    private static double niceStep(double raw) {
        double[] steps = {0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100};
        for (double s : steps) {
            if (s >= raw) {
                return s;
            }
        }
        return 200;
    }

    private List<LimitProfile> profilesInPeriod() {
        return unit.limits();
    }

    // ------------------------------------------------------------ layers

    private void drawBands() throws IOException {
        List<LimitProfile> profiles = profilesInPeriod();
        for (int i = 0; i < profiles.size(); i++) {
            LimitProfile p = profiles.get(i);
            float x0 = i == 0 ? px0 : xOf(p.effectiveFrom());
            float x1 = i + 1 < profiles.size() ? xOf(profiles.get(i + 1).effectiveFrom()) : px1;
            // Values no band holds are red: paint red first, then the bands over it.
            fillBand(Level.RED, x0, py0, x1 - x0, py1 - py0);
            for (LimitBand b : p.bands()) {
                float top = yOf(b.toCelsius());
                float bottom = yOf(b.fromCelsius());
                if (bottom - top > 0.01f && b.level() != Level.RED) {
                    fillBand(b.level(), x0, top, x1 - x0, bottom - top);
                }
            }
            c.stroke(0.25f);
            for (LimitBand b : p.bands()) {
                for (double v : new double[] {b.fromCelsius(), b.toCelsius()}) {
                    if (!Double.isInfinite(v) && v > lo && v < hi) {
                        c.dashedLine(x0, yOf(v), x1, yOf(v), 0.7f, 3);
                    }
                }
            }
            c.stroke(0);
            if (i > 0) {
                c.line(x0, py0, x0, py1, 0.6f);
            }
        }
    }

    static float[] colour(Level level) {
        return switch (level) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
        };
    }

    private void fillBand(Level level, float x, float top, float w, float h) throws IOException {
        float[] rgb = colour(level);
        c.fillRgb(rgb[0], rgb[1], rgb[2]);
        c.fillRect(x, top, w, h);
        c.fill(0);
        if (level == Level.RED) {
            hatch(x, top, w, h, 5, 0.45f, new float[] {0.75f, 0.3f, 0.3f});
        }
    }

    private void hatch(float x, float top, float w, float h, float spacing, float line, float[] rgb) throws IOException {
        PDPageContentStream cs = c.raw();
        c.save();
        c.clip(x, top, w, h);
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setLineWidth(line);
        for (float d = -h; d < w; d += spacing) {
            cs.moveTo(c.px(x + d), c.py(top + h));
            cs.lineTo(c.px(x + d + h), c.py(top));
        }
        cs.stroke();
        c.restore();
    }

    private void drawGrid(double step) throws IOException {
        c.stroke(0.6f);
        for (double v = lo; v <= hi + 1e-9; v += step) {
            c.line(px0, yOf(v), px1, yOf(v), 0.2f);
        }
        for (Instant t : timeTicks()) {
            c.line(xOf(t), py0, xOf(t), py1, 0.2f);
        }
        c.stroke(0);
    }

    private void drawMissing() throws IOException {
        for (MissingCheck m : unit.missingChecks()) {
            if (!m.to().isAfter(from) || !m.from().isBefore(to)) {
                continue;
            }
            float x0 = xOf(m.from());
            float x1 = Math.max(xOf(m.to()), x0 + 2);
            c.fill(1);
            c.fillRect(x0, py0, x1 - x0, 7);
            c.fill(0);
            hatch(x0, py0, x1 - x0, 7, 2.2f, 0.6f, new float[] {0, 0, 0});
            c.strokeRect(x0, py0, x1 - x0, 7, 0.5f);
        }
    }

    private void drawDeviations(List<Deviation> deviations) throws IOException {
        for (int i = 0; i < deviations.size(); i++) {
            Deviation d = deviations.get(i);
            float x0 = xOf(d.start());
            float x1 = Math.max(xOf(d.end().orElse(now.isBefore(to) ? now : to)), x0 + 2);
            c.fillRect(x0, py1 - 6, x1 - x0, 6);
            String label = "A" + (i + 1);
            float lw = bold.width(label, 6.5f) + 3;
            c.fill(1);
            c.fillRect(x0, py1 - 15, lw, 8.5f);
            c.fill(0);
            c.strokeRect(x0, py1 - 15, lw, 8.5f, 0.4f);
            c.text(bold, 6.5f, x0 + 1.5f, py1 - 8.6f, label);
        }
    }

    private void drawReadings(List<Reading> readings) throws IOException {
        PDPageContentStream cs = c.raw();
        long gap = unit.maxGap().toMillis();
        cs.setLineWidth(0.9f);
        cs.setLineJoinStyle(1);
        List<Reading> points = thin(readings);
        Reading previous = null;
        for (Reading r : points) {
            float x = xOf(r.takenAt());
            float y = yOf(r.celsius());
            if (previous == null || r.takenAt().toEpochMilli() - previous.takenAt().toEpochMilli() > gap) {
                cs.moveTo(c.px(x), c.py(y));
                cs.lineTo(c.px(x + 0.01f), c.py(y));
            } else {
                cs.lineTo(c.px(x), c.py(y));
            }
            previous = r;
        }
        if (!points.isEmpty()) {
            cs.stroke();
        }
        cs.setLineJoinStyle(0);
        for (Reading r : readings) {
            if (r.suppressed()) {
                suppressedMark(c, xOf(r.takenAt()), yOf(r.celsius()));
            }
            if (r.source() == ReadingSource.MANUAL || r.enteredLate()) {
                float x = xOf(r.takenAt());
                float y = yOf(r.celsius());
                if (r.enteredLate()) {
                    c.fill(1);
                    c.fillRect(x - 2.6f, y - 2.6f, 5.2f, 5.2f);
                    c.fill(0);
                    c.strokeRect(x - 2.6f, y - 2.6f, 5.2f, 5.2f, 0.9f);
                } else {
                    c.fillRect(x - 2f, y - 2f, 4f, 4f);
                }
                if (r.level() != Level.GREEN && !r.suppressed()) {
                    outsideMark(c, x, y, r.level());
                }
            }
        }
    }

    /** A ring in the level's (darker) colour around a manual reading outside its limit, so it reads on grey paper too. */
    static void outsideMark(Canvas c, float x, float y, Level level) throws IOException {
        PDPageContentStream cs = c.raw();
        float[] rgb = level == Level.RED ? new float[] {0.75f, 0.05f, 0.05f} : new float[] {0.80f, 0.50f, 0.0f};
        c.save();
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setLineWidth(1.1f);
        float r = 4.2f;
        float k = 0.5523f * r;
        float px = c.px(x);
        float py = c.py(y);
        cs.moveTo(px + r, py);
        cs.curveTo(px + r, py + k, px + k, py + r, px, py + r);
        cs.curveTo(px - k, py + r, px - r, py + k, px - r, py);
        cs.curveTo(px - r, py - k, px - k, py - r, px, py - r);
        cs.curveTo(px + k, py - r, px + r, py - k, px + r, py);
        cs.closePath();
        cs.stroke();
        c.restore();
    }

    /** A small grey cross on a reading inside a suppression window: drawn, not counted. */
    static void suppressedMark(Canvas c, float x, float y) throws IOException {
        c.stroke(0.45f);
        c.line(x - 2.2f, y - 2.2f, x + 2.2f, y + 2.2f, 0.7f);
        c.line(x - 2.2f, y + 2.2f, x + 2.2f, y - 2.2f, 0.7f);
        c.stroke(0);
    }

    /**
     * Keeps the chart's shape with far fewer points when there are more readings than the
     * line can show: per half-point column, the first, lowest, highest and last reading.
     */
    private List<Reading> thin(List<Reading> readings) {
        if (readings.size() <= (px1 - px0) * 3) {
            return readings;
        }
        List<Reading> out = new ArrayList<>();
        List<Reading> bucket = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        long gap = unit.maxGap().toMillis();
        Reading previous = null;
        for (Reading r : readings) {
            int column = (int) ((xOf(r.takenAt()) - px0) * 2);
            boolean broken = previous != null && r.takenAt().toEpochMilli() - previous.takenAt().toEpochMilli() > gap;
            if (column != current || broken) {
                flush(bucket, out);
                current = column;
            }
            bucket.add(r);
            previous = r;
        }
        flush(bucket, out);
        return out;
    }

    private static void flush(List<Reading> bucket, List<Reading> out) {
        if (bucket.isEmpty()) {
            return;
        }
        Reading first = bucket.getFirst();
        Reading last = bucket.getLast();
        Reading min = first;
        Reading max = first;
        for (Reading r : bucket) {
            if (r.celsius() < min.celsius()) {
                min = r;
            }
            if (r.celsius() > max.celsius()) {
                max = r;
            }
        }
        List<Reading> keep = new ArrayList<>(List.of(first, min, max, last));
        keep.sort((a, b) -> a.takenAt().compareTo(b.takenAt()));
        Reading prev = null;
        for (Reading r : keep) {
            if (r != prev) {
                out.add(r);
            }
            prev = r;
        }
        bucket.clear();
    }

    // ------------------------------------------------------------ axes

    private void drawValueAxis(double step) throws IOException {
        int decimals = step < 1 ? 1 : 0;
        for (double v = lo; v <= hi + 1e-9; v += step) {
            c.text(regular, 7, px0 - 3, yOf(v) + 2.5f, NorwegianFormat.decimal(v, decimals), Align.RIGHT);
        }
        c.fill(0.3f);
        c.text(bold, 7, px0 - AXIS_W + 1, py0 + 6, "°C");
        c.fill(0);
    }

    private void drawTimeAxis() throws IOException {
        List<Instant> ticks = timeTicks();
        boolean hours = Duration.between(from, to).toHours() <= 72;
        float lastRight = Float.NEGATIVE_INFINITY;
        for (Instant t : ticks) {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            String label = hours
                    ? (local.getHour() == 0 ? NorwegianFormat.dayMonth(local.toLocalDate()) : NorwegianFormat.time(local.toLocalTime()))
                    : NorwegianFormat.dayMonth(local.toLocalDate());
            FontFace font = hours && local.getHour() == 0 ? bold : regular;
            float w = font.width(label, 7);
            float x = xOf(t);
            float left = Math.max(px0 - 4, Math.min(x - w / 2, px1 - w + 4));
            if (left < lastRight + 3) {
                continue;
            }
            c.line(x, py1, x, py1 + 2.5f, 0.5f);
            c.text(font, 7, left, py1 + 10, label);
            lastRight = left + w;
        }
    }

    /** Tick instants: hours for short periods, days, or weeks for long ones (local midnight). */
    private List<Instant> timeTicks() {
        long hours = Duration.between(from, to).toHours();
        List<Instant> ticks = new ArrayList<>();
        if (hours <= 72) {
            int every = hours <= 26 ? 3 : 6;
            ZonedDateTime t = from.atZone(zone).truncatedTo(ChronoUnit.HOURS);
            while (!t.toInstant().isAfter(to)) {
                if (t.getHour() % every == 0 && !t.toInstant().isBefore(from)) {
                    ticks.add(t.toInstant());
                }
                t = t.plusHours(1);
            }
            return ticks;
        }
        long days = hours / 24;
        int every = days <= 16 ? 1 : days <= 45 ? 7 : 14;
        LocalDate d = from.atZone(zone).toLocalDate();
        LocalDate end = to.atZone(zone).toLocalDate();
        int i = 0;
        while (!d.isAfter(end)) {
            if (every == 1 || i % every == 0) {
                ticks.add(d.atStartOfDay(zone).toInstant());
            }
            d = d.plusDays(1);
            i++;
        }
        return ticks;
    }

    private void drawBandLabels() throws IOException {
        LimitProfile last = unit.limits().getLast();
        for (LimitBand b : last.bands()) {
            float top = yOf(b.toCelsius());
            float bottom = yOf(b.fromCelsius());
            if (bottom - top < 8) {
                continue;
            }
            float mid = (top + bottom) / 2;
            c.text(bold, 7, px1 + 4, mid + 2.5f, b.level().title());
        }
    }
}

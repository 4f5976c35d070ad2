package no.smartmat.console.haccp;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.i18n.Messages;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.haccp.AfterSignOffCorrection;
import no.smartmat.reports.haccp.Completeness;
import no.smartmat.reports.haccp.HaccpReportRenderer;
import no.smartmat.reports.haccp.HaccpUnit;
import no.smartmat.reports.haccp.Instrument;
import no.smartmat.reports.haccp.LimitBand;
import no.smartmat.reports.haccp.LimitProfile;
import no.smartmat.reports.haccp.Signed;
import no.smartmat.reports.haccp.UnitFigures;

/**
 * The report as a PDF: maps the console's {@link HaccpReport} into the input records of {@code reports/}'
 * {@link HaccpReportRenderer}. Every level, figure, band and completeness statement is the console's; texts the
 * renderer prints as given (rules, missing checks, reasons) are written here in the report's language (Bokmål).
 */
public final class HaccpPdf {

    private HaccpPdf() {}

    public static RenderResult write(HaccpReport report, Messages messages, OutputStream out) throws IOException {
        return new HaccpReportRenderer().render(map(report, messages), out);
    }

    static no.smartmat.reports.haccp.HaccpReport map(HaccpReport r, Messages m) {
        List<HaccpUnit> units = r.units().stream().map(s -> unit(s, r, m)).toList();
        List<no.smartmat.reports.haccp.SignOff> signOffs = r.signOffs().stream().map(s -> new no.smartmat.reports.haccp.SignOff(
                s.unitId().flatMap(id -> r.units().stream().filter(u -> u.unit().id() == id).findFirst()
                        .map(u -> u.unit().code())),
                s.from(), s.to(), s.signedBy(), s.signedAt(), Optional.of(s.comment()).filter(c -> !c.isBlank()),
                r.afterSignOff().stream().filter(a -> a.signOffId() == s.id())
                        .map(a -> new AfterSignOffCorrection(a.recordedAt(), a.recordedBy().isEmpty() ? "system" : a.recordedBy(),
                                a.unitCode() + ": " + m.render(a.what()), a.reason()))
                        .toList())).toList();
        List<String> notes = new ArrayList<>(retentionNotes(r, m));
        notes.add(r.chain().intact() ? m.get("haccp.pdf.chainIntact", r.chain().links())
                : m.get("haccp.pdf.chainBroken", r.chain().problems(), r.chain().links()));
        return new no.smartmat.reports.haccp.HaccpReport(r.kitchenName(), r.from(), r.to(), r.responsiblePerson(),
                r.generatedAt(), r.zone(), units, signOffs, notes, r.incomplete().stream().map(m::render).toList());
    }

    /** The retention period, the newest purge, and whether this period reaches back into what it deleted. */
    static List<String> retentionNotes(HaccpReport r, Messages m) {
        List<String> notes = new ArrayList<>();
        HaccpReport.Retention retention = r.retention();
        notes.add(m.get("haccp.retention.period", retention.years()));
        retention.lastPurge().ifPresent(p -> notes.add(m.get("haccp.retention.purged", HaccpTimes.DATE.format(p.cutoff()),
                HaccpTimes.DATE.format(p.purgedAt().atZone(r.zone())), p.purgedBy(), p.retentionYears())));
        if (retention.purgedWithin(r.from())) {
            notes.add(m.get("haccp.retention.periodPurged", HaccpTimes.DATE.format(retention.lastPurge().orElseThrow().cutoff())));
        }
        return notes;
    }

    private static HaccpUnit unit(HaccpReport.UnitSection s, HaccpReport r, Messages m) {
        ColdUnit u = s.unit();
        Optional<Instrument> instrument = u.instrumentId().isBlank() && u.calibrationDue().isEmpty() ? Optional.empty()
                : Optional.of(new Instrument(u.instrumentId().isBlank() ? "–" : u.instrumentId(), u.calibrationDue()));
        List<LimitProfile> limits = s.limits().stream()
                .map(l -> new LimitProfile(l.validFrom().atStartOfDay(r.zone()).toInstant(), bands(l), limitNote(l, m)))
                .toList();
        List<no.smartmat.reports.haccp.Reading> readings = s.readings().stream()
                .map(x -> new no.smartmat.reports.haccp.Reading(x.reading().measuredAt(), x.reading().celsius(),
                        x.reading().source() == ReadingSource.MANUAL ? no.smartmat.reports.haccp.ReadingSource.MANUAL
                                : no.smartmat.reports.haccp.ReadingSource.SENSOR, x.reading().late(), level(x.level()),
                        x.suppressed()))
                .toList();
        List<no.smartmat.reports.haccp.Deviation> deviations = s.deviations().stream()
                .map(d -> deviation(d, u, m, r.zone())).toList();
        List<no.smartmat.reports.haccp.MissingCheck> missing = s.missingChecks().stream()
                .map(c -> new no.smartmat.reports.haccp.MissingCheck(c.from(), c.to(), missingText(c, s, r, m))).toList();
        return new HaccpUnit(u.code(), u.label(), kind(u.kind()), location(u), instrument, limits,
                chartGap(s), readings, deviations, missing, figures(s.figures()),
                new Completeness(s.incomplete().stream().map(m::render).toList()), switch (s.signed()) {
                    case ALL -> Signed.ALL;
                    case PART -> Signed.PART;
                    case NONE -> Signed.NONE;
                });
    }

    /**
     * How far apart two readings may be and still be joined in the chart: a sensor's gap threshold, a day for a unit
     * read by hand, and for a cooling no more than it may take (so an end is not joined to the next day's start).
     */
    private static java.time.Duration chartGap(HaccpReport.UnitSection s) {
        Limits latest = s.limits().isEmpty() ? null : s.limits().getLast();
        return latest != null && latest.isCooling() ? ReadingRule.allowed(latest).plusHours(1)
                : DeviationService.maxHold(s.unit());
    }

    private static UnitFigures figures(no.smartmat.console.haccp.UnitFigures f) {
        return new UnitFigures(f.readings(), f.manual(), f.late(), f.suppressed(), f.min(), f.max(), f.mean(), f.inRange(),
                f.weighting() == no.smartmat.console.haccp.UnitFigures.Weighting.TIME ? UnitFigures.Weighting.TIME
                        : UnitFigures.Weighting.COUNT, f.coverage());
    }

    private static no.smartmat.reports.haccp.Level level(Level level) {
        return switch (level) {
            case GREEN -> no.smartmat.reports.haccp.Level.GREEN;
            case YELLOW -> no.smartmat.reports.haccp.Level.YELLOW;
            case RED -> no.smartmat.reports.haccp.Level.RED;
        };
    }

    /** What the bands cannot show: a turn to red after hours, the cooling rule's time. Empty when there is none. */
    static String limitNote(Limits l, Messages m) {
        if (l.isCooling()) {
            return m.get("haccp.pdf.limits.cooling", ReadingRule.coolingFrom(l), ReadingRule.coolingTo(l),
                    ReadingRule.allowed(l).toMinutes());
        }
        if (l.redAfter().isEmpty()) {
            return "";
        }
        double hours = l.redAfter().get().toMinutes() / 60.0;
        if (l.okMax().isPresent()) {
            return m.get("haccp.pdf.limits.redAfterAbove", l.escalateAboveCelsius().orElse(l.okMax().get()), hours);
        }
        return l.okMin().map(min -> m.get("haccp.pdf.limits.redAfterBelow", min, hours)).orElse("");
    }

    private static String location(ColdUnit u) {
        return u.vehicleCode().map(v -> u.location().isBlank() ? v : v + " (" + u.location() + ")").orElse(u.location());
    }

    private static no.smartmat.reports.haccp.UnitKind kind(UnitKind k) {
        return switch (k) {
            case COLD_ROOM -> no.smartmat.reports.haccp.UnitKind.COLD_ROOM;
            case FRIDGE -> no.smartmat.reports.haccp.UnitKind.FRIDGE;
            case FREEZER -> no.smartmat.reports.haccp.UnitKind.FREEZER;
            case BLAST_CHILLER -> no.smartmat.reports.haccp.UnitKind.BLAST_CHILLER;
            case HOT_HOLDING -> no.smartmat.reports.haccp.UnitKind.HOT_HOLDING;
            case VAN_CHILLED -> no.smartmat.reports.haccp.UnitKind.VAN_CHILLED;
            case VAN_FROZEN -> no.smartmat.reports.haccp.UnitKind.VAN_FROZEN;
        };
    }

    /**
     * The static picture of a limit version, the same levels {@link ReadingRule} gives a reading by its value: green
     * within it, yellow beyond it, red past the red limit. The turn to red after a time (chilled 7–11.9 °C for 12 h)
     * is a rule over time: it shows in the deviation and the profile's note, not as a band. A blast chiller's steps
     * are a start at 60 °C or more and an end at 10 °C or less, so a value between the two is red.
     */
    static List<LimitBand> bands(Limits l) {
        no.smartmat.reports.haccp.Level green = no.smartmat.reports.haccp.Level.GREEN;
        no.smartmat.reports.haccp.Level yellow = no.smartmat.reports.haccp.Level.YELLOW;
        no.smartmat.reports.haccp.Level red = no.smartmat.reports.haccp.Level.RED;
        if (l.isCooling()) {
            double to = ReadingRule.coolingTo(l);
            double from = ReadingRule.coolingFrom(l);
            return List.of(LimitBand.atMost(green, to), LimitBand.between(red, to, from), LimitBand.atLeast(green, from));
        }
        if (l.okMax().isEmpty() && l.okMin().isEmpty()) {
            return List.of(new LimitBand(green, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false));
        }
        List<LimitBand> bands = new ArrayList<>();
        if (l.okMax().isPresent()) {
            double max = l.okMax().get();
            double low = l.okMin().orElse(Double.NEGATIVE_INFINITY);
            if (l.okMin().isPresent()) {
                bands.add(LimitBand.below(yellow, low));
                bands.add(new LimitBand(green, low, true, max, true));
            } else {
                bands.add(LimitBand.atMost(green, max));
            }
            Optional<Double> redAt = l.redCelsius().filter(x -> x > max);
            if (redAt.isPresent()) {
                bands.add(LimitBand.between(yellow, max, redAt.get()));
                bands.add(LimitBand.atLeast(red, redAt.get()));
            } else {
                bands.add(LimitBand.above(yellow, max));
            }
            return bands;
        }
        double min = l.okMin().get();
        Optional<Double> redAt = l.redCelsius().filter(x -> x < min);
        if (redAt.isPresent()) {
            bands.add(LimitBand.atMost(red, redAt.get()));
            bands.add(LimitBand.between(yellow, redAt.get(), min));
        } else {
            bands.add(LimitBand.below(yellow, min));
        }
        bands.add(LimitBand.atLeast(green, min));
        return bands;
    }

    private static no.smartmat.reports.haccp.Deviation deviation(Deviation d, ColdUnit u, Messages m, ZoneId zone) {
        String rule = RuleCode.describe(d.rule()).stream().map(m::render).collect(Collectors.joining("; "));
        StringBuilder text = new StringBuilder(m.get("haccp.deviationKind." + d.kind()));
        if (!rule.isEmpty()) {
            text.append(": ").append(rule);
        }
        if (!d.note().isBlank()) {
            text.append(". ").append(m.get("haccp.pdf.observed", d.note()));
        }
        Optional<CorrectiveAction> closing = d.closingAction();
        Optional<CorrectiveAction> shown = closing.or(() -> d.status() == Deviation.Status.ONGOING
                ? d.actions().stream().reduce((a, b) -> b) : Optional.empty());
        for (CorrectiveAction interim : d.actions()) {
            if (shown.map(s -> s.id() != interim.id()).orElse(true)) {
                text.append(". ").append(m.get("haccp.pdf.interim", HaccpTimes.format(interim.performedAt(), zone),
                        interim.actionTaken(), interim.performedBy()));
            }
        }
        double extreme = d.extreme(u.kind().regime()).orElse(0.0);
        return new no.smartmat.reports.haccp.Deviation(d.startedAt(), d.endedAt(), extreme,
                d.severity() == Level.RED ? no.smartmat.reports.haccp.Level.RED : no.smartmat.reports.haccp.Level.YELLOW,
                text.toString(), shown.map(a -> action(a, m)));
    }

    /** The renderer knows kept/moved/discarded; "no food affected" is said in the action's text. */
    private static no.smartmat.reports.haccp.CorrectiveAction action(CorrectiveAction a, Messages m) {
        no.smartmat.reports.haccp.FoodOutcome food = switch (a.foodOutcome()) {
            case KEPT, NONE -> no.smartmat.reports.haccp.FoodOutcome.KEPT;
            case MOVED -> no.smartmat.reports.haccp.FoodOutcome.MOVED;
            case DISCARDED -> no.smartmat.reports.haccp.FoodOutcome.DISCARDED;
        };
        String action = a.foodOutcome() == FoodOutcome.NONE ? a.actionTaken() + " (" + m.get("haccp.food.NONE") + ")"
                : a.actionTaken();
        return new no.smartmat.reports.haccp.CorrectiveAction(a.cause(), action, food, a.performedBy(), a.performedAt());
    }

    private static String missingText(MissingCheck c, HaccpReport.UnitSection s, HaccpReport r, Messages m) {
        StringBuilder text = new StringBuilder(c.type() == MissingCheck.Type.SENSOR_GAP ? m.get("haccp.missing.SENSOR_GAP")
                : m.get("haccp.missing.ROUND", m.get("haccp.occasion." + c.roundId().orElse("MORNING"))));
        if (c.ongoing()) {
            text.append(" (").append(m.get("haccp.pdf.ongoing")).append(')');
        }
        c.lateReading().ifPresent(l -> text.append("; ").append(m.get("haccp.missing.lateReading",
                HaccpTimes.format(l.measuredAt(), r.zone()), HaccpTimes.format(l.recordedAt(), r.zone()))));
        s.explanationOf(c).flatMap(Deviation::closingAction).ifPresent(a -> text.append("; ")
                .append(m.get("haccp.pdf.explained", a.cause(), a.actionTaken(), a.performedBy())));
        return text.toString();
    }
}

package no.smartmat.console.haccp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.smartmat.console.i18n.UserMessage;

/**
 * The content of an inspector's HACCP report for a period, computed here and rendered by {@code reports/}: per unit
 * its readings judged by the limits in force when each was taken, the figures, deviations with their corrective
 * actions, missing checks, sign-offs and what was corrected after them, and why a unit's record is incomplete.
 */
public record HaccpReport(String kitchenName, String municipality, LocalDate from, LocalDate to,
                          String responsiblePerson, String generatedBy, Instant generatedAt, ZoneId zone,
                          List<UnitSection> units, List<SignOff> signOffs, List<AfterSignOff> afterSignOff,
                          Chain chain, Retention retention) {

    public HaccpReport {
        units = List.copyOf(units);
        signOffs = List.copyOf(signOffs);
        afterSignOff = List.copyOf(afterSignOff);
    }

    /** What makes the whole record incomplete besides its units: no unit at all, a broken hash chain. */
    public List<UserMessage> incomplete() {
        List<UserMessage> issues = new java.util.ArrayList<>();
        if (units.isEmpty()) {
            issues.add(UserMessage.of("haccp.report.incomplete.noUnits"));
        }
        if (!chain.intact()) {
            issues.add(UserMessage.of("haccp.report.incomplete.chainBroken", chain.problems()));
        }
        return issues;
    }

    /** Complete: there are units, every unit is complete, and the hash chain is intact. */
    public boolean complete() {
        return incomplete().isEmpty() && units.stream().allMatch(UnitSection::complete);
    }

    /** The period reaches today or later: more data may still come. */
    public boolean periodOpen() {
        return !to.isBefore(generatedAt.atZone(zone).toLocalDate());
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public record Chain(boolean intact, int links, String head, int problems) {}

    /** The retention in force and the newest purge, so that purged records are not read as missing ones. */
    public record Retention(int years, java.util.Optional<RetentionService.Purge> lastPurge) {

        /** The period reaches back before the newest purge's cutoff: part of it was deleted, not left unrecorded. */
        public boolean purgedWithin(LocalDate from) {
            return lastPurge.map(p -> from.isBefore(p.cutoff())).orElse(false);
        }
    }

    /** How much of the period sign-offs cover for a unit. */
    public enum Signed {
        ALL, PART, NONE
    }

    /**
     * One unit over the period. {@code deviations} and {@code missingChecks} are those overlapping the period
     * (deviations without the voided ones); {@code explanations} are the MISSING_CHECK deviations explaining them.
     */
    public record UnitSection(ColdUnit unit, List<Limits> limits, List<ReportReading> readings, UnitFigures figures,
                              List<Deviation> deviations, List<MissingCheck> missingChecks,
                              List<Deviation> explanations, List<SignOff> signOffs, Signed signed,
                              List<UserMessage> incomplete) {
        public UnitSection {
            limits = List.copyOf(limits);
            readings = List.copyOf(readings);
            deviations = List.copyOf(deviations);
            missingChecks = List.copyOf(missingChecks);
            explanations = List.copyOf(explanations);
            signOffs = List.copyOf(signOffs);
            incomplete = List.copyOf(incomplete);
        }

        public boolean complete() {
            return incomplete.isEmpty();
        }

        /** The explanation recorded for a missing check, if any. */
        public java.util.Optional<Deviation> explanationOf(MissingCheck m) {
            return explanations.stream().filter(d -> d.startedAt().equals(m.from())).findFirst();
        }
    }

    /**
     * An effective reading judged by {@link ReadingRule}: its level under the limits in force when it was taken, and
     * {@code suppressed}: inside a defrost or between-tours window (shown, not counted in the figures).
     */
    public record ReportReading(Reading reading, Level level, boolean suppressed) {}

    /** Something recorded after the period was signed: a correction, a corrective action, a void. */
    public record AfterSignOff(long signOffId, String unitCode, Instant recordedAt, String recordedBy, UserMessage what,
                               String reason) {}
}

package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.users.UserService;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * A supervisor's review of a period (day, week or month), for one unit or all, signed by entering the password
 * again. A signed period is locked: new readings cannot be entered into it; corrections still can, and are listed as
 * made after sign-off. Signing over open deviations or missing checks needs a comment saying why.
 */
public final class SignOffService {

    public enum PeriodKind {
        DAY, WEEK, MONTH
    }

    public record Period(LocalDate from, LocalDate to) {
        public static Period of(PeriodKind kind, LocalDate date) {
            return switch (kind) {
                case DAY -> new Period(date, date);
                case WEEK -> new Period(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
                case MONTH -> new Period(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
            };
        }
    }

    private final Transactions transactions;
    private final HaccpRepository repo;
    private final DeviationService deviations;
    private final MissingCheckService missing;
    private final UserService users;
    private final Clock clock;

    public SignOffService(Transactions transactions, HaccpRepository repo, DeviationService deviations,
                          MissingCheckService missing, UserService users, Clock clock) {
        this.transactions = transactions;
        this.repo = repo;
        this.deviations = deviations;
        this.missing = missing;
        this.users = users;
        this.clock = clock;
    }

    public List<SignOff> all() {
        return repo.signOffs(repo.userNames());
    }

    /** The sign-off that locks the unit's day, if any (in the running transaction, so a save sees the latest). */
    public Optional<SignOff> lockFor(long unitId, LocalDate day) {
        return all().stream().filter(s -> s.covers(unitId, day)).findFirst();
    }

    /** What the supervisor is about to sign: what is still open in the period. */
    public record Preview(Period period, Optional<Long> unitId, List<Deviation> openDeviations,
                          List<MissingCheck> missingChecks, List<SignOff> earlier) {
        public boolean clean() {
            return openDeviations.isEmpty() && missingChecks.isEmpty();
        }
    }

    public Preview preview(Period period, Optional<Long> unitId) {
        var zone = clock.getZone();
        var start = period.from().atStartOfDay(zone).toInstant();
        var end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<Deviation> open = deviations.all().stream()
                .filter(d -> unitId.map(u -> u == d.unitId()).orElse(true))
                .filter(Deviation::isOpen).filter(d -> d.overlaps(start, end, clock.instant())).toList();
        List<MissingCheck> gaps = missing.between(period.from(), period.to(), unitId);
        List<SignOff> earlier = all().stream().filter(s -> unitId.isEmpty() || s.unitId().isEmpty()
                        || s.unitId().equals(unitId))
                .filter(s -> !s.to().isBefore(period.from()) && !s.from().isAfter(period.to())).toList();
        return new Preview(period, unitId, open, gaps, earlier);
    }

    public Validated<SignOff> sign(Period period, Optional<Long> unitId, String comment, char[] password, CurrentUser by) {
        if (!by.role().canSignOff()) {
            return Validated.invalid(List.of(FieldError.of("password", "", "haccp.signoff.notSupervisor")));
        }
        if (!users.confirmPassword(by, password)) {
            return Validated.invalid(List.of(FieldError.of("password", "", "haccp.signoff.wrongPassword")));
        }
        LocalDate today = LocalDate.now(clock);
        if (!period.to().isBefore(today)) {
            return Validated.invalid(List.of(FieldError.of("period", period.to().toString(), "haccp.signoff.notOver")));
        }
        Preview preview = preview(period, unitId);
        String text = comment == null ? "" : comment.strip();
        if (!preview.clean() && text.isEmpty()) {
            return Validated.invalid(List.of(FieldError.of("comment", "", "haccp.signoff.commentRequired",
                    preview.openDeviations().size(), preview.missingChecks().size())));
        }
        return transactions.inTransaction(() -> {
            SignOff s = repo.insertSignOff(period.from(), period.to(), unitId, text, by.id().orElseThrow(),
                    clock.instant(), repo.userNames());
            repo.audit(by, "SIGN", "sign_off", String.valueOf(s.id()),
                    period.from() + ".." + period.to() + unitId.map(u -> " enhet " + u).orElse(" alle enheter"));
            return Validated.valid(s);
        });
    }
}

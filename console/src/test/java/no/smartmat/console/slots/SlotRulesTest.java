package no.smartmat.console.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Template + exception resolution and the cut-off, without a database. */
class SlotRulesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final TimeWindow MORNING = TimeWindow.of(9, 11);
    private static final TimeWindow MIDDAY = TimeWindow.of(11, 13);
    private static final TimeWindow ANY_TIME = TimeWindow.of(9, 15);
    private static final List<SlotTemplate> TEMPLATES = List.of(
            new SlotTemplate(1, 7, DayOfWeek.TUESDAY, MORNING, 20, false),
            new SlotTemplate(2, 7, DayOfWeek.TUESDAY, MIDDAY, 20, false),
            new SlotTemplate(3, 7, DayOfWeek.TUESDAY, ANY_TIME, 60, true),
            new SlotTemplate(4, 7, DayOfWeek.FRIDAY, MORNING, 5, false));

    private static SlotException exception(long id, LocalDate date, Optional<TimeWindow> window, int capacity, String reason) {
        return new SlotException(id, 7, date, window, capacity, reason, "kari", Instant.EPOCH);
    }

    @Test
    void aDayWithoutExceptionsHasItsWeekdaysTemplateWindowsNarrowFirst() {
        ResolvedDay day = SlotResolver.resolve(TUESDAY, TEMPLATES, List.of());

        assertThat(day.windows()).extracting(ResolvedDay.Window::window).containsExactly(MORNING, MIDDAY, ANY_TIME);
        assertThat(day.windows()).extracting(ResolvedDay.Window::capacity).containsExactly(20, 20, 60);
        assertThat(day.closedReason()).isEmpty();
    }

    @Test
    void anotherWeekdayHasOnlyItsOwnTemplates() {
        ResolvedDay friday = SlotResolver.resolve(TUESDAY.plusDays(3), TEMPLATES, List.of());
        ResolvedDay wednesday = SlotResolver.resolve(TUESDAY.plusDays(1), TEMPLATES, List.of());

        assertThat(friday.windows()).extracting(ResolvedDay.Window::window).containsExactly(MORNING);
        assertThat(wednesday.windows()).isEmpty();
    }

    @Test
    void anExceptionForATemplateWindowReplacesItsCapacityThatDateOnly() {
        List<SlotException> exceptions = List.of(exception(1, TUESDAY, Optional.of(MORNING), 8, "Færre sjåfører"));

        ResolvedDay day = SlotResolver.resolve(TUESDAY, TEMPLATES, exceptions);
        ResolvedDay weekLater = SlotResolver.resolve(TUESDAY.plusWeeks(1), TEMPLATES, exceptions);

        assertThat(day.window(MORNING)).hasValueSatisfying(w -> {
            assertThat(w.capacity()).isEqualTo(8);
            assertThat(w.exceptionReason()).contains("Færre sjåfører");
        });
        assertThat(weekLater.window(MORNING).orElseThrow().capacity()).isEqualTo(20);
    }

    @Test
    void anExceptionWithCapacityZeroClosesOneWindowAndKeepsItVisible() {
        ResolvedDay day = SlotResolver.resolve(TUESDAY, TEMPLATES,
                List.of(exception(1, TUESDAY, Optional.of(MIDDAY), 0, "Bilen på service")));

        assertThat(day.window(MIDDAY)).hasValueSatisfying(w -> assertThat(w.isOpen()).isFalse());
        assertThat(day.window(MORNING).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void anExceptionForAnotherWindowAddsItForThatDate() {
        TimeWindow evening = TimeWindow.of(15, 17);
        ResolvedDay day = SlotResolver.resolve(TUESDAY, TEMPLATES,
                List.of(exception(1, TUESDAY, Optional.of(evening), 6, "Ekstra ettermiddagsrunde før jul")));

        assertThat(day.windows()).extracting(ResolvedDay.Window::window).containsExactly(MORNING, MIDDAY, ANY_TIME, evening);
        assertThat(day.window(evening).orElseThrow().isDefault()).isFalse();
    }

    @Test
    void aWholeDayExceptionClosesTheDayWithItsReason() {
        ResolvedDay day = SlotResolver.resolve(TUESDAY, TEMPLATES, List.of(
                exception(1, TUESDAY, Optional.of(MORNING), 8, "Færre sjåfører"),
                exception(2, TUESDAY, Optional.empty(), 0, "Julaften")));

        assertThat(day.windows()).isEmpty();
        assertThat(day.closedReason()).contains("Julaften");
    }

    @Test
    void theNewestExceptionForTheSameWindowCounts() {
        ResolvedDay day = SlotResolver.resolve(TUESDAY, TEMPLATES, List.of(
                exception(5, TUESDAY, Optional.of(MORNING), 3, "nyest"),
                exception(2, TUESDAY, Optional.of(MORNING), 12, "eldst")));

        assertThat(day.window(MORNING).orElseThrow().capacity()).isEqualTo(3);
        assertThat(day.window(MORNING).orElseThrow().exceptionReason()).contains("nyest");
    }

    @Test
    void cutoffIsSixteenTheDayBeforeInOsloTime() {
        CutoffRule rule = new CutoffRule(1, LocalTime.of(16, 0), OSLO);

        assertThat(rule.deadline(TUESDAY).toLocalDateTime()).isEqualTo(TUESDAY.minusDays(1).atTime(16, 0));
        assertThat(rule.isPast(TUESDAY, TUESDAY.minusDays(1).atTime(15, 59).atZone(OSLO).toInstant())).isFalse();
        assertThat(rule.isPast(TUESDAY, TUESDAY.minusDays(1).atTime(16, 0).atZone(OSLO).toInstant())).isTrue();
    }

    @Test
    void cutoffKeepsItsWallClockTimeAcrossTheSwitchToSummerTime() {
        CutoffRule rule = new CutoffRule(1, LocalTime.of(16, 0), OSLO);
        LocalDate mondayAfterSwitch = LocalDate.of(2027, 3, 29); // clocks go forward on Sunday 28 March 2027

        assertThat(rule.deadline(mondayAfterSwitch).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(rule.isPast(mondayAfterSwitch, LocalDate.of(2027, 3, 28).atTime(15, 30).atZone(OSLO).toInstant())).isFalse();
    }

    @Test
    void aLongerCutoffAndTheFirstOpenDateFollowTheConfiguration() {
        CutoffRule twoDays = new CutoffRule(2, LocalTime.of(12, 0), OSLO);
        Instant mondayOnePm = TUESDAY.minusDays(1).atTime(13, 0).atZone(OSLO).toInstant();

        assertThat(twoDays.isPast(TUESDAY, mondayOnePm)).isTrue();
        assertThat(twoDays.isPast(TUESDAY.plusDays(1), mondayOnePm)).isTrue();
        assertThat(twoDays.firstOpenDate(mondayOnePm)).isEqualTo(TUESDAY.plusDays(2));
    }

    @Test
    void theShippedDefaultsAreSixteenTheDayBefore() {
        SlotSettings settings = new no.smartmat.console.config.ConfigLoader(Optional.empty()).load("slots", SlotSettings.class);

        assertThat(settings.cutoff().daysBefore()).isEqualTo(1);
        assertThat(settings.cutoff().time()).isEqualTo(LocalTime.of(16, 0));
        assertThat(settings.greenDetourKm()).isPositive();
    }
}

package no.smartmat.console.slots;

import static no.smartmat.console.db.jooq.Tables.STOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotsDemoTest {

    @TempDir
    Path dir;

    @Test
    void everyDemoStopIsInTheWindowItsClientIsBookedIntoAndTheCalendarHasRealCounts() {
        AppContext app = TestKitchen.demo(dir);
        LocalDate monday = TestKitchen.MONDAY;

        for (LocalDate date = monday; date.isBefore(monday.plusDays(12)); date = date.plusDays(1)) {
            LocalDate day = date;
            Map<Long, TimeWindow> stops = app.db().dsl().selectFrom(STOP).where(STOP.DELIVERY_DATE.eq(day))
                    .fetchMap(r -> r.getClientId(), r -> new TimeWindow(r.getWindowStart(), r.getWindowEnd()));
            Map<Long, WindowChoice> booked = app.slots().windowsFor(app.db().dsl(), day, stops.keySet());
            assertThat(booked.keySet()).containsExactlyInAnyOrderElementsOf(stops.keySet());
            stops.forEach((client, window) -> assertThat(booked.get(client).window()).as("client %d on %s", client, day)
                    .isEqualTo(window));
        }
        List<DaySlots> week = app.slots().week(monday.plusWeeks(1), Optional.empty());
        assertThat(week).allSatisfy(d -> assertThat(d.stored()).isTrue());
        assertThat(week.stream().mapToInt(DaySlots::booked).sum()).isGreaterThan(300);
        assertThat(week.stream().flatMap(d -> d.windows().stream()).filter(w -> w.bookings().stream()
                .anyMatch(p -> p.kind() == BookingKind.ONE_OFF)).count()).isPositive();
        assertThat(week.stream().flatMap(d -> d.windows().stream()).filter(w -> w.exceptionReason().isPresent()))
                .singleElement().satisfies(w -> assertThat(w.isFull()).isTrue());
        List<DaySlots> later = app.slots().week(monday.plusWeeks(2), Optional.empty());
        assertThat(later).filteredOn(d -> d.closedReason().isPresent()).hasSize(1);
        assertThat(later.stream().flatMap(d -> d.windows().stream()).mapToInt(WindowState::booked).sum()).isPositive();
        assertThat(app.db().dsl().fetchCount(no.smartmat.console.db.jooq.Tables.DELIVERY_PAUSE)).isEqualTo(1);
        assertThat(week.stream().map(DaySlots::areaName).collect(Collectors.toSet())).hasSize(27);
    }
}

package no.smartmat.console.slots;

import no.smartmat.console.validation.Outcome;
import static no.smartmat.console.db.jooq.Tables.SLOT_BOOKING;
import static no.smartmat.console.slots.SlotKitchen.ANY_TIME;
import static no.smartmat.console.slots.SlotKitchen.MIDDAY;
import static no.smartmat.console.slots.SlotKitchen.MONDAY;
import static no.smartmat.console.slots.SlotKitchen.MORNING;
import static no.smartmat.console.slots.SlotKitchen.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.audit.AuditEntry;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bookings on a real SQLite kitchen: cut-off, standing bookings and stops, capacity, and what stops follow. */
class BookingServiceTest {

    @TempDir
    Path dir;

    private List<AuditEntry> audit(SlotKitchen k, String clientNumber) {
        return k.app.audit().forEntity(k.app.db().dsl(), BookingService.AUDIT_ENTITY, clientNumber);
    }

    @Test
    void theCalendarShowsTemplateWindowsAndTheDatesExceptions() {
        SlotKitchen k = SlotKitchen.create(dir, 3, 10, 10);
        var reduced = k.app.slotTemplates().addException(k.areaId, TUESDAY.toString(), "9", "11", "4", "Færre sjåfører", k.coordinator);
        var closed = k.app.slotTemplates().addException(k.areaId, "01.12.2026", "", "", "0", "Vannledningsarbeid", k.coordinator);

        assertThat(reduced.isValid()).isTrue();
        assertThat(closed.isValid()).isTrue();
        assertThat(k.window(TUESDAY, MORNING).capacity()).isEqualTo(4);
        assertThat(k.window(TUESDAY, MORNING).exceptionReason()).contains("Færre sjåfører");
        assertThat(k.day(TUESDAY.plusWeeks(1)).windows()).isEmpty();
        assertThat(k.day(TUESDAY.plusWeeks(1)).closedReason()).contains("Vannledningsarbeid");
        assertThat(k.window(TUESDAY.plusWeeks(2), MORNING).capacity()).isEqualTo(10);
        assertThat(k.app.slots().days(MONDAY, MONDAY.plusDays(6), java.util.Optional.empty()))
                .extracting(DaySlots::date).containsExactly(TUESDAY);
    }

    @Test
    void aWholeDayExceptionWithPlacesIsRejectedWithTheFieldNamed() {
        SlotKitchen k = SlotKitchen.create(dir, 1, 10, 10);

        var result = k.app.slotTemplates().addException(k.areaId, TUESDAY.toString(), "", "", "5", "Helligdag", k.coordinator);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("capacity");
            assertThat(SlotKitchen.NB.render(e.message())).startsWith("Et unntak for hele dagen stenger dagen");
        });
        assertThat(k.day(TUESDAY).windows()).hasSize(3);
    }

    @Test
    void bookingBeforeTheCutoffNeedsNoOverrideAndIsAudited() {
        SlotKitchen k = SlotKitchen.create(dir, 3, 10, 10);

        Outcome<UserMessage> result = k.app.bookings().book(k.client(1), TUESDAY, MORNING, false, k.coordinator);

        assertThat(k.render(result)).isEqualTo("Bruker 1 Ødegård er booket i 09:00–11:00 tirsdag 24.11.2026.");
        assertThat(k.bookedIn(TUESDAY, MORNING)).containsExactly("K-1");
        assertThat(k.window(TUESDAY, MORNING).booked()).isEqualTo(1);
        assertThat(audit(k, "K-1")).extracting(AuditEntry::action).containsExactly("BOOK");
        assertThat(k.app.db().dsl().fetchSingle(SLOT_BOOKING).getIsOverride()).isFalse();
    }

    @Test
    void afterTheCutoffABookingIsRefusedAndNothingIsWritten() {
        SlotKitchen k = SlotKitchen.create(dir, 3, 10, 10).at(MONDAY.atTime(16, 0));

        Outcome<UserMessage> result = k.app.bookings().book(k.client(1), TUESDAY, MORNING, false, k.coordinator);

        assertThat(result).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason().key()).isEqualTo("slots.refused.pastCutoff"));
        assertThat(k.render(result)).isEqualTo("Bestillingsfristen for tirsdag 24.11. gikk ut mandag 23.11. kl. 16:00.");
        Outcome.Refused<UserMessage> refused = (Outcome.Refused<UserMessage>) result;
        assertThat(refused.remedy(Outcome.Surface.WINDOW)).map(UserMessage::key)
                .contains("slots.refused.pastCutoff.window");
        assertThat(refused.remedy(Outcome.Surface.COMMAND_LINE)).map(UserMessage::key)
                .contains("slots.refused.pastCutoff.cli");
        assertThat(k.storedBookings(TUESDAY)).isZero();
        assertThat(audit(k, "K-1")).isEmpty();
        assertThat(k.app.slots().offer(k.client(1), TUESDAY).orElseThrow().windows())
                .allSatisfy(w -> {
                    assertThat(w.availability()).isEqualTo(Offer.Availability.CLOSED);
                    assertThat(w.overridable()).isTrue();
                });
    }

    @Test
    void aCoordinatorMayOverrideTheCutoffAndTheOverrideHasItsOwnAuditEntry() {
        SlotKitchen k = SlotKitchen.create(dir, 3, 10, 10).at(MONDAY.atTime(18, 30));

        Outcome<UserMessage> result = k.app.bookings().book(k.client(2), TUESDAY, MIDDAY, true, k.coordinator);

        assertThat(result.isDone()).isTrue();
        assertThat(k.bookedIn(TUESDAY, MIDDAY)).containsExactly("K-2");
        assertThat(k.app.db().dsl().fetchSingle(SLOT_BOOKING).getIsOverride()).isTrue();
        List<AuditEntry> entries = audit(k, "K-2");
        assertThat(entries).extracting(AuditEntry::action).containsExactly("BOOK", BookingService.CUTOFF_OVERRIDE);
        assertThat(entries.get(1).details()).contains("2026-11-24", "2026-11-23T16:00", "11:00–13:00");
        assertThat(entries.get(1).username()).isEqualTo("coordinator-test");
    }

    @Test
    void kitchenStaffCannotBookEvenBeforeTheCutoff() {
        SlotKitchen k = SlotKitchen.create(dir, 1, 10, 10);

        Outcome<UserMessage> result = k.app.bookings().book(k.client(1), TUESDAY, MORNING, false, TestKitchen.user(k.app, Role.KITCHEN));

        assertThat(result).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason().key()).isEqualTo("slots.refused.notAllowed"));
        assertThat(k.storedBookings(TUESDAY)).isZero();
    }

    @Test
    void aStandingBookingHoldsItsPlaceEveryWeekExceptDuringATemporaryStop() {
        SlotKitchen k = SlotKitchen.create(dir, 2, 10, 10);
        assertThat(k.app.bookings().setStanding(k.client(1), MORNING, MONDAY, false, k.coordinator).isDone()).isTrue();
        LocalDateRange hospital = new LocalDateRange(TUESDAY.plusDays(6), TUESDAY.plusDays(8));

        Outcome<UserMessage> paused = k.app.bookings().pause(k.client(1), hospital.from(), hospital.to(), "Sykehusopphold", false, k.coordinator);

        assertThat(paused.isDone()).isTrue();
        assertThat(k.bookedIn(TUESDAY, MORNING)).containsExactly("K-1");
        assertThat(k.bookedIn(TUESDAY.plusWeeks(1), MORNING)).isEmpty();
        assertThat(k.day(TUESDAY.plusWeeks(1)).withoutWindow()).extracting(ClientRef::clientNumber).containsExactly("K-2");
        assertThat(k.app.slots().pauseOn(k.client(1), TUESDAY.plusWeeks(1))).hasValueSatisfying(p ->
                assertThat(p.reason()).isEqualTo("Sykehusopphold"));
        assertThat(k.bookedIn(TUESDAY.plusWeeks(2), MORNING)).containsExactly("K-1");
        assertThat(k.app.slots().windowFor(k.client(1), TUESDAY.plusWeeks(2)))
                .contains(new WindowChoice(MORNING, WindowChoice.Source.STANDING));
        assertThat(k.app.bookings().book(k.client(1), TUESDAY.plusWeeks(1), MIDDAY, false, k.coordinator))
                .isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.reason().key()).isEqualTo("slots.refused.paused"));
        assertThat(audit(k, "K-1")).extracting(AuditEntry::action).containsExactly("STANDING_SET", "PAUSE");
    }

    @Test
    void aStopOnAStoredDayGivesThePlaceToAStandingBookingThatWaitedAndEndingItGivesItBackWhenThereIsRoom() {
        SlotKitchen k = SlotKitchen.create(dir, 3, 2, 10);
        for (int c = 1; c <= 3; c++) {
            k.app.bookings().setStanding(k.client(c), MORNING, MONDAY, false, k.coordinator);
        }
        k.app.bookings().book(k.client(3), TUESDAY.plusWeeks(1), MIDDAY, false, k.coordinator); // stores the day
        k.app.bookings().revertToStanding(k.client(3), TUESDAY.plusWeeks(1), false, k.coordinator);
        assertThat(k.bookedIn(TUESDAY.plusWeeks(1), MORNING)).containsExactly("K-1", "K-2");
        assertThat(k.day(TUESDAY.plusWeeks(1)).unplaced()).extracting(u -> u.client().clientNumber()).containsExactly("K-3");

        k.app.bookings().pause(k.client(1), TUESDAY.plusWeeks(1), TUESDAY.plusWeeks(1), "Besøk hos datter", false, k.coordinator);
        assertThat(k.bookedIn(TUESDAY.plusWeeks(1), MORNING)).containsExactly("K-2", "K-3");

        long pauseId = k.app.slots().clientSlots(k.client(1)).orElseThrow().pauses().getFirst().id();
        Outcome<UserMessage> ended = k.app.bookings().endPause(pauseId, false, k.coordinator);
        assertThat(ended.isDone()).isTrue();
        assertThat(k.bookedIn(TUESDAY.plusWeeks(1), MORNING)).containsExactly("K-2", "K-3");
        assertThat(k.day(TUESDAY.plusWeeks(1)).unplaced()).extracting(u -> u.client().clientNumber()).containsExactly("K-1");
        assertThat(k.app.slots().windowFor(k.client(1), TUESDAY.plusWeeks(1)))
                .contains(new WindowChoice(ANY_TIME, WindowChoice.Source.AREA_DEFAULT));
    }

    @Test
    void windowForGivesTheOneOffThenTheStandingWindowThenTheAreaDefault() {
        SlotKitchen k = SlotKitchen.create(dir, 3, 10, 10);
        k.app.bookings().setStanding(k.client(1), MORNING, MONDAY, false, k.coordinator);
        k.app.bookings().book(k.client(2), TUESDAY, MIDDAY, false, k.coordinator);

        var windows = k.app.slots().windowsFor(k.app.db().dsl(), TUESDAY, k.clients);

        assertThat(windows).containsEntry(k.client(1), new WindowChoice(MORNING, WindowChoice.Source.STANDING))
                .containsEntry(k.client(2), new WindowChoice(MIDDAY, WindowChoice.Source.ONE_OFF))
                .containsEntry(k.client(3), new WindowChoice(ANY_TIME, WindowChoice.Source.AREA_DEFAULT));
        assertThat(k.app.slots().windowFor(k.client(1), TUESDAY.plusDays(1))).isEmpty();
    }

    @Test
    void theImportedStopFollowsTheClientsBookingAndBack() {
        SlotKitchen k = SlotKitchen.create(dir, 2, 10, 10);
        k.app.bookings().setStanding(k.client(1), MORNING, MONDAY, false, k.coordinator);
        k.stop(k.client(1), TUESDAY, MORNING);

        k.app.bookings().book(k.client(1), TUESDAY, MIDDAY, false, k.coordinator);
        assertThat(k.stopWindow(k.client(1), TUESDAY)).isEqualTo(MIDDAY);

        k.app.bookings().revertToStanding(k.client(1), TUESDAY, false, k.coordinator);
        assertThat(k.stopWindow(k.client(1), TUESDAY)).isEqualTo(MORNING);

        k.app.bookings().endStanding(k.client(1), MONDAY, false, k.coordinator);
        assertThat(k.stopWindow(k.client(1), TUESDAY)).isEqualTo(ANY_TIME);
    }

    @Test
    void aFullWindowRefusesWithAMessageAndTheCountStays() {
        SlotKitchen k = SlotKitchen.create(dir, 3, 1, 10);
        k.app.bookings().book(k.client(1), TUESDAY, MORNING, false, k.coordinator);

        Outcome<UserMessage> second = k.app.bookings().book(k.client(2), TUESDAY, MORNING, false, k.coordinator);

        assertThat(second).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.reason().key()).isEqualTo("slots.refused.full"));
        assertThat(k.render(second)).startsWith("Vinduet 09:00–11:00 tirsdag 24.11. er fullt (1 av 1 plasser).");
        assertThat(k.window(TUESDAY, MORNING).booked()).isEqualTo(1);
        assertThat(k.app.slots().offer(k.client(2), TUESDAY).orElseThrow().window(MORNING).orElseThrow().availability())
                .isEqualTo(Offer.Availability.FULL);
        assertThat(k.app.slots().offer(k.client(1), TUESDAY).orElseThrow().window(MORNING).orElseThrow())
                .satisfies(w -> {
                    assertThat(w.current()).isTrue();
                    assertThat(w.availability()).isEqualTo(Offer.Availability.AVAILABLE);
                });
    }

    @Test
    void aCapacityCutIsRefusedBelowOneOffBookingsButStandingPlacesGiveWayNewestFirst() {
        SlotKitchen k = SlotKitchen.create(dir, 4, 4, 10);
        k.app.bookings().setStanding(k.client(1), MORNING, MONDAY, false, k.coordinator);
        k.app.bookings().setStanding(k.client(2), MORNING, MONDAY, false, k.coordinator);
        k.app.bookings().book(k.client(3), TUESDAY, MORNING, false, k.coordinator);
        k.app.bookings().book(k.client(4), TUESDAY, MORNING, false, k.coordinator);

        var refused = k.app.slotTemplates().addException(k.areaId, TUESDAY.toString(), "09:00", "11:00", "1", "Kurs", k.coordinator);
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(SlotKitchen.NB.render(e.message()))
                .isEqualTo("Sandvika tirsdag 24.11.: 2 brukere har engangsbooking i 09:00–11:00, men vinduet ville fått "
                        + "bare 1 plasser. Flytt bookingene først, eller velg minst 2 plasser."));
        assertThat(k.window(TUESDAY, MORNING).capacity()).isEqualTo(4);
        assertThat(k.app.slotTemplates().exceptions(k.areaId, TUESDAY, TUESDAY)).isEmpty();

        var cut = k.app.slotTemplates().addException(k.areaId, TUESDAY.toString(), "09:00", "11:00", "3", "Kurs", k.coordinator);
        assertThat(cut.isValid()).isTrue();
        assertThat(k.bookedIn(TUESDAY, MORNING)).containsExactly("K-1", "K-3", "K-4");
        assertThat(k.day(TUESDAY).unplaced()).extracting(u -> u.client().clientNumber()).containsExactly("K-2");

        long exceptionId = k.app.slotTemplates().exceptions(k.areaId, TUESDAY, TUESDAY).getFirst().id();
        assertThat(k.app.slotTemplates().deleteException(exceptionId, k.coordinator).isValid()).isTrue();
        assertThat(k.bookedIn(TUESDAY, MORNING)).containsExactly("K-1", "K-2", "K-3", "K-4");
    }

    @Test
    void aWindowWithStandingBookingsCannotBeDeletedFromTheTemplate() {
        SlotKitchen k = SlotKitchen.create(dir, 1, 4, 10);
        k.app.bookings().setStanding(k.client(1), MIDDAY, MONDAY, false, k.coordinator);
        SlotTemplate midday = k.app.slotTemplates().templates(k.areaId).stream().filter(t -> t.window().equals(MIDDAY))
                .findFirst().orElseThrow();

        var result = k.app.slotTemplates().deleteTemplate(midday.id(), k.coordinator);

        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(SlotKitchen.NB.render(e.message()))
                .isEqualTo("Én bruker har fast booking i 11:00–13:00. Flytt dem til et annet vindu før vinduet slettes."));
        assertThat(k.app.slotTemplates().templates(k.areaId)).hasSize(3);
    }

    private record LocalDateRange(java.time.LocalDate from, java.time.LocalDate to) {}
}

package no.smartmat.console.slots;

import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.Outcome;
import static no.smartmat.console.db.jooq.Tables.DELIVERY_SLOT;
import static no.smartmat.console.db.jooq.Tables.SLOT_BOOKING;
import static no.smartmat.console.slots.SlotKitchen.MIDDAY;
import static no.smartmat.console.slots.SlotKitchen.MORNING;
import static no.smartmat.console.slots.SlotKitchen.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.smartmat.console.testsupport.TestKitchen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coordinators at two workstations: two {@code AppContext}s (two connection pools) on the same SQLite file,
 * booking from two threads at the same moment.
 */
class ConcurrentBookingTest {

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theLastPlaceGoesToOneCoordinatorAndTheOtherIsToldItIsFull() throws Exception {
        SlotKitchen kari = SlotKitchen.create(dir, 20, 1, 10);
        SlotKitchen ola = kari.openAgain(TestKitchen.clockAt(TestKitchen.MONDAY.atTime(10, 0)));
        for (int round = 0; round < 8; round++) {
            LocalDate date = TUESDAY.plusWeeks(round);
            long clientA = kari.client(1 + 2 * round), clientB = kari.client(2 + 2 * round);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Outcome<UserMessage>> a = pool.submit(atOnce(together, () -> kari.app.bookings().book(clientA, date, MORNING, false, kari.coordinator)));
            Future<Outcome<UserMessage>> b = pool.submit(atOnce(together, () -> ola.app.bookings().book(clientB, date, MORNING, false, ola.coordinator)));
            List<Outcome<UserMessage>> results = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

            assertThat(results).filteredOn(Outcome::isDone).hasSize(1);
            assertThat(results).filteredOn(r -> !r.isDone()).singleElement()
                    .isInstanceOfSatisfying(Outcome.Refused.class, r -> {
                        assertThat(r.reason().key()).isEqualTo("slots.refused.full");
                        assertThat(SlotKitchen.NB.render(r.reason())).contains("er fullt (1 av 1 plasser)",
                                "En annen kan nettopp ha tatt den siste plassen");
                    });
            assertThat(bookedCounter(kari, date, MORNING)).isEqualTo(1);
            assertThat(kari.bookedIn(date, MORNING)).hasSize(1);
        }
    }

    @Test
    void manyBookingsFromTwoWorkstationsFillAWindowExactlyToItsCapacity() throws Exception {
        SlotKitchen kari = SlotKitchen.create(dir, 24, 10, 7);
        SlotKitchen ola = kari.openAgain(TestKitchen.clockAt(TestKitchen.MONDAY.atTime(10, 0)));
        CyclicBarrier together = new CyclicBarrier(2);
        Future<List<Outcome<UserMessage>>> a = pool.submit(atOnce(together, () -> bookAll(kari, 1, 12)));
        Future<List<Outcome<UserMessage>>> b = pool.submit(atOnce(together, () -> bookAll(ola, 13, 24)));
        List<Outcome<UserMessage>> results = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
        results.addAll(b.get(60, TimeUnit.SECONDS));

        assertThat(results).filteredOn(Outcome::isDone).hasSize(7);
        assertThat(results).filteredOn(r -> !r.isDone()).hasSize(17)
                .allSatisfy(r -> assertThat(((Outcome.Refused<?>) r).reason().key()).isEqualTo("slots.refused.full"));
        assertThat(bookedCounter(kari, TUESDAY, MIDDAY)).isEqualTo(7);
        assertThat(kari.app.db().dsl().fetchCount(SLOT_BOOKING, SLOT_BOOKING.DELIVERY_DATE.eq(TUESDAY))).isEqualTo(7);
    }

    private static List<Outcome<UserMessage>> bookAll(SlotKitchen k, int first, int last) {
        List<Outcome<UserMessage>> results = new ArrayList<>();
        for (int c = first; c <= last; c++) {
            results.add(k.app.bookings().book(k.client(c), TUESDAY, MIDDAY, false, k.coordinator));
        }
        return results;
    }

    private static int bookedCounter(SlotKitchen k, LocalDate date, TimeWindow window) {
        return k.app.db().dsl().select(DELIVERY_SLOT.BOOKED).from(DELIVERY_SLOT)
                .where(DELIVERY_SLOT.AREA_ID.eq(k.areaId)).and(DELIVERY_SLOT.DELIVERY_DATE.eq(date))
                .and(DELIVERY_SLOT.WINDOW_START.eq(window.start())).and(DELIVERY_SLOT.WINDOW_END.eq(window.end()))
                .fetchSingle(DELIVERY_SLOT.BOOKED);
    }

    private static <T> Callable<T> atOnce(CyclicBarrier barrier, Callable<T> work) {
        return () -> {
            barrier.await(10, TimeUnit.SECONDS);
            return work.call();
        };
    }
}

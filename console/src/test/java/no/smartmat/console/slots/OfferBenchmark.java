package no.smartmat.console.slots;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.solver.SolveLimits;

/**
 * How long offering windows takes on a 400-stop planned day (the issue asks for under a second). The demo
 * kitchen's Tuesday (about 215 stops) gets the Wednesday areas' clients too, and 10 more vans, so the day has
 * 400 stops; the real solver plans it for {@code solveSeconds}; then the offer for {@code clients} clients of
 * Tuesday's areas (each already on the plan, so each window is judged as a move of their stop) is timed, cold
 * and warm.
 *
 * <p>Run: {@code java -cp console/target/test-classes:console/target/classes:console/target/lib/* \
 * no.smartmat.console.slots.OfferBenchmark [solveSeconds] [clients]}
 */
public final class OfferBenchmark {

    public static void main(String[] args) throws Exception {
        int solveSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path dir = Files.createTempDirectory("offer-benchmark");
        AppContext app = TestKitchen.demo(dir);
        LocalDate tuesday = TestKitchen.MONDAY.plusDays(1);
        int stops = addWednesdayClientsTo(app, tuesday, 400);
        app.db().transactionRun(tx -> {
            for (int i = 13; i <= 22; i++) {
                app.fleetRepository().insertVehicle(tx, new Vehicle(0, "BIL-%02d".formatted(i), "EL %05d".formatted(60000 + i),
                        "Kjølebil", Optional.of("D-%02d".formatted(1 + (i - 13) % 12)), new Capacity(45, 14, 45), true));
            }
        });
        var day = app.planning().scenario(tuesday);
        long solveStart = System.nanoTime();
        Plan plan = app.planning().start(day, Optional.empty(), SolveLimits.seconds(solveSeconds), p -> {}).await();
        System.out.printf("day %s: %d stops, %d vans; planned in %.1f s: %s, %d assigned, %d unassigned, %.1f km%n",
                tuesday, stops, day.scenario().vehicles().size(), (System.nanoTime() - solveStart) / 1e9, plan.score(),
                plan.totals().assigned(), plan.unassigned().size(), plan.totals().distanceKm());
        var user = no.smartmat.console.access.CurrentUser.headless("benchmark");
        app.planning().publish(app.planning().saveDraft(day, plan, java.util.Set.of(), user).id(), user);

        List<Long> candidates = new ArrayList<>();
        Random random = new Random(7);
        List<Long> tuesdayClients = app.db().dsl().select(CLIENT.ID).from(CLIENT).join(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .where(AREA.DELIVERY_WEEKDAY.eq(2)).fetch(CLIENT.ID);
        for (int i = 0; i < clients; i++) {
            candidates.add(tuesdayClients.get(random.nextInt(tuesdayClients.size())));
        }
        long[] millis = new long[candidates.size()];
        int green = 0, notFeasible = 0, checked = 0;
        for (int i = 0; i < candidates.size(); i++) {
            long t = System.nanoTime();
            Offer offer = app.slots().offer(candidates.get(i), tuesday).orElseThrow();
            millis[i] = Duration.ofNanos(System.nanoTime() - t).toMillis();
            checked += offer.planChecked() ? 1 : 0;
            green += (int) offer.windows().stream().filter(Offer.WindowOffer::green).count();
            notFeasible += (int) offer.windows().stream().filter(w -> w.availability() == Offer.Availability.NOT_FEASIBLE).count();
        }
        long first = millis[0];
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        long mapperStart = System.nanoTime();
        app.planning().asPlannerPlan(app.planning().scenario(tuesday), app.planning().published(tuesday).orElseThrow());
        long mapperMillis = Duration.ofNanos(System.nanoTime() - mapperStart).toMillis();
        System.out.printf("offer for %d clients (%d checked against the plan): first %d ms, then median %d ms, "
                        + "p95 %d ms, max %d ms; reading the day alone %d ms; %d green and %d not-feasible windows%n",
                candidates.size(), checked, first, warm[warm.length / 2], warm[(int) (warm.length * 0.95)],
                warm[warm.length - 1], mapperMillis, green, notFeasible);
    }

    /** Gives Wednesday's clients a stop (one chilled dinner bag) on {@code date} until the day has {@code target} stops. */
    private static int addWednesdayClientsTo(AppContext app, LocalDate date, int target) {
        return app.db().transaction(tx -> {
            int have = tx.fetchCount(STOP, STOP.DELIVERY_DATE.eq(date));
            List<Long> wednesday = tx.select(CLIENT.ID).from(CLIENT).join(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                    .where(AREA.DELIVERY_WEEKDAY.eq(3)).orderBy(CLIENT.ID).fetch(CLIENT.ID);
            long batch = tx.select(SUPPLIER_ORDER.BATCH_ID).from(SUPPLIER_ORDER).where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date))
                    .limit(1).fetchSingle().value1();
            for (int i = 0; have < target && i < wednesday.size(); i++, have++) {
                long client = wednesday.get(i);
                var window = app.slots().windowFor(tx, client, date.plusDays(1)).orElseThrow().window();
                long stop = tx.insertInto(STOP).set(STOP.CLIENT_ID, client).set(STOP.DELIVERY_DATE, date)
                        .set(STOP.WINDOW_START, window.start()).set(STOP.WINDOW_END, window.end())
                        .returning(STOP.ID).fetchSingle().getId();
                long order = tx.insertInto(SUPPLIER_ORDER).set(SUPPLIER_ORDER.BATCH_ID, batch)
                        .set(SUPPLIER_ORDER.ORDER_REFERENCE, "BENCH-" + client).set(SUPPLIER_ORDER.CLIENT_ID, client)
                        .set(SUPPLIER_ORDER.STOP_ID, stop).set(SUPPLIER_ORDER.DELIVERY_DATE, date).set(SUPPLIER_ORDER.KIND, "DINNER")
                        .returning(SUPPLIER_ORDER.ID).fetchSingle().getId();
                tx.insertInto(ORDER_PACKAGE).set(ORDER_PACKAGE.ORDER_ID, order).set(ORDER_PACKAGE.ZONE, "CHILLED")
                        .set(ORDER_PACKAGE.COUNT, 1).set(ORDER_PACKAGE.DESCRIPTION, "Middag").execute();
            }
            return have;
        });
    }
}

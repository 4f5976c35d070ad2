package no.smartmat.planner.benchmark;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import no.smartmat.planner.advice.CandidateStop;
import no.smartmat.planner.advice.CandidateWindow;
import no.smartmat.planner.advice.InsertionAdvisor;
import no.smartmat.planner.advice.WindowAdvice;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.solver.RoutePlanner;
import no.smartmat.planner.solver.SolveLimits;

/**
 * Measures {@link InsertionAdvisor} on a planned day: {@code java ... AdvisorBenchmark [--stops 400]
 * [--vehicles 20] [--seconds 20] [--queries 200]}. Plans a synthetic day ({@link DemoDay}) first, then asks
 * for the slot windows of random clients and prints the time per question (all windows of one client).
 */
public final class AdvisorBenchmark {

    private AdvisorBenchmark() {
    }

    public static void main(String[] args) {
        int stops = 400;
        int vehicles = 20;
        long seconds = 20;
        int queries = 200;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--stops" -> stops = Integer.parseInt(args[i + 1]);
                case "--vehicles" -> vehicles = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
                case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Scenario day = DemoDay.generate(stops, vehicles, 42);
        long t0 = System.nanoTime();
        Plan plan = new RoutePlanner().solve(day, Optional.empty(), SolveLimits.seconds(seconds));
        System.out.printf(Locale.ROOT, "planned %d stops with %d vans in %.1f s: %s, %d assigned, %.1f km, "
                + "%.0f %% with their regular driver%n", stops, plan.totals().vehiclesUsed(),
                (System.nanoTime() - t0) / 1e9, plan.score(), plan.totals().assigned(), plan.totals().distanceKm(),
                plan.totals().preferredDriverShare() * 100);
        List<CandidateWindow> windows = List.of(
                new CandidateWindow(LocalTime.of(9, 0), LocalTime.of(11, 0)),
                new CandidateWindow(LocalTime.of(11, 0), LocalTime.of(13, 0)),
                new CandidateWindow(LocalTime.of(13, 0), LocalTime.of(15, 0)),
                new CandidateWindow(LocalTime.of(9, 0), LocalTime.of(15, 0)));
        InsertionAdvisor advisor = new InsertionAdvisor();
        Random random = new Random(7);
        double[] millis = new double[queries];
        int feasible = 0;
        int green = 0;
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            advisor.advise(day, plan, candidate(random), windows);
        }
        for (int q = 0; q < queries; q++) {
            CandidateStop c = candidate(random);
            long start = System.nanoTime();
            List<WindowAdvice> advice = advisor.advise(day, plan, c, windows);
            millis[q] = (System.nanoTime() - start) / 1e6;
            feasible += (int) advice.stream().filter(WindowAdvice::feasible).count();
            green += (int) advice.stream().filter(WindowAdvice::green).count();
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%d questions x %d windows: median %.1f ms, p95 %.1f ms, max %.1f ms per "
                + "question; %d of %d windows feasible, %d green%n", queries, windows.size(), millis[queries / 2],
                millis[(int) (queries * 0.95)], millis[queries - 1], feasible, queries * windows.size(), green);
    }

    private static CandidateStop candidate(Random random) {
        return new CandidateStop(59.870 + random.nextDouble() * 0.085, 10.420 + random.nextDouble() * 0.210,
                5 + random.nextInt(4), new Capacity(1 + random.nextInt(2), random.nextInt(2), random.nextInt(3)),
                Optional.empty());
    }

}

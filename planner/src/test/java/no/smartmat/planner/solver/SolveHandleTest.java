package no.smartmat.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.testing.TestData;

class SolveHandleTest {

    @Test
    void aWaiterThatIsInterruptedStopsTheSolveAndGetsTheBestPlanAtOnce() throws Exception {
        CountDownLatch solving = new CountDownLatch(1);
        SolveHandle handle = new RoutePlanner().start(TestData.smallDay(), Optional.empty(), SolveLimits.untilStopped(),
                p -> solving.countDown());
        try {
            AtomicReference<Plan> plan = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                plan.set(handle.await());
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            waiter.start();
            assertThat(solving.await(30, TimeUnit.SECONDS)).isTrue();

            waiter.interrupt();
            waiter.join(TimeUnit.SECONDS.toMillis(30));

            // Without the interrupt this solve would never end: it has no time limit.
            assertThat(waiter.isAlive()).isFalse();
            assertThat(handle.isDone()).isTrue();
            assertThat(plan.get()).isNotNull();
            assertThat(stillInterrupted).isTrue();
        } finally {
            handle.stop(); // never leave a solver without a time limit running
        }
    }

    @Test
    void aStopAskedForWhileTheSolverIsStillBeingBuiltIsNotForgotten() throws Exception {
        SolveHandle handle = new RoutePlanner().start(TestData.smallDay(), Optional.empty(), SolveLimits.untilStopped(),
                p -> { });
        handle.stop();
        try {
            // OptaPlanner resets terminateEarly() when solve() starts; the planner repeats it at the first phase.
            assertThat(handle.future().get(30, TimeUnit.SECONDS)).isNotNull();
        } finally {
            handle.stop();
        }
    }
}

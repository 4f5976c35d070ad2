package no.smartmat.console.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Solver progress to the UI thread: newest only, one hand-over pending at a time, not more often than asked. */
class LatestOnlyRelayTest {

    @Test
    void aBurstOfValuesBecomesOneHandOverOfTheNewest() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        LatestOnlyRelay<Integer> relay = new LatestOnlyRelay<>(uiQueue::add, Duration.ZERO, shown::add);

        for (int i = 1; i <= 1000; i++) {
            relay.offer(i);
        }

        assertThat(uiQueue).hasSize(1);
        uiQueue.removeFirst().run();
        assertThat(shown).containsExactly(1000);
        relay.offer(1001);
        assertThat(uiQueue).hasSize(1);
        uiQueue.removeFirst().run();
        assertThat(shown).containsExactly(1000, 1001);
    }

    @Test
    void aValueOfferedAfterTheLastHandOverIsNeverLost() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        LatestOnlyRelay<Integer> relay = new LatestOnlyRelay<>(uiQueue::add, Duration.ZERO, shown::add);

        relay.offer(1);
        uiQueue.removeFirst().run();
        relay.offer(2);
        relay.offer(3);
        uiQueue.removeFirst().run();

        assertThat(shown).containsExactly(1, 3);
        assertThat(uiQueue).isEmpty();
    }

    @Test
    void handOversAreSpacedByTheMinimumInterval() throws InterruptedException {
        AtomicLong now = new AtomicLong(0);
        ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
        List<Integer> shown = new ArrayList<>();
        // A whole second: on a busy shared machine 150 ms could pass between offering and looking, and the hand-over
        // would already be queued when the test checks that it waits.
        LatestOnlyRelay<Integer> relay = new LatestOnlyRelay<>(uiQueue::add, Duration.ofSeconds(1), shown::add, now::get);

        relay.offer(1);
        uiQueue.poll().run();
        assertThat(shown).containsExactly(1);

        relay.offer(2);
        assertThat(uiQueue).as("within the interval the hand-over waits").isEmpty();
        long started = System.nanoTime();
        while (uiQueue.isEmpty() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(5);
        }
        long waited = System.nanoTime() - started;
        assertThat(uiQueue).hasSize(1);
        assertThat(TimeUnit.NANOSECONDS.toMillis(waited)).isGreaterThanOrEqualTo(500);
        uiQueue.poll().run();
        assertThat(shown).containsExactly(1, 2);
    }
}

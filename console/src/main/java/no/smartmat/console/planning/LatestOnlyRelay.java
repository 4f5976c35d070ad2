package no.smartmat.console.planning;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Hands values produced fast on one thread (the solver's best-plan events, hundreds a second early on) to a
 * consumer on another (the UI thread), throttled: at most one hand-over is pending at a time, at most one per
 * {@code minInterval}, and only the newest value is delivered; older ones that were not yet handed over are
 * dropped, never queued. So the UI stays responsive however fast the solver improves.
 */
public final class LatestOnlyRelay<T> {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "smartmat-relay-timer");
        t.setDaemon(true);
        return t;
    });

    private final Executor target;
    private final Consumer<T> consumer;
    private final long minIntervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastDelivery;

    /** @param target runs the hand-over where {@code consumer} may run (e.g. {@code Platform::runLater}) */
    public LatestOnlyRelay(Executor target, Duration minInterval, Consumer<T> consumer) {
        this(target, minInterval, consumer, System::nanoTime);
    }

    LatestOnlyRelay(Executor target, Duration minInterval, Consumer<T> consumer, LongSupplier nanoTime) {
        this.target = target;
        this.consumer = consumer;
        this.minIntervalNanos = minInterval.toNanos();
        this.nanoTime = nanoTime;
        this.lastDelivery = nanoTime.getAsLong() - minIntervalNanos;
    }

    /** Safe from any thread; never blocks. */
    public void offer(T value) {
        latest.set(value);
        if (pending.compareAndSet(false, true)) {
            long wait = lastDelivery + minIntervalNanos - nanoTime.getAsLong();
            if (wait <= 0) {
                target.execute(this::deliver);
            } else {
                TIMER.schedule(() -> target.execute(this::deliver), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void deliver() {
        lastDelivery = nanoTime.getAsLong();
        pending.set(false);
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}

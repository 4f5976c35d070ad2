package no.smartmat.planner.solver;

import java.time.Duration;
import java.util.Optional;

/**
 * When solving stops: after {@code timeLimit}, after {@code unimprovedLimit} without a better plan,
 * or when the caller calls {@link SolveHandle#stop()} (always possible), whichever comes first.
 */
public record SolveLimits(Optional<Duration> timeLimit, Optional<Duration> unimprovedLimit) {

    public static SolveLimits untilStopped() {
        return new SolveLimits(Optional.empty(), Optional.empty());
    }

    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(Optional.of(timeLimit), Optional.empty());
    }

    public static SolveLimits seconds(long seconds) {
        return of(Duration.ofSeconds(seconds));
    }

    public SolveLimits withUnimproved(Duration unimproved) {
        return new SolveLimits(timeLimit, Optional.of(unimproved));
    }
}

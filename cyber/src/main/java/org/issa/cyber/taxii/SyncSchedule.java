package org.issa.cyber.taxii;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;

/**
 * The arithmetic of scheduled syncs: the bounds of an interval, and when a peer is next due after a
 * run. A peer that keeps failing waits twice as long after each consecutive failure, up to
 * {@value #MAX_BACKOFF} times its interval; a success brings it back to the interval.
 */
public final class SyncSchedule {

    /** The shortest interval, in minutes: more often would only load the peer. */
    public static final int MIN_MINUTES = 5;
    /** The longest interval, in minutes: seven days. */
    public static final int MAX_MINUTES = 7 * 24 * 60;
    /** A failing peer waits at most this many intervals. */
    public static final int MAX_BACKOFF = 8;

    private SyncSchedule() {
    }

    /** An interval as a supervisor gives it; empty: scheduled syncs off. */
    public static Optional<Duration> interval(Optional<Integer> minutes) {
        if (minutes.isEmpty()) {
            return Optional.empty();
        }
        int m = minutes.get();
        if (m < MIN_MINUTES || m > MAX_MINUTES) {
            throw new InvalidInputException("minutes", "the sync interval is " + MIN_MINUTES + " to " + MAX_MINUTES
                    + " minutes (7 days), or empty for on demand only; got " + m);
        }
        return Optional.of(Duration.ofMinutes(m));
    }

    /** How long a peer waits after a run that left it with {@code failures} consecutive failures. */
    public static Duration wait(Duration interval, int failures) {
        if (interval.isNegative() || interval.isZero() || failures < 0) {
            throw new IllegalArgumentException("interval must be positive and failures not negative");
        }
        long factor = failures >= 3 ? MAX_BACKOFF : 1L << failures;
        return interval.multipliedBy(Math.min(factor, MAX_BACKOFF));
    }

    /** When a peer is next due after a run that finished at {@code finished}. */
    public static Instant nextDue(Instant finished, Duration interval, int failures) {
        return finished.plus(wait(interval, failures));
    }

    /** Whether a peer whose next run is {@code nextDue} is due at {@code now} (never when off). */
    public static boolean due(Optional<Instant> nextDue, Instant now) {
        return nextDue.isPresent() && !nextDue.get().isAfter(now);
    }
}

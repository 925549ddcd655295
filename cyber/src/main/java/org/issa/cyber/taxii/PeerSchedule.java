package org.issa.cyber.taxii;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A peer's sync schedule and how its scheduled runs went.
 *
 * @param minutes   the interval, empty when syncs are on demand only
 * @param setBy     the supervisor who set the interval; scheduled syncs run on their behalf
 * @param nextDue   when the next scheduled run is due (empty when off)
 * @param failures  consecutive failed scheduled runs (0 after a success)
 * @param lastRun   when the last scheduled run finished
 * @param lastOk    whether it succeeded
 * @param claimedBy the node running it now, if any
 */
public record PeerSchedule(String peerId, Optional<Integer> minutes, Optional<String> setBy, Optional<Instant> nextDue, int failures,
                           Optional<Instant> lastRun, Optional<Boolean> lastOk, Optional<String> claimedBy) {

    public Optional<Duration> interval() {
        return minutes.map(Duration::ofMinutes);
    }
}

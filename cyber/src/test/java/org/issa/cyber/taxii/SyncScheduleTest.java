package org.issa.cyber.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The due time and back-off of scheduled syncs, without a database. */
class SyncScheduleTest {

    static final Duration HOUR = Duration.ofHours(1);
    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aSucceedingPeerWaitsItsInterval() {
        assertThat(SyncSchedule.wait(HOUR, 0)).isEqualTo(HOUR);
        assertThat(SyncSchedule.nextDue(T, HOUR, 0)).isEqualTo(T.plus(HOUR));
    }

    @Test
    void eachConsecutiveFailureDoublesTheWaitUpToEightIntervals() {
        assertThat(SyncSchedule.wait(HOUR, 1)).isEqualTo(Duration.ofHours(2));
        assertThat(SyncSchedule.wait(HOUR, 2)).isEqualTo(Duration.ofHours(4));
        assertThat(SyncSchedule.wait(HOUR, 3)).isEqualTo(Duration.ofHours(8));
        assertThat(SyncSchedule.wait(HOUR, 4)).isEqualTo(Duration.ofHours(8));
        assertThat(SyncSchedule.wait(HOUR, Integer.MAX_VALUE)).as("no overflow however long it fails").isEqualTo(Duration.ofHours(8));
        assertThat(SyncSchedule.nextDue(T, Duration.ofDays(7), 5)).isEqualTo(T.plus(Duration.ofDays(56)));
        assertThatThrownBy(() -> SyncSchedule.wait(Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyncSchedule.wait(HOUR, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeerIsDueFromItsDueTimeOnAndNeverWhenOff() {
        assertThat(SyncSchedule.due(Optional.of(T), T)).isTrue();
        assertThat(SyncSchedule.due(Optional.of(T), T.minusMillis(1))).isFalse();
        assertThat(SyncSchedule.due(Optional.of(T), T.plus(HOUR))).isTrue();
        assertThat(SyncSchedule.due(Optional.empty(), T)).isFalse();
    }

    @Test
    void intervalsAreFiveMinutesToSevenDaysOrOff() {
        assertThat(SyncSchedule.interval(Optional.empty())).isEmpty();
        assertThat(SyncSchedule.interval(Optional.of(5))).contains(Duration.ofMinutes(5));
        assertThat(SyncSchedule.interval(Optional.of(10080))).contains(Duration.ofDays(7));
        for (int bad : new int[] {4, 0, -5, 10081, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> SyncSchedule.interval(Optional.of(bad))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("minutes"))
                    .hasMessageContaining("5 to 10080 minutes");
        }
    }
}

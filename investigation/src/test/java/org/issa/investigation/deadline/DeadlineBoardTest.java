package org.issa.investigation.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping by time remaining, and the warning windows. */
class DeadlineBoardTest {

    static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");

    static Deadline due(String ref, Instant start, Instant due) {
        return new Deadline("exchange", ref, ref, "answer", "t", start, due, "b");
    }

    @Test
    void deadlinesFallIntoOverdueTodayThisWeekAndLater() {
        Deadline overdue = due("A", NOW.minus(Duration.ofDays(8)), NOW.minusSeconds(1));
        Deadline today = due("B", NOW.minus(Duration.ofHours(2)), Instant.parse("2026-06-10T23:59:59Z"));
        Deadline tomorrow = due("C", NOW, Instant.parse("2026-06-11T00:00:00Z"));
        Deadline sixDays = due("D", NOW, NOW.plus(Duration.ofDays(6)));
        Deadline later = due("E", NOW, NOW.plus(Duration.ofDays(7)));
        var board = DeadlineBoard.of(List.of(later, sixDays, tomorrow, today, overdue), NOW);
        assertThat(board.in(DeadlineBoard.Bucket.OVERDUE)).containsExactly(overdue);
        assertThat(board.in(DeadlineBoard.Bucket.DUE_TODAY)).containsExactly(today);
        assertThat(board.in(DeadlineBoard.Bucket.THIS_WEEK)).containsExactly(tomorrow, sixDays);
        assertThat(board.in(DeadlineBoard.Bucket.LATER)).containsExactly(later);
        assertThat(board.total()).isEqualTo(5);
        assertThat(DeadlineBoard.remainingInWords(overdue, NOW)).isEqualTo("overdue by 0 min");
        assertThat(DeadlineBoard.remainingInWords(sixDays, NOW)).isEqualTo("6 d 0 h");
        assertThat(DeadlineBoard.remainingInWords(due("F", NOW, NOW.plus(Duration.ofMinutes(125))), NOW)).isEqualTo("2 h 5 min");
    }

    @Test
    void shortLimitsWarnHoursAheadLongOnesDaysAhead() {
        WarningPolicy p = new WarningPolicy(Duration.ofHours(2), Duration.ofDays(3));
        Deadline eightHours = due("U", NOW, NOW.plus(Duration.ofHours(8)));
        assertThat(p.levelAt(eightHours, NOW.plus(Duration.ofHours(5)).plusSeconds(59 * 60))).isEmpty();
        assertThat(p.levelAt(eightHours, NOW.plus(Duration.ofHours(6)))).contains(AlertLevel.WARNING);
        assertThat(p.levelAt(eightHours, NOW.plus(Duration.ofHours(8)))).contains(AlertLevel.WARNING);
        assertThat(p.levelAt(eightHours, NOW.plus(Duration.ofHours(8)).plusMillis(1))).contains(AlertLevel.OVERDUE);
        Deadline sixty = due("W", NOW, NOW.plus(Duration.ofDays(60)));
        assertThat(p.warnAt(sixty)).isEqualTo(NOW.plus(Duration.ofDays(57)));
        Deadline twoDays = due("X", NOW, NOW.plus(Duration.ofDays(2)));
        assertThat(p.warnAt(twoDays)).as("a lead longer than the limit warns from its start").isEqualTo(NOW);
    }
}

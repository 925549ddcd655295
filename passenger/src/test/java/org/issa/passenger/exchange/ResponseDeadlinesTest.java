package org.issa.passenger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseDeadlinesTest {

    static final Instant RECEIVED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void urgentRequestsAreDueInADayOthersInTenByDefault() {
        assertThat(ResponseDeadlines.DEFAULT.due(RECEIVED, Urgency.URGENT)).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
        assertThat(ResponseDeadlines.DEFAULT.due(RECEIVED, Urgency.NORMAL)).isEqualTo(Instant.parse("2026-11-12T09:00:00Z"));
        ResponseDeadlines policy = new ResponseDeadlines(Duration.ofHours(4), Duration.ofDays(3));
        assertThat(policy.due(RECEIVED, Urgency.URGENT)).isEqualTo(Instant.parse("2026-11-02T13:00:00Z"));
    }

    @Test
    void onlyAnOpenRequestPastItsDueTimeIsOverdue() {
        Instant due = Instant.parse("2026-11-03T09:00:00Z");
        assertThat(ResponseDeadlines.overdue(RequestStatus.RECEIVED, due, due)).isFalse();
        assertThat(ResponseDeadlines.overdue(RequestStatus.RECEIVED, due, due.plusSeconds(1))).isTrue();
        assertThat(ResponseDeadlines.overdue(RequestStatus.ANSWERED, due, due.plusSeconds(86_400))).isFalse();
        assertThat(ResponseDeadlines.overdue(RequestStatus.REFUSED, due, due.plusSeconds(86_400))).isFalse();
    }

    @Test
    void aPolicyWithAnUrgentPeriodLongerThanTheNormalOneIsRefused() {
        assertThatThrownBy(() -> new ResponseDeadlines(Duration.ofDays(5), Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseDeadlines(Duration.ZERO, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}

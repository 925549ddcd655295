package org.issa.passenger.exchange;

import java.time.Duration;
import java.time.Instant;

/**
 * When an answer to a request is due. The Directive asks for answers "as soon as possible"
 * (Art 9(2)) and sets no period; the periods are the PIU's policy, configurable, by default one
 * day for an urgent request and ten days otherwise. A request is overdue while it is open after its due time.
 */
public record ResponseDeadlines(Duration urgent, Duration normal) {

    public static final ResponseDeadlines DEFAULT = new ResponseDeadlines(Duration.ofDays(1), Duration.ofDays(10));

    public ResponseDeadlines {
        if (urgent.isNegative() || urgent.isZero() || normal.isNegative() || normal.isZero()) {
            throw new IllegalArgumentException("answer periods must be positive");
        }
        if (urgent.compareTo(normal) > 0) {
            throw new IllegalArgumentException("the urgent period must not be longer than the normal one");
        }
    }

    public Instant due(Instant received, Urgency urgency) {
        return received.plus(urgency == Urgency.URGENT ? urgent : normal);
    }

    public static boolean overdue(RequestStatus status, Instant due, Instant now) {
        return status.open() && now.isAfter(due);
    }
}

package org.issa.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.issa.core.testdb.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void anAddressIsHeldBackAfterTwentyFailuresForTenMinutes() {
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(t0, ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.LIMIT - 1; i++) {
            throttle.failed("198.51.100.7");
        }
        assertThat(throttle.blocked("198.51.100.7")).isFalse();
        throttle.failed("198.51.100.7");
        assertThat(throttle.blocked("198.51.100.7")).isTrue();
        assertThat(throttle.blocked("198.51.100.8")).as("other addresses are not affected").isFalse();

        LoginThrottle later = new LoginThrottle(Clock.fixed(t0.plus(Duration.ofMinutes(11)), ZoneOffset.UTC));
        assertThat(later.blocked("198.51.100.7")).isFalse();
    }

    @Test
    void failuresAgeOutOfTheWindow() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            throttle.failed("203.0.113.1");
        }
        assertThat(throttle.blocked("203.0.113.1")).isTrue();
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.blocked("203.0.113.1")).isFalse();
        throttle.failed("203.0.113.1");
        throttle.succeeded("203.0.113.1");
        assertThat(throttle.blocked("203.0.113.1")).isFalse();
    }
}

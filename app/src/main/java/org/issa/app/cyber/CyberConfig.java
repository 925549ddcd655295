package org.issa.app.cyber;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the cyber section's parts share. Settings: {@code issa.cyber.reports.per-address-limit}
 * (report submissions per client address in 10 minutes, default 10) and
 * {@code issa.cyber.reports.global-limit-per-minute} (for the whole node, default 300); status
 * look-ups: 30 per address in 10 minutes, 1,200 a minute in all; subscription form posts: 10 per
 * address in 10 minutes, 600 a minute in all.
 */
@Configuration(proxyBeanMethods = false)
public class CyberConfig {

    /** Posts to the subscription forms allowed per client address in {@link #SUBSCRIPTION_WINDOW}. */
    public static final int SUBSCRIPTION_LIMIT = 10;
    public static final Duration SUBSCRIPTION_WINDOW = Duration.ofMinutes(10);

    @Bean
    PublicRateLimits publicRateLimits(Clock clock, @Value("${issa.cyber.reports.per-address-limit:10}") int perAddress,
                                      @Value("${issa.cyber.reports.global-limit-per-minute:300}") int global) {
        Duration minute = Duration.ofMinutes(1);
        return new PublicRateLimits(
                new PublicRateLimit(clock, perAddress, Duration.ofMinutes(10), global, minute),
                new PublicRateLimit(clock, 30, Duration.ofMinutes(10), 1200, minute),
                new PublicRateLimit(clock, SUBSCRIPTION_LIMIT, SUBSCRIPTION_WINDOW, 600, minute));
    }
}

package org.issa.app.cyber.advisory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.issa.app.cyber.CyberConfig;
import org.issa.app.cyber.PublicRateLimit;
import org.issa.app.cyber.PublicRateLimits;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds the public subscription forms (subscribe, confirm, unsubscribe) to the section's
 * subscription limit: {@link #LIMIT} posts per client address in ten minutes; more get 429 with
 * Retry-After. The counting is {@link PublicRateLimit}'s, shared with the report form.
 */
@Component
public class PublicFormThrottle extends OncePerRequestFilter {

    public static final int LIMIT = CyberConfig.SUBSCRIPTION_LIMIT;

    private final PublicRateLimits limits;

    public PublicFormThrottle(PublicRateLimits limits) {
        this.limits = limits;
    }

    /** Forgets every client, as after a restart. */
    public void reset() {
        limits.subscriptions().reset();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/public/subscriptions"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PublicRateLimit.Refusal> refusal = limits.subscriptions().acquire(request);
        if (refusal.isPresent()) {
            long seconds = refusal.get().retryAfterSeconds();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many requests. Please try again in " + Math.max(1, (seconds + 59) / 60) + " minutes.");
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.issa.app.cyber.advisory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit of the public subscription forms: each client address may send {@link #LIMIT} form
 * posts (subscribe, confirm, unsubscribe) in {@link #WINDOW}; more get 429 with Retry-After.
 */
@Component
public class PublicFormThrottle extends OncePerRequestFilter {

    public static final int LIMIT = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> posts = new ConcurrentHashMap<>();
    private final Clock clock;

    public PublicFormThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Forgets every client, as after a restart. */
    public void reset() {
        posts.clear();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/public/subscriptions"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (posts.size() > MAX_TRACKED) {
            posts.clear(); // bounded memory under a flood from many addresses
        }
        Deque<Instant> q = posts.computeIfAbsent(request.getRemoteAddr(), a -> new ArrayDeque<>());
        boolean allowed;
        synchronized (q) {
            Instant now = clock.instant();
            while (!q.isEmpty() && q.peekFirst().isBefore(now.minus(WINDOW))) {
                q.removeFirst();
            }
            allowed = q.size() < LIMIT;
            if (allowed) {
                q.addLast(now);
            }
        }
        if (!allowed) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many requests from your address. Please try again in " + WINDOW.toMinutes() + " minutes.");
            return;
        }
        chain.doFilter(request, response);
    }
}

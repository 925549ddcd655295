package org.issa.app.identity;

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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a client address that failed too many logins: after {@link #LIMIT} failures in
 * {@link #WINDOW} its login attempts get 429 until the window has passed. Complements the
 * per-account lock, which alone would let one address try many accounts.
 */
public final class LoginThrottle extends OncePerRequestFilter {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public void failed(String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // bounded memory under a flood from many addresses; the account locks still hold
        }
        Deque<Instant> q = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
            prune(q);
        }
    }

    public void succeeded(String address) {
        failures.remove(address);
    }

    boolean blocked(String address) {
        Deque<Instant> q = failures.get(address);
        if (q == null) {
            return false;
        }
        synchronized (q) {
            prune(q);
            return q.size() >= LIMIT;
        }
    }

    private void prune(Deque<Instant> q) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!q.isEmpty() && q.peekFirst().isBefore(horizon)) {
            q.removeFirst();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (blocked(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many failed sign-ins from your address. Try again in "
                    + WINDOW.toMinutes() + " minutes.");
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.issa.app.cyber;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window limits on the public forms (report, status look-up, subscriptions): per client
 * address and for the whole node, so that one abusive client is held back and a distributed flood
 * cannot exceed what the desks behind can absorb. A refusal says how long to wait. Memory is
 * bounded: past {@link #MAX_TRACKED} addresses the per-address table is cleared (the global limit
 * still holds). The client address is the request's remote address: behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that it is the visitor's, not the proxy's.
 */
public final class PublicRateLimit {

    static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> perAddress = new ConcurrentHashMap<>();
    private final Deque<Instant> global = new ArrayDeque<>();
    private final Clock clock;
    private final int addressLimit;
    private final Duration addressWindow;
    private final int globalLimit;
    private final Duration globalWindow;

    public PublicRateLimit(Clock clock, int addressLimit, Duration addressWindow, int globalLimit, Duration globalWindow) {
        this.clock = clock;
        this.addressLimit = addressLimit;
        this.addressWindow = addressWindow;
        this.globalLimit = globalLimit;
        this.globalWindow = globalWindow;
    }

    /** A refusal: the scope that is full, and the seconds after which a retry may succeed. */
    public record Refusal(String scope, long retryAfterSeconds) {
    }

    /** Counts one attempt from the request's client address, or refuses it. */
    public Optional<Refusal> acquire(HttpServletRequest request) {
        return acquire(request.getRemoteAddr());
    }

    /** Counts one attempt from {@code address}, or refuses it (a refused attempt is not counted). */
    public Optional<Refusal> acquire(String address) {
        Instant now = clock.instant();
        if (perAddress.size() > MAX_TRACKED) {
            perAddress.clear();
        }
        Deque<Instant> mine = perAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (mine) {
            prune(mine, now.minus(addressWindow));
            if (mine.size() >= addressLimit) {
                return Optional.of(new Refusal("address", retryAfter(mine, addressWindow, now)));
            }
            synchronized (global) {
                prune(global, now.minus(globalWindow));
                if (global.size() >= globalLimit) {
                    return Optional.of(new Refusal("global", retryAfter(global, globalWindow, now)));
                }
                global.addLast(now);
            }
            mine.addLast(now);
            return Optional.empty();
        }
    }

    private static long retryAfter(Deque<Instant> q, Duration window, Instant now) {
        return Math.max(1, Duration.between(now, q.peekFirst().plus(window)).toSeconds() + 1);
    }

    private static void prune(Deque<Instant> q, Instant horizon) {
        while (!q.isEmpty() && q.peekFirst().isBefore(horizon)) {
            q.removeFirst();
        }
    }

    /** Forgets all counts (tests, and an operator after an incident). */
    public void reset() {
        perAddress.clear();
        synchronized (global) {
            global.clear();
        }
    }
}

package org.issa.finance.flow;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;

/**
 * What to trace: from which account, which way, over how many hops, by which allocation rule, in which
 * currency (needed only when the account used several) and within which time window.
 *
 * @param account   the account traced from
 * @param direction forward (where the money went) or backward (where it came from)
 * @param hops      payments followed from the account, 1 to {@value #MAX_HOPS}
 * @param rule      how an account's payments out are attributed to the funds it holds
 * @param currency  the currency, or empty to take the account's only one
 * @param from      forward: the account's payments from this time on are traced; backward: payments
 *                  upstream before it are not followed
 * @param to        forward: payments after it are not followed; backward: the account's payments
 *                  received up to this time are traced
 */
public record TraceRequest(String account, Direction direction, int hops, AllocationRule rule, Optional<String> currency,
                           Optional<Instant> from, Optional<Instant> to) {

    public static final int MAX_HOPS = 12;

    public TraceRequest {
        if (account == null || account.isBlank()) {
            throw new InvalidInputException("account", "give the account to trace from");
        }
        account = account.strip();
        if (direction == null) {
            throw new InvalidInputException("direction", "direction must be forward or backward");
        }
        if (rule == null) {
            throw new InvalidInputException("rule", "rule must be fifo or proportional");
        }
        if (hops < 1 || hops > MAX_HOPS) {
            throw new InvalidInputException("hops", "hops must be between 1 and " + MAX_HOPS + ", not " + hops);
        }
        currency = currency == null ? Optional.empty() : currency.filter(c -> !c.isBlank());
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidInputException("to", "the end of the window is before its start");
        }
    }

    public static TraceRequest of(String account, Direction direction, int hops, AllocationRule rule) {
        return new TraceRequest(account, direction, hops, rule, Optional.empty(), Optional.empty(), Optional.empty());
    }
}

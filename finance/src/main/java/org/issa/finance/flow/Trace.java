package org.issa.finance.flow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The result of a trace: the amount traced, each account the money reached (forward) or came from
 * (backward), and each payment used, with the amount attributed to the traced money.
 *
 * <p>Conservation, checked by the tests: at every account {@code traced = followed + retained}; the
 * amount a payment carries for the trace never exceeds the payment; what an account passes on never
 * exceeds what reached it.
 *
 * @param request  the request, with the currency resolved
 * @param currency the currency traced
 * @param traced   the amount traced: forward, the sum of the account's payments out in the window;
 *                 backward, the sum of its payments in
 * @param accounts the accounts reached, the traced account first, then by hop and amount
 * @param payments the payments used, in time order
 */
public record Trace(TraceRequest request, String currency, BigDecimal traced, List<Account> accounts, List<Transfer> payments) {

    public Trace {
        accounts = List.copyOf(accounts);
        payments = List.copyOf(payments);
    }

    /**
     * One account of the trace.
     *
     * @param account  the account
     * @param name     its holder's name as a payment gave it, or empty
     * @param hop      the fewest payments between the traced account and this one (0 for the traced account)
     * @param traced   forward: the traced money that reached the account; backward: the traced money
     *                 the account passed towards the traced account
     * @param followed the part of it attributed to the next hop (forward: payments out; backward:
     *                 payments in)
     * @param retained the rest: forward, still held, or moved on beyond the hop limit, or returned to the
     *                 traced account; backward, of the account's own or unknown origin, or beyond the
     *                 hop limit
     */
    public record Account(String account, String name, int hop, BigDecimal traced, BigDecimal followed, BigDecimal retained) {
    }

    /**
     * One payment of the trace.
     *
     * @param reference  the payment's reference
     * @param payer      the account paying
     * @param payee      the account paid
     * @param time       when
     * @param amount     the whole payment
     * @param attributed the part of it that is traced money
     * @param hop        its hop (1 = a payment of the traced account)
     */
    public record Transfer(String reference, String payer, String payee, Instant time, BigDecimal amount, BigDecimal attributed, int hop) {
    }
}

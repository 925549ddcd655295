package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.flow.Units;

/**
 * Round-tripping: time-respecting simple cycles. From each payment, a depth-first search follows
 * later payments of the same currency out of the account reached, each carrying between minCarry and
 * maxCarry times the previous payment, until one returns to the first payer within the window. Each
 * cycle is found once, from its first payment. The steps from one payment are bounded by the budget.
 */
final class CycleSearch {

    private final PaymentGraph g;
    private final TypologyConfig.Cycle c;
    private final long window;
    private final int[] path;
    private final int[] onPath;
    private int steps;
    private int start;
    private long cycles;
    private long exhausted;

    CycleSearch(PaymentGraph g, TypologyConfig.Cycle c) {
        this.g = g;
        this.c = c;
        this.window = (long) (c.windowDays() * 86_400_000L);
        this.path = new int[c.maxLength()];
        this.onPath = new int[g.accountCount()];
    }

    long cycles() {
        return cycles;
    }

    long exhausted() {
        return exhausted;
    }

    void find(Findings out) {
        int m = g.paymentCount();
        for (int p = 0; p < m; p++) {
            if (g.payer(p) == g.payee(p)) {
                continue;
            }
            start = g.payer(p);
            steps = 0;
            path[0] = p;
            onPath[start] = p + 1;
            onPath[g.payee(p)] = p + 1;
            extend(1, out);
            if (steps > c.budget()) {
                exhausted++;
            }
            onPath[start] = 0;
            onPath[g.payee(p)] = 0;
        }
    }

    private void extend(int depth, Findings out) {
        int last = path[depth - 1];
        int at = g.payee(last);
        long deadline = g.time(path[0]) + window;
        int cur = g.currencyOf(last);
        long prev = g.units(last);
        int k = firstAfter(at, last);
        for (; k < g.outEnd(at); k++) {
            if (++steps > c.budget()) {
                return;
            }
            int q = g.outPayment(k);
            if (g.time(q) > deadline) {
                return;
            }
            int next = g.payee(q);
            if (g.currencyOf(q) != cur || next == at) {
                continue;
            }
            long u = g.units(q);
            if (u < c.minCarry() * prev || u > c.maxCarry() * prev) {
                continue;
            }
            path[depth] = q;
            if (next == start) {
                if (depth + 1 >= c.minLength()) {
                    report(depth + 1, out);
                }
                continue;
            }
            if (onPath[next] != 0 || depth + 1 >= c.maxLength()) {
                continue;
            }
            onPath[next] = 1;
            extend(depth + 1, out);
            onPath[next] = 0;
            if (steps > c.budget()) {
                return;
            }
        }
    }

    /** The first outgoing payment of the account after payment p, by binary search in its list. */
    private int firstAfter(int account, int p) {
        int lo = g.outStart(account);
        int hi = g.outEnd(account);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (g.outPayment(mid) <= p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void report(int length, Findings out) {
        cycles++;
        List<Evidence> ev = new ArrayList<>(length);
        StringBuilder route = new StringBuilder();
        for (int i = 0; i < length; i++) {
            ev.add(Evidence.of(g, path[i]));
            route.append(g.account(g.payer(path[i]))).append(" -> ");
        }
        route.append(g.account(start));
        double days = (g.time(path[length - 1]) - g.time(path[0])) / 86_400_000.0;
        String summary = String.format(Locale.ROOT, "round trip of %d payments in %.1f days, %s %s out, %s back: %s", length, days,
                Units.amount(g.units(path[0])).toPlainString(), g.currency(g.currencyOf(path[0])),
                Units.amount(g.units(path[length - 1])).toPlainString(), route);
        Finding f = new Finding("cycle", 1.0, summary, ev);
        for (int i = 0; i < length; i++) {
            out.add(g.payer(path[i]), f);
        }
    }
}

package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.flow.Units;

/**
 * Round-tripping whose order in time is not proven: a closed loop of payments of one currency, each
 * carrying between minCarry and maxCarry times the one before it along the loop, all within the window,
 * in whatever order they were booked. Weaker evidence than a time-respecting {@link CycleSearch}
 * cycle (the same money need not have gone round), but what booking dates, batching or commingled
 * funds leave of a round trip. Each loop is found once, from its account with the lowest number.
 */
final class LoopSearch {

    private final PaymentGraph g;
    private final TypologyConfig.Loop c;
    private final long window;
    private final int[] path;
    private final int[] accountsOnPath;
    private final boolean[] onPath;
    private int steps;
    private int start;
    private long loops;
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    LoopSearch(PaymentGraph g, TypologyConfig.Loop c) {
        this.g = g;
        this.c = c;
        this.window = (long) (c.windowDays() * 86_400_000L);
        this.path = new int[c.maxLength()];
        this.accountsOnPath = new int[c.maxLength() + 1];
        this.onPath = new boolean[g.accountCount()];
    }

    long loops() {
        return loops;
    }

    void find(Findings out) {
        for (int s = 0; s < g.accountCount(); s++) {
            start = s;
            steps = 0;
            onPath[s] = true;
            accountsOnPath[0] = s;
            for (int k = g.outStart(s); k < g.outEnd(s) && steps <= c.budget(); k++) {
                int p = g.outPayment(k);
                int v = g.payee(p);
                if (v <= s) {
                    continue;
                }
                path[0] = p;
                accountsOnPath[1] = v;
                onPath[v] = true;
                extend(1, g.time(p), g.time(p), out);
                onPath[v] = false;
            }
            onPath[s] = false;
        }
    }

    private void extend(int depth, long tmin, long tmax, Findings out) {
        int last = path[depth - 1];
        int at = g.payee(last);
        int cur = g.currencyOf(last);
        long prev = g.units(last);
        for (int k = g.outStart(at); k < g.outEnd(at); k++) {
            if (++steps > c.budget()) {
                return;
            }
            int q = g.outPayment(k);
            int next = g.payee(q);
            if (g.currencyOf(q) != cur || next == at || (next != start && (next < start || onPath[next]))) {
                continue;
            }
            long u = g.units(q);
            if (u < c.minCarry() * prev || u > c.maxCarry() * prev) {
                continue;
            }
            long lo = Math.min(tmin, g.time(q));
            long hi = Math.max(tmax, g.time(q));
            if (hi - lo > window) {
                continue;
            }
            path[depth] = q;
            if (next == start) {
                if (depth + 1 >= c.minLength()) {
                    report(depth + 1, lo, hi, out);
                }
                continue;
            }
            if (depth + 1 >= c.maxLength()) {
                continue;
            }
            onPath[next] = true;
            accountsOnPath[depth + 1] = next;
            extend(depth + 1, lo, hi, out);
            onPath[next] = false;
        }
    }

    private void report(int length, long lo, long hi, Findings out) {
        int[] members = java.util.Arrays.copyOf(accountsOnPath, length);
        java.util.Arrays.sort(members);
        if (!seen.add(java.util.Arrays.toString(members))) {
            return;   // the same accounts by other payments: one loop is evidence enough
        }
        loops++;
        List<Evidence> ev = new ArrayList<>(length);
        StringBuilder route = new StringBuilder();
        for (int i = 0; i < length; i++) {
            ev.add(Evidence.of(g, path[i]));
            route.append(g.account(g.payer(path[i]))).append(" -> ");
        }
        route.append(g.account(start));
        String summary = String.format(Locale.ROOT, "closed loop of %d payments within %.0f days (booked out of loop order), %s %s "
                        + "first, %s last: %s", length, (hi - lo) / 86_400_000.0, Units.amount(g.units(path[0])).toPlainString(),
                g.currency(g.currencyOf(path[0])), Units.amount(g.units(path[length - 1])).toPlainString(), route);
        Finding f = new Finding("loop", 1.0, summary, ev);
        for (int i = 0; i < length; i++) {
            out.add(g.payer(path[i]), f);
        }
    }
}

package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.finance.flow.PaymentGraph;

/**
 * Fan-in (fan-out): the most distinct payers (payees) an account had within a sliding window, set
 * against what its own rate of payments would give by chance. With {@code N} payments received over
 * the data's span {@code T}, a window {@code w} expects {@code lambda = N w / T}; a burst of {@code k}
 * distinct counterparties is flagged when {@code k >= minCounterparties} and the Poisson tail
 * {@code P(X >= k)} is at most {@code maxProbability}. A busy account is thus not flagged for being
 * busy, only for a burst unusual for it. The counterparties of the burst are flagged as members.
 */
final class FanBursts {

    private final PaymentGraph g;
    private final TypologyConfig.Fan c;
    private final boolean in;
    private final long window;
    private final long span;
    private final int[] seen;
    private int flagged;

    FanBursts(PaymentGraph g, TypologyConfig.Fan c, boolean in) {
        this.g = g;
        this.c = c;
        this.in = in;
        this.window = (long) (c.windowDays() * 86_400_000L);
        int m = g.paymentCount();
        this.span = m == 0 ? window : Math.max(window, g.time(m - 1) - g.time(0));
        this.seen = new int[g.accountCount()];
    }

    int flagged() {
        return flagged;
    }

    void find(Findings out) {
        String key = in ? "fan_in" : "fan_out";
        for (int a = 0; a < g.accountCount(); a++) {
            int s = in ? g.inStart(a) : g.outStart(a);
            int e = in ? g.inEnd(a) : g.outEnd(a);
            if (e - s < c.minCounterparties()) {
                continue;
            }
            int best = 0;
            int bestFrom = s;
            int bestTo = s;
            int distinct = 0;
            int lo = s;
            for (int hi = s; hi < e; hi++) {
                int p = pay(hi);
                int other = other(p);
                if (other != a && seen[other]++ == 0) {
                    distinct++;
                }
                while (g.time(p) - g.time(pay(lo)) >= window) {
                    int o = other(pay(lo));
                    if (o != a && --seen[o] == 0) {
                        distinct--;
                    }
                    lo++;
                }
                if (distinct > best) {
                    best = distinct;
                    bestFrom = lo;
                    bestTo = hi;
                }
            }
            for (int k = lo; k < e; k++) {
                int o = other(pay(k));
                if (o != a) {
                    seen[o] = 0;
                }
            }
            if (best < c.minCounterparties()) {
                continue;
            }
            double lambda = (double) (e - s) * window / span;
            double log10p = Poisson.log10Tail(best, lambda);
            if (log10p > Math.log10(c.maxProbability())) {
                continue;
            }
            flagged++;
            double strength = Math.min(1.0, -log10p / c.fullStrengthLog10());
            List<Evidence> ev = new ArrayList<>();
            List<Integer> members = new ArrayList<>();
            for (int k = bestFrom; k <= bestTo; k++) {
                int p = pay(k);
                ev.add(Evidence.of(g, p));
                int o = other(p);
                if (o != a && !members.contains(o)) {
                    members.add(o);
                }
            }
            double days = (g.time(pay(bestTo)) - g.time(pay(bestFrom))) / 86_400_000.0;
            String summary = String.format(Locale.ROOT, "%d distinct %s within %.1f days (%d payments %s in all; chance of such a "
                    + "burst at its own rate 1 in %.3g)", best, in ? "payers" : "payees", days, e - s, in ? "received" : "made",
                    Math.pow(10, -log10p));
            out.add(a, new Finding(key, strength, summary, ev));
            if (c.memberWeight() > 0) {
                for (int o : members) {
                    List<Evidence> mine = new ArrayList<>();
                    for (int k = bestFrom; k <= bestTo; k++) {
                        if (other(pay(k)) == o) {
                            mine.add(Evidence.of(g, pay(k)));
                        }
                    }
                    out.add(o, new Finding(key + "_member", strength, (in ? "one of " + best + " payers of " : "one of " + best
                            + " payees of ") + g.account(a) + " within " + String.format(Locale.ROOT, "%.1f", days) + " days", mine));
                }
            }
        }
    }

    private int pay(int k) {
        return in ? g.inPayment(k) : g.outPayment(k);
    }

    private int other(int p) {
        return in ? g.payer(p) : g.payee(p);
    }
}

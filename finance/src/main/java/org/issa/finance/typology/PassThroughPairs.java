package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.finance.flow.PaymentGraph;

/**
 * Rapid pass-through (money mules): a receipt followed, within the window, by a payment of the same
 * currency to someone other than the payer, of between minCarry and maxCarry times the receipt. Each
 * receipt and each payment is matched at most once (greedily, earliest first). Strength: the share of
 * everything received that went straight through.
 */
final class PassThroughPairs {

    private final PaymentGraph g;
    private final TypologyConfig.PassThrough c;

    PassThroughPairs(PaymentGraph g, TypologyConfig.PassThrough c) {
        this.g = g;
        this.c = c;
    }

    void find(Findings out) {
        long window = (long) (c.windowHours() * 3_600_000L);
        for (int a = 0; a < g.accountCount(); a++) {
            int os = g.outStart(a);
            int oe = g.outEnd(a);
            if (oe == os || g.inEnd(a) == g.inStart(a)) {
                continue;
            }
            boolean[] used = new boolean[oe - os];
            List<Evidence> ev = new ArrayList<>();
            int pairs = 0;
            long through = 0;
            long received = 0;
            int first = os;
            for (int i = g.inStart(a); i < g.inEnd(a); i++) {
                int p = g.inPayment(i);
                if (g.payer(p) == a) {
                    continue;
                }
                received += g.units(p);
                while (first < oe && g.outPayment(first) < p) {
                    first++;
                }
                for (int k = first; k < oe; k++) {
                    int q = g.outPayment(k);
                    if (g.time(q) - g.time(p) > window) {
                        break;
                    }
                    if (used[k - os] || g.payee(q) == g.payer(p) || g.payee(q) == a || g.currencyOf(q) != g.currencyOf(p)) {
                        continue;
                    }
                    long u = g.units(q);
                    if (u >= c.minCarry() * g.units(p) && u <= c.maxCarry() * g.units(p)) {
                        used[k - os] = true;
                        pairs++;
                        through += g.units(p);
                        ev.add(Evidence.of(g, p));
                        ev.add(Evidence.of(g, q));
                        break;
                    }
                }
            }
            if (pairs < c.minPairs()) {
                continue;
            }
            double share = (double) through / received;
            String summary = String.format(Locale.ROOT, "%d receipts paid on within %.0f hours (%.0f%% of all received)", pairs,
                    c.windowHours(), 100 * share);
            out.add(a, new Finding("pass_through", Math.min(1.0, share), summary, ev));
        }
    }
}

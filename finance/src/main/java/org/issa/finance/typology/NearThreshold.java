package org.issa.finance.typology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.flow.Units;

/**
 * Structuring: payments just below the reporting threshold of their currency, at least
 * {@code minPayments} of them within the window, made or received by one account.
 */
final class NearThreshold {

    private final PaymentGraph g;
    private final TypologyConfig config;
    private final TypologyConfig.Structuring c;
    private final long[] low;
    private final long[] high;

    NearThreshold(PaymentGraph g, TypologyConfig config) {
        this.g = g;
        this.config = config;
        this.c = config.structuring();
        int cs = g.currencies().size();
        low = new long[cs];
        high = new long[cs];
        for (int k = 0; k < cs; k++) {
            Optional<BigDecimal> t = config.reportingThreshold(g.currency(k));
            if (t.isPresent()) {
                high[k] = Units.of(t.get(), "threshold");
                low[k] = Units.of(t.get().multiply(BigDecimal.valueOf(1 - c.margin())).setScale(Units.SCALE, java.math.RoundingMode.CEILING),
                        "threshold");
            } else {
                high[k] = -1;
            }
        }
    }

    /** Whether payment p is just below its currency's threshold. */
    boolean near(int p) {
        int k = g.currencyOf(p);
        long u = g.units(p);
        return high[k] > 0 && u >= low[k] && u < high[k];
    }

    void find(Findings out) {
        long window = (long) (c.windowDays() * 86_400_000L);
        List<Integer> hits = new ArrayList<>();
        for (int a = 0; a < g.accountCount(); a++) {
            hits.clear();
            int i = g.inStart(a);
            int o = g.outStart(a);
            while (i < g.inEnd(a) || o < g.outEnd(a)) {
                int pi = i < g.inEnd(a) ? g.inPayment(i) : Integer.MAX_VALUE;
                int po = o < g.outEnd(a) ? g.outPayment(o) : Integer.MAX_VALUE;
                int p;
                if (pi < po) {
                    p = pi;
                    i++;
                } else {
                    p = po;
                    o++;
                }
                if (near(p) && g.payer(p) != g.payee(p)) {
                    hits.add(p);
                }
            }
            if (hits.size() < c.minPayments()) {
                continue;
            }
            int best = 0;
            int bestLo = 0;
            int lo = 0;
            for (int hi = 0; hi < hits.size(); hi++) {
                while (g.time(hits.get(hi)) - g.time(hits.get(lo)) >= window) {
                    lo++;
                }
                if (hi - lo + 1 > best) {
                    best = hi - lo + 1;
                    bestLo = lo;
                }
            }
            if (best < c.minPayments()) {
                continue;
            }
            List<Evidence> ev = new ArrayList<>();
            for (int k = bestLo; k < bestLo + best; k++) {
                ev.add(Evidence.of(g, hits.get(k)));
            }
            int first = hits.get(bestLo);
            String summary = String.format(Locale.ROOT, "%d payments within %.0f days between %s and %s %s (the reporting threshold)",
                    best, c.windowDays(), Units.amount(low[g.currencyOf(first)]).toPlainString(),
                    Units.amount(high[g.currencyOf(first)]).toPlainString(), g.currency(g.currencyOf(first)));
            out.add(a, new Finding("structuring", Math.min(1.0, best / (2.0 * c.minPayments())), summary, ev));
        }
    }
}

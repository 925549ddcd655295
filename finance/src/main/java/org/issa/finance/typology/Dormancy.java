package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.finance.flow.PaymentGraph;

/**
 * Dormant accounts suddenly active: an account with activity, then none for at least quietDays, then
 * at least burstPayments payments (in or out) within burstDays.
 */
final class Dormancy {

    private final PaymentGraph g;
    private final TypologyConfig.Dormant c;

    Dormancy(PaymentGraph g, TypologyConfig.Dormant c) {
        this.g = g;
        this.c = c;
    }

    void find(Findings out) {
        long quiet = (long) (c.quietDays() * 86_400_000L);
        long burst = (long) (c.burstDays() * 86_400_000L);
        for (int a = 0; a < g.accountCount(); a++) {
            int[] ps = merged(a);
            if (ps.length < c.burstPayments() + 1) {
                continue;
            }
            for (int k = 1; k < ps.length; k++) {
                if (g.time(ps[k]) - g.time(ps[k - 1]) < quiet) {
                    continue;
                }
                int end = k;
                while (end < ps.length && g.time(ps[end]) - g.time(ps[k]) < burst) {
                    end++;
                }
                int count = end - k;
                if (count >= c.burstPayments()) {
                    List<Evidence> ev = new ArrayList<>();
                    ev.add(Evidence.of(g, ps[k - 1]));
                    for (int j = k; j < end; j++) {
                        ev.add(Evidence.of(g, ps[j]));
                    }
                    double days = (g.time(ps[k]) - g.time(ps[k - 1])) / 86_400_000.0;
                    out.add(a, new Finding("dormant", Math.min(1.0, count / (2.0 * c.burstPayments())), String.format(Locale.ROOT,
                            "quiet for %.0f days, then %d payments within %.0f days", days, count, c.burstDays()), ev));
                    break;
                }
            }
        }
    }

    private int[] merged(int a) {
        int[] out = new int[g.inDegree(a) + g.outDegree(a)];
        int i = g.inStart(a);
        int o = g.outStart(a);
        int n = 0;
        while (i < g.inEnd(a) || o < g.outEnd(a)) {
            int pi = i < g.inEnd(a) ? g.inPayment(i) : Integer.MAX_VALUE;
            int po = o < g.outEnd(a) ? g.outPayment(o) : Integer.MAX_VALUE;
            if (pi == po) {   // a self-transfer is in both lists
                out[n++] = pi;
                i++;
                o++;
            } else if (pi < po) {
                out[n++] = pi;
                i++;
            } else {
                out[n++] = po;
                o++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}

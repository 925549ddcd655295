package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issa.finance.flow.PaymentGraph;

/**
 * Recurring fan-in (fan-out): an account fed by (feeding) at least {@code minCounterparties} distinct
 * accounts that each paid it (were paid) at least {@code minRepeats} times within the window: a fixed
 * group placing funds in instalments into a collection account, or one account paying out to a fixed
 * group again and again. The counterparties are flagged as members.
 */
final class RecurringFeeders {

    private final PaymentGraph g;
    private final TypologyConfig.Recurring c;
    private final boolean in;

    RecurringFeeders(PaymentGraph g, TypologyConfig.Recurring c, boolean in) {
        this.g = g;
        this.c = c;
        this.in = in;
    }

    void find(Findings out) {
        String key = in ? "recurring_fan_in" : "recurring_fan_out";
        long window = (long) (c.windowDays() * 86_400_000L);
        for (int a = 0; a < g.accountCount(); a++) {
            int s = in ? g.inStart(a) : g.outStart(a);
            int e = in ? g.inEnd(a) : g.outEnd(a);
            if (e - s < c.minCounterparties() * c.minRepeats()) {
                continue;
            }
            Map<Integer, List<Integer>> byOther = new HashMap<>();
            for (int k = s; k < e; k++) {
                int p = in ? g.inPayment(k) : g.outPayment(k);
                int o = in ? g.payer(p) : g.payee(p);
                if (o != a) {
                    byOther.computeIfAbsent(o, x -> new ArrayList<>()).add(p);
                }
            }
            List<Integer> members = new ArrayList<>();
            List<Evidence> ev = new ArrayList<>();
            int payments = 0;
            for (Map.Entry<Integer, List<Integer>> en : byOther.entrySet()) {
                List<Integer> ps = en.getValue();
                // the most payments of this counterparty within one window
                int best = 0;
                int lo = 0;
                for (int hi = 0; hi < ps.size(); hi++) {
                    while (g.time(ps.get(hi)) - g.time(ps.get(lo)) > window) {
                        lo++;
                    }
                    best = Math.max(best, hi - lo + 1);
                }
                if (best >= c.minRepeats()) {
                    members.add(en.getKey());
                    payments += ps.size();
                }
            }
            if (members.size() < c.minCounterparties()) {
                continue;
            }
            members.sort(null);
            for (int o : members) {
                for (int p : byOther.get(o)) {
                    ev.add(Evidence.of(g, p));
                }
            }
            ev.sort(java.util.Comparator.comparing(Evidence::time));
            double strength = 1.0;   // the criterion itself (a fixed group, repeatedly) is the evidence
            out.add(a, new Finding(key, strength, String.format(Locale.ROOT, "%d accounts %s it at least %d times each within %.0f days "
                    + "(%d payments)", members.size(), in ? "paid" : "were paid by", c.minRepeats(), c.windowDays(), payments), ev));
            for (int o : members) {
                List<Evidence> mine = new ArrayList<>();
                for (int p : byOther.get(o)) {
                    mine.add(Evidence.of(g, p));
                }
                out.add(o, new Finding(key + "_member", strength, String.format(Locale.ROOT, "one of %d accounts that %s %s repeatedly",
                        members.size(), in ? "paid" : "were paid by", g.account(a)), mine));
            }
        }
    }
}

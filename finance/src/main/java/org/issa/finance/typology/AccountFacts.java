package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.List;
import org.issa.finance.flow.PaymentGraph;
import org.issa.rules.Facts;
import org.issa.rules.Field;
import org.issa.rules.FieldType;
import org.issa.rules.Model;

/**
 * The per-account aggregates typology rules may read, as a {@link Model} of the {@code rules} module.
 * Amounts are in the account's main currency (the one most of its payments use); the number of
 * currencies is a field of its own, so nothing is summed across currencies.
 */
public final class AccountFacts {

    public static final Model MODEL = new Model("account", List.of(
            f("account.in_count", FieldType.INT, "Payments received", "Payments received, all currencies", "12"),
            f("account.out_count", FieldType.INT, "Payments made", "Payments made, all currencies", "9"),
            f("account.in_counterparties", FieldType.INT, "Distinct payers", "Distinct accounts that paid it", "10"),
            f("account.out_counterparties", FieldType.INT, "Distinct payees", "Distinct accounts it paid", "4"),
            f("account.in_amount", FieldType.DOUBLE, "Amount received", "Total received in its main currency", "25000.0"),
            f("account.out_amount", FieldType.DOUBLE, "Amount paid", "Total paid in its main currency", "24500.0"),
            f("account.pass_through_ratio", FieldType.DOUBLE, "Paid on / received",
                    "Amount paid divided by amount received (main currency); 0 when nothing was received", "0.98"),
            f("account.active_days", FieldType.INT, "Active days", "Days from its first to its last payment", "30"),
            f("account.longest_quiet_days", FieldType.INT, "Longest quiet spell", "The longest gap between two payments, in days", "120"),
            f("account.near_threshold_count", FieldType.INT, "Payments just below the threshold",
                    "Payments made or received just below the reporting threshold (structuring margin)", "3"),
            f("account.currency_count", FieldType.INT, "Currencies", "Currencies it paid or received in", "1"),
            f("account.typologies", FieldType.STRING_LIST, "Graph patterns found",
                    "The graph patterns found for it in this scan (cycle, loop, fan_in, fan_in_member, fan_out, fan_out_member, "
                            + "structuring, pass_through, dormant)", "[\"cycle\"]")));

    private AccountFacts() {
    }

    private static Field f(String name, FieldType type, String label, String description, String example) {
        return Field.targeting(name, type, label, description, example);
    }

    /** Computes the facts of every account. */
    static Facts[] of(PaymentGraph g, NearThreshold near, Findings findings) {
        int n = g.accountCount();
        Facts[] out = new Facts[n];
        int[] mark = new int[n];
        int cs = g.currencies().size();
        int[] perCurrency = new int[cs];
        for (int a = 0; a < n; a++) {
            java.util.Arrays.fill(perCurrency, 0);
            int inCp = 0;
            int outCp = 0;
            int nearCount = 0;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int k = g.inStart(a); k < g.inEnd(a); k++) {
                int p = g.inPayment(k);
                perCurrency[g.currencyOf(p)]++;
                if (mark[g.payer(p)] != a + 1) {
                    mark[g.payer(p)] = a + 1;
                    inCp++;
                }
                nearCount += near.near(p) ? 1 : 0;
                first = Math.min(first, g.time(p));
                last = Math.max(last, g.time(p));
            }
            for (int k = g.outStart(a); k < g.outEnd(a); k++) {
                int p = g.outPayment(k);
                perCurrency[g.currencyOf(p)]++;
                if (mark[g.payee(p)] != -(a + 1)) {
                    mark[g.payee(p)] = -(a + 1);
                    outCp++;
                }
                nearCount += near.near(p) ? 1 : 0;
                first = Math.min(first, g.time(p));
                last = Math.max(last, g.time(p));
            }
            int main = 0;
            int used = 0;
            for (int c = 0; c < cs; c++) {
                if (perCurrency[c] > perCurrency[main]) {
                    main = c;
                }
                used += perCurrency[c] > 0 ? 1 : 0;
            }
            long in = 0;
            long outAmt = 0;
            for (int k = g.inStart(a); k < g.inEnd(a); k++) {
                int p = g.inPayment(k);
                in += g.currencyOf(p) == main ? g.units(p) : 0;
            }
            for (int k = g.outStart(a); k < g.outEnd(a); k++) {
                int p = g.outPayment(k);
                outAmt += g.currencyOf(p) == main ? g.units(p) : 0;
            }
            List<String> typologies = new ArrayList<>();
            for (Finding f : findings.of(a)) {
                if (!f.typology().startsWith("rule:")) {
                    typologies.add(f.typology());
                }
            }
            typologies.sort(null);
            double scale = Math.pow(10, org.issa.finance.flow.Units.SCALE);
            out[a] = MODEL.facts()
                    .put("account.in_count", g.inDegree(a))
                    .put("account.out_count", g.outDegree(a))
                    .put("account.in_counterparties", inCp)
                    .put("account.out_counterparties", outCp)
                    .put("account.in_amount", in / scale)
                    .put("account.out_amount", outAmt / scale)
                    .put("account.pass_through_ratio", in == 0 ? 0.0 : (double) outAmt / in)
                    .put("account.active_days", first == Long.MAX_VALUE ? 0 : (int) ((last - first) / 86_400_000L))
                    .put("account.longest_quiet_days", quietDays(g, a))
                    .put("account.near_threshold_count", nearCount)
                    .put("account.currency_count", used)
                    .put("account.typologies", typologies)
                    .build();
        }
        return out;
    }

    private static int quietDays(PaymentGraph g, int a) {
        long best = 0;
        long prev = Long.MIN_VALUE;
        int i = g.inStart(a);
        int o = g.outStart(a);
        while (i < g.inEnd(a) || o < g.outEnd(a)) {
            int pi = i < g.inEnd(a) ? g.inPayment(i) : Integer.MAX_VALUE;
            int po = o < g.outEnd(a) ? g.outPayment(o) : Integer.MAX_VALUE;
            int p = Math.min(pi, po);
            if (p == pi) {
                i++;
            }
            if (p == po) {
                o++;
            }
            if (prev != Long.MIN_VALUE) {
                best = Math.max(best, g.time(p) - prev);
            }
            prev = g.time(p);
        }
        return (int) (best / 86_400_000L);
    }
}

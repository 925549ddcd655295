package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.issa.rules.CompiledRule;
import org.issa.rules.Facts;
import org.issa.rules.RuleCompiler;

/**
 * The backtest benchmark for {@code ./issa bench pnr}: one criterion over {@code bookings} generated bookings (streamed,
 * as a store would stream them), and, as the baseline on the same machine, the same stream without evaluation. Also
 * the cost of one evaluation on prepared facts, in microseconds.
 */
public final class BacktestBench {

    /** The criterion benchmarked: a specific one with a list test, a range and a boolean. */
    public static final String CRITERION = "itinerary.airports.exists(a, a in ['IST', 'SAW', 'BEY']) && booking.paid_cash "
            + "&& booking.days_before_departure <= 3";

    private BacktestBench() {
    }

    /**
     * Runs the benchmark and returns {@code backtest_seconds}, {@code stream_only_seconds} (generation without
     * evaluation), {@code bookings}, {@code passengers}, {@code hits}, {@code eval_us} (microseconds per CEL evaluation) and {@code java_baseline_eval_us} (the same criterion
     * hand-written in Java over the same facts).
     */
    public static Map<String, Object> run(int bookings) {
        LocalDate from = LocalDate.of(2026, 1, 1);
        SyntheticBookings source = new SyntheticBookings(42, bookings, from, 365);
        CompiledRule rule = new RuleCompiler(CriteriaModel.MODEL).compile(CRITERION).orThrow();

        long[] streamed = {0};
        long t0 = System.nanoTime();
        source.forEach(from, from.plusDays(364), b -> streamed[0] += b.booking().passengers().size());
        double streamOnly = (System.nanoTime() - t0) / 1e9;

        Backtest.Result r = Backtest.run(rule, source, from, from.plusDays(364), TravelHistoryLookup.NONE, 20);

        Facts[] prepared = new SyntheticBookings(7, 2000, from, 30).all().stream()
                .flatMap(b -> PassengerFacts.of(b.booking(), TravelHistoryLookup.NONE).stream()).toArray(Facts[]::new);
        long sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += rule.evaluate(prepared[i % prepared.length]).hit() ? 1 : 0;
        }
        int n = 1_000_000;
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += rule.evaluate(prepared[i % prepared.length]).hit() ? 1 : 0;
        }
        double evalUs = (System.nanoTime() - t1) / 1e3 / n;
        // Baseline on the same machine: the same criterion written by hand in Java over the same facts.
        for (int i = 0; i < 200_000; i++) {
            sink += byHand(prepared[i % prepared.length]) ? 1 : 0;
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += byHand(prepared[i % prepared.length]) ? 1 : 0;
        }
        double javaUs = (System.nanoTime() - t2) / 1e3 / n;

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("backtest_seconds", round(r.seconds()));
        out.put("stream_only_seconds", round(streamOnly));
        out.put("bookings", r.bookings());
        out.put("passengers", r.passengers());
        out.put("hits", r.hits());
        out.put("eval_us", round(evalUs));
        out.put("java_baseline_eval_us", round(javaUs));
        out.put("eval_sink", sink);
        return out;
    }

    /** {@link #CRITERION} in plain Java, reading the same facts: the baseline for {@code eval_us}. */
    @SuppressWarnings("unchecked")
    private static boolean byHand(Facts f) {
        java.util.List<String> airports = (java.util.List<String>) f.value("itinerary.airports").orElse(null);
        Object cash = f.value("booking.paid_cash").orElse(null);
        Object days = f.value("booking.days_before_departure").orElse(null);
        if (airports == null || cash == null || days == null) {
            return false;
        }
        boolean route = false;
        for (String a : airports) {
            route |= a.equals("IST") || a.equals("SAW") || a.equals("BEY");
        }
        return route && (Boolean) cash && (Long) days <= 3;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.println(run(n));
    }
}

package org.issa.finance.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.issa.finance.payment.Payment;
import org.junit.jupiter.api.Test;

/**
 * The {@link Tracer} (payments broken down one at a time, on demand, from a per-account sweep) against the
 * {@link ReferenceTracer} (every payment of an account broken down over all its receipts): identical for FIFO
 * and for every forward trace; for backward pro rata equal to rounding (the reference rounds at every payment
 * of the account, the tracer once per payment broken down), and both conserve exactly.
 */
class TracerEquivalenceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Payment pay(int i, String from, String to, long cents, int hour) {
        return new Payment("p" + i, from, "", to, "", BigDecimal.valueOf(cents, 2), "EUR", T0.plusSeconds(hour * 3600L), "");
    }

    /** Small random graphs as in {@code TracerTest}, and larger ones with busy accounts and long histories. */
    private static List<Payment> randomGraph(Random random, boolean busy) {
        List<Payment> payments = new ArrayList<>();
        int accounts = busy ? 10 + random.nextInt(40) : 3 + random.nextInt(25);
        int count = busy ? 500 + random.nextInt(3000) : 1 + random.nextInt(300);
        for (int i = 0; i < count; i++) {
            int a = busy && random.nextInt(3) == 0 ? random.nextInt(3) : random.nextInt(accounts);
            int b = busy && random.nextInt(3) == 0 ? random.nextInt(3) : random.nextInt(accounts);
            long cents = 1 + (random.nextInt(5) == 0 ? random.nextInt(1_000_000) : random.nextInt(10_000));
            payments.add(pay(i, "a" + a, "a" + b, cents, busy ? i / 3 : random.nextInt(200)));
        }
        return payments;
    }

    @Test
    void fifoAndForwardTracesAreIdenticalAndBackwardProRataAgreesToRounding() {
        Random random = new Random(20261129);
        int compared = 0;
        int proRataDiffering = 0;
        for (int round = 0; round < 260; round++) {
            PaymentGraph graph = PaymentGraph.of(randomGraph(random, round >= 200));
            Tracer tracer = new Tracer(graph);
            ReferenceTracer reference = new ReferenceTracer(graph);
            for (int k = 0; k < 4; k++) {
                String origin = graph.account(random.nextInt(graph.accountCount()));
                for (Direction d : Direction.values()) {
                    for (AllocationRule rule : AllocationRule.values()) {
                        TraceRequest request = TraceRequest.of(origin, d, 1 + random.nextInt(TraceRequest.MAX_HOPS), rule);
                        Trace now = tracer.trace(request);
                        Trace before = reference.trace(request);
                        TracerTest.conserved(now);
                        compared++;
                        if (rule == AllocationRule.FIFO || d == Direction.FORWARD) {
                            assertEquals(before, now, "identical: " + request);
                            continue;
                        }
                        proRataDiffering += before.equals(now) ? 0 : 1;
                        assertEquals(0, before.traced().compareTo(now.traced()), "the same amount traced: " + request);
                        // one cent per hop: rounding, never a different attribution
                        BigDecimal bound = new BigDecimal("0.01").multiply(BigDecimal.valueOf(request.hops()));
                        Map<String, BigDecimal> diff = new HashMap<>();
                        before.accounts().forEach(a -> diff.merge(a.account(), a.traced(), BigDecimal::add));
                        now.accounts().forEach(a -> diff.merge(a.account(), a.traced().negate(), BigDecimal::add));
                        diff.forEach((account, d1) -> assertTrue(d1.abs().compareTo(bound) <= 0,
                                account + " differs by " + d1 + " in " + request));
                    }
                }
            }
        }
        assertEquals(260 * 4 * 4, compared);
        assertTrue(proRataDiffering > 0, "the comparison can see a difference (rounding), so it is not comparing a tracer with itself");
    }

    @Test
    void proRataBackwardTakesEachReceiptsShareOfTheBalanceWhenThePaymentWasMade() {
        List<Payment> p = new ArrayList<>();
        p.add(pay(0, "X", "B", 10_000, 1));   // B holds X 100
        p.add(pay(1, "A", "B", 10_000, 2));   // X 100, A 100
        p.add(pay(2, "B", "C", 5_000, 3));    // takes a quarter of each: X 75, A 75
        p.add(pay(3, "Y", "B", 5_000, 4));    // X 75, A 75, Y 50
        p.add(pay(4, "B", "D", 10_000, 5));   // half of each: X 37.5, A 37.5, Y 25
        Trace t = new Tracer(PaymentGraph.of(p)).trace(TraceRequest.of("D", Direction.BACKWARD, 2, AllocationRule.PROPORTIONAL));
        TracerTest.conserved(t);
        assertEquals(0, new BigDecimal("37.5").compareTo(traced(t, "X")));
        assertEquals(0, new BigDecimal("37.5").compareTo(traced(t, "A")));
        assertEquals(0, new BigDecimal("25").compareTo(traced(t, "Y")));
    }

    @Test
    void aPaymentThatEmptiesTheAccountLeavesNothingOfTheEarlierReceipts() {
        List<Payment> p = new ArrayList<>();
        p.add(pay(0, "X", "B", 10_000, 1));
        p.add(pay(1, "B", "C", 10_000, 2));   // B empty
        p.add(pay(2, "A", "B", 5_000, 3));
        p.add(pay(3, "B", "D", 5_000, 4));
        for (AllocationRule rule : AllocationRule.values()) {
            Trace t = new Tracer(PaymentGraph.of(p)).trace(TraceRequest.of("D", Direction.BACKWARD, 3, rule));
            TracerTest.conserved(t);
            assertEquals(0, new BigDecimal("50").compareTo(traced(t, "A")), rule.name());
            assertFalse(t.accounts().stream().anyMatch(a -> a.account().equals("X")), rule + ": X's money left with C");
        }
    }

    @Test
    void receiptsShrunkBelowAUnitAreSkippedAndTheSharesAreTheExactProRataOnes() {
        // B receives a large sum once, then small receipts, and after each pays out half its balance: the first
        // receipt is soon worth far less than a unit of the later payments, which are broken down without it. The
        // shares are checked against pro rata computed here in floating point, receipt by receipt.
        List<Payment> p = new ArrayList<>();
        int i = 0;
        long balance = 100_000_000;
        p.add(pay(i++, "X", "B", balance, 0));
        List<String> holders = new ArrayList<>(List.of("X"));
        List<Double> held = new ArrayList<>(List.of((double) balance * 100));   // in units
        Map<String, Map<String, Double>> exact = new HashMap<>();
        for (int k = 1; k <= 60; k++) {
            p.add(pay(i++, "A" + k, "B", 1_000 + k, 2 * k - 1));
            balance += 1_000 + k;
            holders.add("A" + k);
            held.add((1_000.0 + k) * 100);
            long half = balance / 2;
            p.add(pay(i++, "B", "D" + k, half, 2 * k));
            double f = (double) half / balance;
            Map<String, Double> shares = new HashMap<>();
            for (int j = 0; j < held.size(); j++) {
                shares.put(holders.get(j), held.get(j) * f);
                held.set(j, held.get(j) * (1 - f));
            }
            exact.put("D" + k, shares);
            balance -= half;
        }
        PaymentGraph graph = PaymentGraph.of(p);
        Tracer tracer = new Tracer(graph);
        for (int k : new int[] {1, 10, 29, 45, 60}) {
            Trace t = tracer.trace(TraceRequest.of("D" + k, Direction.BACKWARD, 2, AllocationRule.PROPORTIONAL));
            TracerTest.conserved(t);
            long minimum = Math.max(100, Units.of(t.traced(), "t") / 10_000);
            for (Map.Entry<String, Double> e : exact.get("D" + k).entrySet()) {
                double units = e.getValue();
                boolean in = t.accounts().stream().anyMatch(a -> a.account().equals(e.getKey()));
                if (units >= minimum + 3) {
                    assertTrue(in, "D" + k + ": " + e.getKey() + " gave " + units + " units");
                }
                if (in) {
                    double got = Units.of(traced(t, e.getKey()), "t");
                    assertTrue(Math.abs(got - units) <= 3, "D" + k + ": " + e.getKey() + " " + got + " units, pro rata " + units);
                }
            }
            if (k >= 45) {
                assertFalse(t.accounts().stream().anyMatch(a -> a.account().equals("X")), "X's money is gone from B by D" + k);
            }
        }
    }

    private static BigDecimal traced(Trace t, String account) {
        return t.accounts().stream().filter(a -> a.account().equals(account)).findFirst()
                .orElseThrow(() -> new AssertionError(account + " not in " + t.accounts())).traced();
    }
}

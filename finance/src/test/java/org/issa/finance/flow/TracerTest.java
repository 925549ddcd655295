package org.issa.finance.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.payment.Payment;
import org.junit.jupiter.api.Test;

class TracerTest {

    private final List<Payment> payments = new ArrayList<>();

    private void pay(String from, String to, String amount, int hour) {
        pay(from, to, amount, hour, "EUR");
    }

    private void pay(String from, String to, String amount, int hour, String currency) {
        payments.add(new Payment("p" + payments.size(), from, "", to, "", new BigDecimal(amount), currency,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(hour * 3600L), ""));
    }

    private Trace trace(String account, Direction d, int hops, AllocationRule rule) {
        return new Tracer(PaymentGraph.of(payments)).trace(TraceRequest.of(account, d, hops, rule));
    }

    private static Trace.Account acc(Trace t, String account) {
        return t.accounts().stream().filter(a -> a.account().equals(account)).findFirst()
                .orElseThrow(() -> new AssertionError(account + " not in the trace " + t.accounts()));
    }

    private static boolean has(Trace t, String account) {
        return t.accounts().stream().anyMatch(a -> a.account().equals(account));
    }

    private static void amount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void aChainIsFollowedHopByHopUpToTheLimit() {
        pay("A", "B", "100", 1);
        pay("B", "C", "100", 2);
        pay("C", "D", "100", 3);
        for (AllocationRule rule : AllocationRule.values()) {
            Trace t = trace("A", Direction.FORWARD, 3, rule);
            amount("100", t.traced());
            amount("100", acc(t, "B").followed());
            amount("100", acc(t, "C").followed());
            amount("100", acc(t, "D").retained());
            assertEquals(3, acc(t, "D").hop());
            Trace two = trace("A", Direction.FORWARD, 2, rule);
            assertFalse(has(two, "D"));
            amount("100", acc(two, "C").retained());
            amount("0", acc(two, "C").followed());
            conserved(two);
        }
    }

    @Test
    void moneyMovesOnlyAfterItArrived() {
        pay("B", "C", "50", 1);   // before B received anything traced
        pay("A", "B", "100", 2);
        for (AllocationRule rule : AllocationRule.values()) {
            Trace t = trace("A", Direction.FORWARD, 4, rule);
            assertFalse(has(t, "C"), rule.name());
            amount("100", acc(t, "B").retained());
            Trace back = trace("C", Direction.BACKWARD, 4, rule);
            amount("50", acc(back, "B").retained());   // B paid C from funds of unknown origin
            assertFalse(has(back, "A"));
        }
    }

    @Test
    void aSplitAttributesByFifoOrProRata() {
        pay("X", "B", "100", 0);
        pay("A", "B", "100", 1);
        pay("B", "C", "50", 2);
        pay("B", "D", "150", 3);
        Trace fifo = trace("A", Direction.FORWARD, 3, AllocationRule.FIFO);
        assertFalse(has(fifo, "C"), "FIFO: the first 50 out are X's older money");
        amount("100", acc(fifo, "D").traced());
        Trace pro = trace("A", Direction.FORWARD, 3, AllocationRule.PROPORTIONAL);
        amount("25", acc(pro, "C").traced());
        amount("75", acc(pro, "D").traced());
        amount("100", acc(pro, "B").followed());
        conserved(fifo);
        conserved(pro);

        Trace backFifo = trace("D", Direction.BACKWARD, 3, AllocationRule.FIFO);
        amount("50", acc(backFifo, "X").traced());
        amount("100", acc(backFifo, "A").traced());
        Trace backPro = trace("D", Direction.BACKWARD, 3, AllocationRule.PROPORTIONAL);
        amount("75", acc(backPro, "X").traced());
        amount("75", acc(backPro, "A").traced());
        conserved(backFifo);
        conserved(backPro);
    }

    @Test
    void aMergeAddsUp() {
        pay("A", "B", "60", 1);
        pay("A", "C", "40", 1);
        pay("B", "D", "60", 2);
        pay("C", "D", "40", 3);
        for (AllocationRule rule : AllocationRule.values()) {
            Trace t = trace("A", Direction.FORWARD, 2, rule);
            amount("100", acc(t, "D").traced());
            assertEquals(2, acc(t, "D").hop());
            Trace back = trace("D", Direction.BACKWARD, 2, rule);
            amount("100", acc(back, "A").traced());
            conserved(t);
            conserved(back);
        }
    }

    @Test
    void moneyComingBackInACycleStaysWithTheTracedAccount() {
        pay("A", "B", "100", 1);
        pay("B", "C", "90", 2);
        pay("C", "A", "80", 3);
        pay("A", "D", "50", 4);
        for (AllocationRule rule : AllocationRule.values()) {
            Trace t = trace("A", Direction.FORWARD, 6, rule);
            amount("150", t.traced());
            amount("230", acc(t, "A").traced());   // 150 sent, 80 came back
            amount("150", acc(t, "A").followed());
            amount("80", acc(t, "A").retained());
            amount("10", acc(t, "B").retained());
            amount("10", acc(t, "C").retained());
            conserved(t);
            Trace back = trace("A", Direction.BACKWARD, 6, rule);
            amount("80", back.traced());
            conserved(back);
        }
    }

    @Test
    void paymentsAtTheSameTimeFollowTheOrderReceived() {
        pay("A", "B", "100", 5);
        pay("B", "C", "100", 5);   // same hour, received after: may carry it
        pay("B", "E", "7", 4);     // earlier: may not
        Trace t = trace("A", Direction.FORWARD, 2, AllocationRule.FIFO);
        amount("100", acc(t, "C").traced());
        assertFalse(has(t, "E"));
    }

    @Test
    void aPaymentLargerThanTheReceiptsIsPartlyOfUnknownOrigin() {
        pay("A", "B", "100", 1);
        pay("B", "C", "300", 2);
        for (AllocationRule rule : AllocationRule.values()) {
            Trace t = trace("A", Direction.FORWARD, 2, rule);
            amount("100", acc(t, "C").traced());
            Trace back = trace("C", Direction.BACKWARD, 2, rule);
            amount("300", acc(back, "B").traced());
            amount("100", acc(back, "B").followed());
            amount("200", acc(back, "B").retained());
        }
    }

    @Test
    void currenciesAreNeverMixed() {
        pay("A", "B", "100", 1, "EUR");
        pay("A", "B", "100", 1, "USD");
        pay("B", "C", "150", 2, "USD");
        Tracer tracer = new Tracer(PaymentGraph.of(payments));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> tracer.trace(TraceRequest.of("A", Direction.FORWARD, 2, AllocationRule.FIFO)));
        assertTrue(e.getMessage().contains("EUR") && e.getMessage().contains("USD"), e.getMessage());
        Trace eur = tracer.trace(new TraceRequest("A", Direction.FORWARD, 2, AllocationRule.FIFO, Optional.of("EUR"),
                Optional.empty(), Optional.empty()));
        assertFalse(has(eur, "C"), "the USD payment does not carry euros");
        Trace usd = tracer.trace(new TraceRequest("A", Direction.FORWARD, 2, AllocationRule.FIFO, Optional.of("usd"),
                Optional.empty(), Optional.empty()));
        amount("100", acc(usd, "C").traced());
    }

    @Test
    void amountsAreExactToTheLastUnit() {
        pay("A", "B", "0.03", 1);
        pay("X", "B", "0.03", 0);
        pay("B", "C", "0.01", 2);
        pay("B", "D", "0.05", 3);
        Trace t = trace("A", Direction.FORWARD, 2, AllocationRule.PROPORTIONAL);
        conserved(t);
        amount("0.03", acc(t, "B").traced());
        assertThrows(InvalidInputException.class, () -> PaymentGraph.of(List.of(new Payment("r", "A", "", "B", "",
                new BigDecimal("0.00001"), "EUR", Instant.EPOCH, ""))));
    }

    @Test
    void conservationHoldsOnRandomGraphs() {
        Random random = new Random(20261129);
        for (int round = 0; round < 200; round++) {
            payments.clear();
            int accounts = 3 + random.nextInt(25);
            int count = 1 + random.nextInt(300);
            for (int i = 0; i < count; i++) {
                int a = random.nextInt(accounts);
                int b = random.nextInt(accounts);
                long cents = 1 + (random.nextInt(5) == 0 ? random.nextInt(1_000_000) : random.nextInt(10_000));
                pay("a" + a, "a" + b, BigDecimal.valueOf(cents, 2).toPlainString(), random.nextInt(200));
            }
            PaymentGraph graph = PaymentGraph.of(payments);
            Tracer tracer = new Tracer(graph);
            for (int k = 0; k < 4; k++) {
                String origin = graph.account(random.nextInt(graph.accountCount()));
                for (Direction d : Direction.values()) {
                    for (AllocationRule rule : AllocationRule.values()) {
                        int hops = 1 + random.nextInt(7);
                        conserved(tracer.trace(TraceRequest.of(origin, d, hops, rule)));
                    }
                }
            }
        }
    }

    /** The conservation laws every trace obeys. */
    static void conserved(Trace t) {
        String origin = t.request().account();
        boolean forward = t.request().direction() == Direction.FORWARD;
        Map<String, BigDecimal> in = new HashMap<>();
        Map<String, BigDecimal> out = new HashMap<>();
        Map<String, Integer> firstIn = new HashMap<>();
        BigDecimal retained = BigDecimal.ZERO;
        int index = 0;
        for (Trace.Transfer p : t.payments()) {
            assertTrue(p.attributed().signum() > 0, "a payment used carries something: " + p);
            assertTrue(p.attributed().compareTo(p.amount()) <= 0, "never more than the payment: " + p);
            assertTrue(p.hop() >= 1 && p.hop() <= t.request().hops(), "within the hops: " + p);
            String arriving = forward ? p.payee() : p.payer();
            String leaving = forward ? p.payer() : p.payee();
            in.merge(arriving, p.attributed(), BigDecimal::add);
            out.merge(leaving, p.attributed(), BigDecimal::add);
            firstIn.putIfAbsent(arriving, index++);
        }
        for (Trace.Account a : t.accounts()) {
            assertEquals(0, a.traced().compareTo(a.followed().add(a.retained())), "traced = followed + retained at " + a);
            assertTrue(a.retained().signum() >= 0 && a.followed().signum() >= 0, "never negative: " + a);
            retained = retained.add(a.retained());
            BigDecimal arrived = in.getOrDefault(a.account(), BigDecimal.ZERO);
            BigDecimal left = out.getOrDefault(a.account(), BigDecimal.ZERO);
            if (a.account().equals(origin)) {
                assertEquals(0, a.traced().compareTo(t.traced().add(arrived)), "traced at the origin: sent plus returned " + a);
                assertEquals(0, a.followed().compareTo(t.traced()), "the origin passes on what is traced " + a);
            } else {
                assertEquals(0, a.traced().compareTo(arrived), "what reached " + a.account() + " is what the payments brought");
                assertEquals(0, a.followed().compareTo(left), "what " + a.account() + " passed on is what its payments took");
            }
        }
        assertEquals(0, retained.compareTo(t.traced()), "nothing created or lost: all traced money rests somewhere");
        if (forward) {
            // time order: an account other than the origin passes money on only after some reached it
            List<Trace.Transfer> ps = t.payments();
            for (int i = 0; i < ps.size(); i++) {
                Trace.Transfer p = ps.get(i);
                if (!p.payer().equals(origin)) {
                    Integer first = firstIn.get(p.payer());
                    assertTrue(first != null && first < i, "money left " + p.payer() + " before any reached it: " + p);
                }
            }
        }
    }
}

package org.issa.finance.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.payment.Payment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typologies on a synthetic background of random payments with injected laundering patterns. */
class TypologyScanTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Payment> payments = new ArrayList<>();
    private final Random random = new Random(42);

    private String pay(String from, String to, String amount, double day) {
        String ref = "p" + payments.size();
        payments.add(new Payment(ref, from, "", to, "", new BigDecimal(amount), "EUR", T0.plusSeconds((long) (day * 86_400)), ""));
        return ref;
    }

    @BeforeEach
    void background() {
        // 400 ordinary accounts, 3,000 payments at random times and amounts over 150 days
        for (int i = 0; i < 3000; i++) {
            int a = random.nextInt(400);
            int b = random.nextInt(400);
            if (a != b) {
                pay("n" + a, "n" + b, BigDecimal.valueOf(100 + random.nextInt(500_000), 2).toPlainString(), random.nextDouble() * 150);
            }
        }
    }

    private TypologyScan.Result scan() {
        return new TypologyScan(TypologyConfig.defaults()).scan(PaymentGraph.of(payments));
    }

    private static Optional<AccountAlert> alert(TypologyScan.Result r, String account) {
        return r.flagged().stream().filter(a -> a.account().equals(account)).findFirst();
    }

    private static Set<String> evidence(AccountAlert a, String typology) {
        return a.findings().stream().filter(f -> f.typology().equals(typology)).flatMap(f -> f.evidence().stream())
                .map(Evidence::reference).collect(Collectors.toSet());
    }

    @Test
    void aTimeRespectingRoundTripIsACycle() {
        String p1 = pay("c1", "c2", "10000", 20);
        String p2 = pay("c2", "c3", "9800", 21);
        String p3 = pay("c3", "c4", "9650", 22.5);
        String p4 = pay("c4", "c1", "9500", 24);
        TypologyScan.Result r = scan();
        for (String c : List.of("c1", "c2", "c3", "c4")) {
            AccountAlert a = alert(r, c).orElseThrow(() -> new AssertionError(c + " not flagged"));
            assertTrue(a.typologies().contains("cycle"), a.toString());
            assertEquals(Set.of(p1, p2, p3, p4), evidence(a, "cycle"));
        }
    }

    @Test
    void aRoundTripOutOfTimeOrderIsOnlyALoop() {
        pay("c1", "c2", "10000", 30);
        pay("c2", "c3", "9800", 10);   // booked before the money arrived
        pay("c3", "c1", "9650", 50);
        TypologyScan.Result r = scan();
        AccountAlert a = alert(r, "c2").orElseThrow();
        assertTrue(a.typologies().contains("loop"));
        assertFalse(a.typologies().contains("cycle"));
    }

    @Test
    void amountsThatDoNotCarryOnAreNoRoundTrip() {
        pay("c1", "c2", "10000", 20);
        pay("c2", "c3", "300", 21);
        pay("c3", "c1", "9000", 22);
        TypologyScan.Result r = scan();
        assertFalse(alert(r, "c2").map(a -> a.typologies().contains("cycle") || a.typologies().contains("loop")).orElse(false));
    }

    @Test
    void aBurstOfPayersIsAFanInAndThePayersAreMembers() {
        for (int i = 0; i < 12; i++) {
            pay("s" + i, "hub", "900", 60 + i * 0.1);
        }
        TypologyScan.Result r = scan();
        AccountAlert hub = alert(r, "hub").orElseThrow();
        assertTrue(hub.typologies().contains("fan_in"));
        assertEquals(12, evidence(hub, "fan_in").size());
        assertTrue(r.ranked().stream().anyMatch(a -> a.account().equals("s3") && a.typologies().contains("fan_in_member")));
    }

    @Test
    void aFixedGroupPayingAgainAndAgainIsARecurringFanIn() {
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 3; k++) {
                pay("g" + i, "collector", "750", 10 + 30 * k + i);
            }
        }
        TypologyScan.Result r = scan();
        AccountAlert c = alert(r, "collector").orElseThrow();
        assertTrue(c.typologies().contains("recurring_fan_in"));
        assertEquals(12, evidence(c, "recurring_fan_in").size());
        assertTrue(alert(r, "g2").orElseThrow().typologies().contains("recurring_fan_in_member"));
    }

    @Test
    void paymentsJustBelowTheThresholdAreStructuring() {
        for (int i = 0; i < 4; i++) {
            pay("smurf", "bank" + i, "9500", 70 + i);
        }
        pay("honest", "x", "9500", 70);
        pay("honest", "y", "12000", 71);
        TypologyScan.Result r = scan();
        assertTrue(alert(r, "smurf").orElseThrow().typologies().contains("structuring"));
        assertFalse(alert(r, "honest").map(a -> a.typologies().contains("structuring")).orElse(false));
    }

    @Test
    void moneyInAndOutQuicklyIsPassThrough() {
        for (int i = 0; i < 3; i++) {
            pay("victim" + i, "mule", "5000", 40 + 10 * i);
            pay("mule", "boss" + i, "4900", 40.5 + 10 * i);
        }
        TypologyScan.Result r = scan();
        AccountAlert m = alert(r, "mule").orElseThrow();
        assertTrue(m.typologies().contains("pass_through"));
        assertEquals(6, evidence(m, "pass_through").size());
    }

    @Test
    void aDormantAccountWakingUpIsFlagged() {
        pay("sleeper", "n1", "100", 1);
        for (int i = 0; i < 6; i++) {
            pay("sleeper", "n" + (2 + i), "2000", 120 + i * 0.5);
        }
        TypologyScan.Result r = scan();
        assertTrue(r.ranked().stream().anyMatch(a -> a.account().equals("sleeper") && a.typologies().contains("dormant")));
    }

    @Test
    void theFlaggedAreSortedByScoreAndTheBackgroundIsMostlyQuiet() {
        pay("c1", "c2", "10000", 20);
        pay("c2", "c3", "9800", 21);
        pay("c3", "c1", "9650", 22);
        TypologyScan.Result r = scan();
        for (int i = 1; i < r.flagged().size(); i++) {
            assertTrue(r.flagged().get(i - 1).score() >= r.flagged().get(i).score());
        }
        long background = r.flagged().stream().filter(a -> a.account().startsWith("n")).count();
        assertTrue(background < 20, "random background flagged: " + background);
    }

    @Test
    void celRulesOverAggregatesAddTheirWeight() {
        for (int i = 0; i < 12; i++) {
            pay("p" + i, "conduit", "1000", 5 + i * 10);
        }
        pay("conduit", "offshore", "11900", 130);
        TypologyScan.Result r = scan();
        AccountAlert c = r.ranked().stream().filter(a -> a.account().equals("conduit")).findFirst().orElseThrow();
        assertTrue(c.typologies().contains("rule:collector-passes-on"), c.toString());
    }

    @Test
    void aConfigurationIsValidatedAndItsRulesCompiled() {
        String base = TypologyConfig.defaults().toJson();
        TypologyConfig back = TypologyConfig.parse(base);
        assertEquals(TypologyConfig.defaults(), back);
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> TypologyConfig.parse(base.replace("\"alertThreshold\"", "\"alertTreshold\"")));
        assertTrue(unknown.getMessage().contains("alertTreshold"), unknown.getMessage());
        InvalidInputException range = assertThrows(InvalidInputException.class,
                () -> TypologyConfig.parse(base.replace("\"maxLength\":6", "\"maxLength\":1")));
        assertTrue(range.getMessage().contains("cycle"), range.getMessage());
        TypologyConfig badRule = TypologyConfig.parse(base.replace("account.in_counterparties >= 10", "account.no_such_field >= 10"));
        InvalidInputException compile = assertThrows(InvalidInputException.class, () -> new TypologyScan(badRule));
        assertTrue(compile.getMessage().contains("collector-passes-on"), compile.getMessage());
        TypologyConfig broad = TypologyConfig.parse(base.replace(
                "account.in_counterparties >= 10 && account.pass_through_ratio >= 0.9 && account.pass_through_ratio <= 1.1",
                "account.in_count >= 0"));
        assertThrows(InvalidInputException.class, () -> new TypologyScan(broad), "a rule that selects everyone is refused");
    }
}

package org.issa.finance.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.payment.Payment;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Typology alerts on a real database: raised by a supervisor, marking in the query, decided by a human, audited. */
class TypologyAlertsContractTest {

    static final Principal SUPER = new Principal("sara", "FIU", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal ANALYST = new Principal("alan", "FIU", "FR", Set.of(Role.ANALYST), Classification.CONFIDENTIEL_UE);
    static final Principal LOW = new Principal("lea", "FIU", "FR", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal AUDITOR = new Principal("otto", "FIU", "FR", Set.of(Role.AUDITOR), Classification.CONFIDENTIEL_UE);
    static final Marking RESTRICTED = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FIU", Set.of(Handling.PERSONAL_DATA));

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static TypologyScan.Result scan(String extra) {
        List<Payment> ps = new ArrayList<>();
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        ps.add(new Payment("r1", "c1", "Cleo", "c2", "", new BigDecimal("10000"), "EUR", t, ""));
        ps.add(new Payment("r2", "c2", "", "c3", "", new BigDecimal("9800"), "EUR", t.plusSeconds(86_400), ""));
        ps.add(new Payment("r3", "c3", "", "c1", "", new BigDecimal("9700"), "EUR", t.plusSeconds(2 * 86_400), ""));
        if (!extra.isEmpty()) {
            ps.add(new Payment("r4", extra, "", "c1", "", new BigDecimal("9700"), "EUR", t.plusSeconds(3 * 86_400), ""));
            ps.add(new Payment("r5", "c1", "", extra, "", new BigDecimal("9600"), "EUR", t.plusSeconds(4 * 86_400), ""));
            ps.add(new Payment("r6", extra, "", "c1", "", new BigDecimal("9500"), "EUR", t.plusSeconds(5 * 86_400), ""));
        }
        return new TypologyScan(TypologyConfig.defaults()).scan(PaymentGraph.of(ps));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aScanRaisesAlertsThatAHumanDecides(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        TypologyAlerts alerts = new TypologyAlerts(new Sql(db.dataSource()), audit, new Autocommit(),
                new MutableClock(Instant.parse("2026-04-01T00:00:00Z")));
        TypologyScan.Result r = scan("");
        assertThrows(ForbiddenException.class, () -> alerts.raise(ANALYST, TypologyConfig.defaults(), r, RESTRICTED));
        ScanRecord s = alerts.raise(SUPER, TypologyConfig.defaults(), r, RESTRICTED);
        assertEquals(3, s.raised());
        assertTrue(audit.actions().contains("finance.alerts.scan"));

        Page<StoredAlert> page = alerts.list(ANALYST, Optional.of("open"), 2, Optional.empty());
        assertEquals(2, page.items().size());
        assertTrue(page.nextCursor().isPresent());
        Page<StoredAlert> rest = alerts.list(ANALYST, Optional.of("open"), 2, page.nextCursor());
        assertEquals(1, rest.items().size());
        StoredAlert a = page.items().get(0);
        assertTrue(a.typologies().contains("cycle"));
        assertEquals(3, a.findings().get(0).evidence().size(), "the evidence is kept with the alert");
        assertEquals(RESTRICTED.classification(), a.marking().classification());

        // the marking is applied in the query: a reader without clearance sees nothing and cannot decide
        assertTrue(alerts.list(LOW, Optional.empty(), 50, Optional.empty()).items().isEmpty());
        assertTrue(alerts.one(LOW, a.id()).isEmpty());
        assertThrows(NotFoundException.class, () -> alerts.decide(LOW, a.id(), "dismiss", "looks fine to me", ""));
        assertThrows(ForbiddenException.class, () -> alerts.list(AUDITOR, Optional.empty(), 50, Optional.empty()));

        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> alerts.decide(ANALYST, a.id(), "dismiss", "", ""));
        assertEquals("reason", noReason.field());
        assertThrows(InvalidInputException.class, () -> alerts.decide(ANALYST, a.id(), "escalate", "", " "));
        StoredAlert dismissed = alerts.decide(ANALYST, a.id(), "dismiss", "known business loop: group treasury", "");
        assertEquals(StoredAlert.DISMISSED, dismissed.status());
        assertEquals(Optional.of("alan"), dismissed.decidedBy());
        assertTrue(audit.actions().contains("finance.alerts.dismiss"));
        assertThrows(ConflictException.class, () -> alerts.decide(SUPER, a.id(), "escalate", "", "CASE-1"));
        StoredAlert other = rest.items().get(0);
        StoredAlert escalated = alerts.decide(SUPER, other.id(), "escalate", "", "CASE-2026-17");
        assertEquals(Optional.of("CASE-2026-17"), escalated.caseReference());

        // the next scan refreshes what is open and does not undo a dismissal of the same strength
        ScanRecord again = alerts.raise(SUPER, TypologyConfig.defaults(), r, RESTRICTED);
        assertEquals(0, again.raised());
        assertEquals(1, again.refreshed());
        assertEquals(1, alerts.list(ANALYST, Optional.of("open"), 50, Optional.empty()).items().size());
        assertFalse(alerts.one(ANALYST, a.id()).isEmpty());
        assertTrue(audit.actions().contains("finance.alerts.read"));
    }
}

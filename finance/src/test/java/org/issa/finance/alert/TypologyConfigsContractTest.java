package org.issa.finance.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.finance.typology.TypologyConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Saved typology configurations: validated whole, versions never overwritten, the newest used, supervisors only, audited. */
class TypologyConfigsContractTest {

    static final Principal SUPER = new Principal("sara", "FIU", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal ANALYST = new Principal("alan", "FIU", "FR", Set.of(Role.ANALYST), Classification.CONFIDENTIEL_UE);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static String withVersion(String version) {
        return TypologyConfig.defaults().toJson().replace("\"issa-default-1\"", "\"" + version + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSupervisorSavesVersionsTheNewestIsUsedAndBadOnesAreRefusedNamingTheProblem(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-10-01T08:00:00Z"));
        TypologyConfigs configs = new TypologyConfigs(new Sql(db.dataSource()), audit, new Autocommit(), clock);
        assertEquals(TypologyConfig.defaults().version(), configs.current().version(), "nothing saved: the shipped default");

        String stricter = withVersion("fiu-2026-10").replace("\"alertThreshold\":0.5", "\"alertThreshold\":0.8");
        assertTrue(stricter.contains("\"alertThreshold\":0.8"), stricter);
        assertThrows(ForbiddenException.class, () -> configs.save(ANALYST, stricter, "fewer alerts"));
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> configs.save(SUPER, stricter, " "));
        assertEquals("reason", noReason.field());
        configs.save(SUPER, stricter, "fewer, stronger alerts after the Q3 review");
        assertEquals("fiu-2026-10", configs.current().version());
        assertEquals(0.8, configs.current().alertThreshold());
        assertEquals("finance.typology-config.save", audit.last().action());
        assertTrue(audit.last().detail().contains("replaces version issa-default-1"), audit.last().detail());

        assertThrows(ConflictException.class, () -> configs.save(SUPER, stricter, "again"), "a version is never overwritten");
        assertThrows(ConflictException.class, () -> configs.save(SUPER, withVersion("issa-default-1"), "x"));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> configs.save(SUPER, withVersion("v3").replace("\"alertThreshold\"", "\"alertTreshold\""), "typo"));
        assertTrue(unknown.getMessage().contains("alertTreshold"), unknown.getMessage());
        String badCel = withVersion("v4").replace("\"rules\":[", "\"rules\":[{\"id\":\"broken\",\"description\":\"\",\"cel\":\"payers >\","
                + "\"weight\":1.0},");
        InvalidInputException cel = assertThrows(InvalidInputException.class, () -> configs.save(SUPER, badCel, "new rule"));
        assertEquals("rules", cel.field());
        assertTrue(cel.getMessage().contains("broken"), cel.getMessage());
        assertThrows(InvalidInputException.class, () -> configs.save(SUPER, "{\"version\":", "truncated"));
        assertEquals("fiu-2026-10", configs.current().version(), "refused saves change nothing");

        clock.advance(java.time.Duration.ofDays(1));
        configs.save(SUPER, withVersion("fiu-2026-10b"), "back to the default thresholds");
        assertEquals("fiu-2026-10b", configs.current().version());
        List<TypologyConfigs.Saved> history = configs.history(10);
        assertEquals(List.of("fiu-2026-10b", "fiu-2026-10", "issa-default-1"), history.stream().map(s -> s.config().version()).toList());
        assertEquals("ISSA", history.getLast().savedBy());
    }
}

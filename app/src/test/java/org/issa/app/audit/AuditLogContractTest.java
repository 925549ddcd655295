package org.issa.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.issa.core.audit.AuditEvent;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored chain on each database: appends link up, tampering is found and named. */
class AuditLogContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static JdbcAuditLog log(Sql sql) {
        return new JdbcAuditLog(sql, new Autocommit(), Clock.systemUTC());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void appendsFormAnIntactChain(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        JdbcAuditLog log = log(sql);
        for (int i = 0; i < 25; i++) {
            log.record(AuditEvent.write("alice", "test.write", "thing", "t-" + i, "détail ünïcode " + i));
        }
        log.recordRead("bob", "thing", "t-3", "case 2026/17");
        AuditVerifier.Result r = new AuditVerifier(db.dataSource()).verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.checked()).isEqualTo(26);
        var page = new AuditStore(sql).search(new AuditQuery(java.util.Optional.of("bob"), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()), "", 10);
        assertThat(page.items()).singleElement().satisfies(e -> assertThat(e.event().purpose()).isEqualTo("case 2026/17"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tamperingWithOneRowIsNamed(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        JdbcAuditLog log = log(sql);
        for (int i = 0; i < 10; i++) {
            log.record(AuditEvent.write("alice", "test.write", "thing", "t-" + i, "d" + i));
        }
        sql.update("UPDATE audit_log SET actor = 'mallory' WHERE seq = 7");
        AuditVerifier.Result r = new AuditVerifier(db.dataSource()).verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.breach().orElseThrow().seq()).isEqualTo(7);
        assertThat(r.checked()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletedRowsAreFoundInTheMiddleAndAtTheEnd(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        JdbcAuditLog log = log(sql);
        for (int i = 0; i < 6; i++) {
            log.record(AuditEvent.write("alice", "test.write", "thing", "t-" + i, ""));
        }
        sql.update("DELETE FROM audit_log WHERE seq = 6");
        assertThat(new AuditVerifier(db.dataSource()).verify().breach().orElseThrow().reason()).contains("removed from the end");
        sql.update("DELETE FROM audit_log WHERE seq = 2");
        assertThat(new AuditVerifier(db.dataSource()).verify().breach().orElseThrow().seq()).isEqualTo(3);
    }
}

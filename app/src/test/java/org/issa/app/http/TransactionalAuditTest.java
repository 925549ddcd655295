package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.issa.app.audit.AuditVerifier;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.strategy.StrategyMonitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A write and its audit entry commit together or not at all; every API write leaves an entry. */
class TransactionalAuditTest extends HttpTestBase {

    @Autowired Transactions tx;
    @Autowired AuditLog audit;
    @Autowired Sql sql;
    @Autowired StrategyMonitor monitor;
    @Autowired AuditVerifier verifier;

    @Test
    void aFailureAfterTheAuditEntryRollsBothBack() {
        long entries = sql.count("SELECT COUNT(*) FROM audit_log");
        long updates = sql.count("SELECT COUNT(*) FROM strategy_progress_update");
        Principal p = new Principal("t-analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        assertThatThrownBy(() -> tx.run(() -> {
            monitor.addUpdate(p, "O1.A1.1", "will be rolled back", Optional.empty(), null);
            audit.record(AuditEvent.write("t-analyst", "test.extra", "x", "1", ""));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log")).isEqualTo(entries);
        assertThat(sql.count("SELECT COUNT(*) FROM strategy_progress_update")).isEqualTo(updates);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersFormOneUnbrokenChain() throws Exception {
        long before = sql.count("SELECT COUNT(*) FROM audit_log");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> send("POST", "/api/v1/strategy/actions/O5.A2.1/updates",
                        token(n % 2 == 0 ? Role.ANALYST : Role.SUPERVISOR), "{\"body\":\"parallel " + n + "\"}").statusCode()));
            }
            for (var r : results) {
                assertThat(r.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log")).isGreaterThanOrEqualTo(before + 40);
        AuditVerifier.Result r = verifier.verify();
        assertThat(r.intact()).as(r.breach().map(Object::toString).orElse("")).isTrue();
        assertThat(sql.count("SELECT MAX(seq) FROM audit_log")).isEqualTo(sql.count("SELECT COUNT(*) FROM audit_log"));
    }

    @Test
    void apiWritesAreAudited() {
        var r = send("POST", "/api/v1/strategy/actions/O5.A1.1/updates", token(Role.ANALYST), "{\"body\":\"audited write\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        String id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.body()).path("id").asString();
        var trail = get("/api/v1/audit?purpose=check&recordId=" + id, token(Role.AUDITOR));
        assertThat(trail.body()).contains("strategy.update.create", "t-analyst");
        assertThat(get("/api/v1/audit/verify", token(Role.AUDITOR)).body()).contains("\"intact\":true");
    }
}

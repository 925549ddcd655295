package org.issa.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        Instant t = Instant.parse("2026-01-01T10:00:00.123456789Z");
        for (int i = 1; i <= n; i++) {
            AuditEvent e = AuditEvent.write("alice", "test.write", "thing", "id-" + i, "detail " + i);
            Instant at = AuditChain.normalise(t.plusSeconds(i));
            String hash = AuditChain.hash(i, at, e, prev);
            out.add(new AuditEntry(i, at, e, prev, hash));
            prev = hash;
        }
        return out;
    }

    @Test
    void intactChainVerifies() {
        AuditChain.Verifier v = AuditChain.verifier();
        List<AuditEntry> entries = chain(5);
        entries.forEach(v::accept);
        v.expectHead(5, entries.get(4).hash());
        assertThat(v.breach()).isEmpty();
        assertThat(v.checked()).isEqualTo(5);
    }

    @Test
    void alteredEntryIsNamed() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        AuditEvent forged = AuditEvent.write("mallory", "test.write", "thing", "id-3", "detail 3");
        entries.set(2, new AuditEntry(3, third.at(), forged, third.prevHash(), third.hash()));
        AuditChain.Verifier v = AuditChain.verifier();
        entries.forEach(v::accept);
        assertThat(v.breach()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.reason()).contains("altered");
        });
    }

    @Test
    void removedEntryAndTruncatedTailAreDetected() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        AuditChain.Verifier v = AuditChain.verifier();
        entries.forEach(v::accept);
        assertThat(v.breach()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(3));

        List<AuditEntry> full = chain(5);
        AuditChain.Verifier tail = AuditChain.verifier();
        full.subList(0, 4).forEach(tail::accept);
        tail.expectHead(5, full.get(4).hash());
        assertThat(tail.breach()).hasValueSatisfying(b -> assertThat(b.reason()).contains("removed from the end"));
    }

    @Test
    void lengthPrefixPreventsFieldShifting() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        String a = AuditChain.hash(1, at, AuditEvent.write("ab", "x", "c", "", ""), AuditChain.GENESIS);
        String b = AuditChain.hash(1, at, AuditEvent.write("a", "x", "bc", "", ""), AuditChain.GENESIS);
        assertThat(a).isNotEqualTo(b);
    }
}

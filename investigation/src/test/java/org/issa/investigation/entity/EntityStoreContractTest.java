package org.issa.investigation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.investigation.StoreFixtures.ANALYST;
import static org.issa.investigation.StoreFixtures.LOW;
import static org.issa.investigation.StoreFixtures.OPEN;
import static org.issa.investigation.StoreFixtures.RESTRICTED;
import static org.issa.investigation.StoreFixtures.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.investigation.StoreFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The entity store on a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class EntityStoreContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void publishingKeepsEveryValueAsAStatementAndIsIdempotent(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        EntityStore store = StoreFixtures.store(db, audit);
        var person = entity("ds1", "p1", "Person", OPEN, "name", "Jean Dupont", "phone", List.of("+33 6 12 34 56 78", "0612"));
        store.publish(List.of(person));
        store.publish(List.of(person));
        EntityRecord r = store.read(ANALYST, "ds1:p1", "case 12 link analysis");
        assertThat(r.statements()).extracting(Statement::property, Statement::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("name", "Jean Dupont"),
                org.assertj.core.groups.Tuple.tuple("phone", "+33 6 12 34 56 78"),
                org.assertj.core.groups.Tuple.tuple("phone", "0612"));
        assertThat(r.statements()).allSatisfy(s -> {
            assertThat(s.dataset()).isEqualTo("ds1");
            assertThat(s.source()).isEqualTo("test");
            assertThat(s.firstSeen()).isEqualTo(StoreFixtures.T0);
        });
        assertThat(audit.actions()).containsExactly("investigation.entity.publish", "investigation.entity.publish",
                "personal-data.read");
        assertThat(audit.last().purpose()).isEqualTo("case 12 link analysis");

        store.publish(List.of(entity("ds1", "p1", "Person", OPEN, "name", "Jean Dupond")));
        assertThat(store.read(ANALYST, "ds1:p1", "x").values("name")).containsExactly("Jean Dupond");
        assertThat(store.read(ANALYST, "ds1:p1", "x").values("phone")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void markingsHoldInTheQueryForEntitiesAndForEachStatement(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        store.publish("ana", List.of(
                new Publication(entity("ds1", "c1", "Company", OPEN, "name", "Acme SARL", "registrationNumber", "RCS 123 456"),
                        Map.of("registrationNumber", RESTRICTED)),
                Publication.of(entity("ds1", "c2", "Company", RESTRICTED, "name", "Hidden Holdings"))));
        assertThat(store.read(ANALYST, "ds1:c1", "").values("registrationNumber")).containsExactly("RCS 123 456");
        assertThat(store.read(LOW, "ds1:c1", "").values("registrationNumber")).isEmpty();
        assertThat(store.read(LOW, "ds1:c1", "").values("name")).containsExactly("Acme SARL");
        assertThatThrownBy(() -> store.read(LOW, "ds1:c2", "")).isInstanceOf(NotFoundException.class);
        assertThat(store.search(LOW, "", Optional.empty(), Optional.empty(), "", 10).items()).extracting(StoredEntity::id)
                .containsExactly("ds1:c1");
        assertThat(store.search(ANALYST, "holdings", Optional.empty(), Optional.empty(), "", 10).items())
                .extracting(StoredEntity::id).containsExactly("ds1:c2");
        assertThat(store.datasets(LOW)).containsExactly(Map.entry("ds1", 1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPersonNeedsAPurposeAndSearchPagesByCursor(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        for (int i = 0; i < 7; i++) {
            store.publish(List.of(entity("ds2", "p" + i, "Person", OPEN, "name", "Person " + i)));
        }
        assertThatThrownBy(() -> store.read(ANALYST, "ds2:p1", " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("purpose");
        var first = store.search(ANALYST, "person", Optional.of("Person"), Optional.of("ds2"), "", 5);
        assertThat(first.items()).hasSize(5);
        var second = store.search(ANALYST, "person", Optional.of("Person"), Optional.of("ds2"), first.nextCursor().orElseThrow(), 5);
        assertThat(second.items()).hasSize(2);
        assertThat(second.nextCursor()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withdrawRemovesStatementsAndEdgesThroughThePort(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        EntityStore store = StoreFixtures.store(db, audit);
        org.issa.core.entity.EntityPort port = store;
        port.publish(List.of(entity("passenger", "a", "Person", OPEN, "name", "A"), entity("passenger", "b", "Person", OPEN, "name", "B"),
                entity("passenger", "t1", "CoTravel", OPEN, "traveller", "a", "companion", "b", "date", "2025-05-01")));
        assertThat(store.sql().count("SELECT COUNT(*) FROM inv_edge")).isEqualTo(1);
        port.withdraw("passenger", List.of("t1", "unknown"));
        assertThat(store.sql().count("SELECT COUNT(*) FROM inv_edge")).isZero();
        assertThat(store.sql().count("SELECT COUNT(*) FROM inv_statement WHERE entity_id = 'passenger:t1'")).isZero();
        assertThat(audit.entries.getLast().event().actor()).isEqualTo("system");
        assertThat(audit.last().detail()).contains("1 entities withdrawn: t1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badEntitiesAreRefusedNamingTheProblem(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        assertThatThrownBy(() -> store.publish(List.of(entity("d", "x", "Spaceship", OPEN, "name", "x"))))
                .hasMessageContaining("unknown schema 'Spaceship'");
        assertThatThrownBy(() -> store.publish(List.of(entity("d", "x", "Ownership", OPEN, "owner", "a"))))
                .hasMessageContaining("needs both owner and asset");
        assertThatThrownBy(() -> store.publish(List.of(entity("d", "x", "Associate", OPEN, "person", "a", "associate", "a"))))
                .hasMessageContaining("self-loop");
        assertThatThrownBy(() -> store.publish(List.of(entity("d", "x", "Person", OPEN, "na me", "a"))))
                .hasMessageContaining("not an FtM property name");
        assertThatThrownBy(() -> store.publish(List.of(entity("d", "x", "Person", OPEN, "name", "x".repeat(4001)))))
                .hasMessageContaining("longer than 4000");
        assertThat(store.sql().count("SELECT COUNT(*) FROM inv_entity")).isZero();
    }
}

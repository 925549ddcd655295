package org.issa.investigation.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.investigation.StoreFixtures.ANALYST;
import static org.issa.investigation.StoreFixtures.LOW;
import static org.issa.investigation.StoreFixtures.OPEN;
import static org.issa.investigation.StoreFixtures.RESTRICTED;
import static org.issa.investigation.StoreFixtures.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.core.entity.Entity;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.NotFoundException;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.investigation.StoreFixtures;
import org.issa.investigation.entity.EntityRecord;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Duplicates: proposed by the resolution engine, merged on confirmation only, undone exactly. */
class MergeDeskContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static List<Statement> everyStatement(EntityStore store) {
        return store.sql().query("SELECT id, entity_id, prop, prop_value, dataset, m_class FROM inv_statement ORDER BY id",
                rs -> new Statement(rs.getString(1), rs.getString(2), "", rs.getString(3), rs.getString(4), rs.getString(5), "",
                        StoreFixtures.T0, StoreFixtures.OPEN));
    }

    private static List<String> canonicals(EntityStore store) {
        return store.sql().query("SELECT id || '>' || canonical_id FROM inv_entity ORDER BY id", rs -> rs.getString(1));
    }

    private static void seed(EntityStore store) {
        List<Entity> people = new ArrayList<>();
        String[][] names = {{"Jean", "Dupont", "1970-03-02"}, {"Marie", "Curie", "1967-11-07"}, {"Ahmed", "Benali", "1981-01-15"},
            {"Lucia", "Rossi", "1990-06-30"}, {"Piotr", "Nowak", "1975-09-12"}, {"Anna", "Schmidt", "1988-02-20"},
            {"Karel", "Novak", "1979-04-04"}, {"Sofia", "Garcia", "1993-12-01"}, {"Jan", "Jansen", "1960-07-07"},
            {"Eva", "Horvath", "1985-05-05"}};
        for (int i = 0; i < names.length; i++) {
            people.add(entity("police", "p" + i, "Person", OPEN, "firstName", names[i][0], "lastName", names[i][1],
                    "name", names[i][0] + " " + names[i][1], "birthDate", names[i][2]));
        }
        people.add(entity("customs", "x1", "Person", OPEN, "firstName", "Jean", "lastName", "Dupont", "name", "DUPONT Jean",
                "birthDate", "1970-03-02", "passportNumber", "12AB34567"));
        people.add(entity("customs", "x2", "Person", OPEN, "firstName", "Lucia", "lastName", "Rosi", "name", "Lucia Rosi",
                "birthDate", "1990-06-30"));
        people.add(entity("secret", "s1", "Person", RESTRICTED, "firstName", "Jean", "lastName", "Dupont", "name", "Jean Dupont",
                "birthDate", "1970-03-02"));
        store.publish(people);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theEngineProposesCrossDatasetDuplicatesWithReasonsAndOnlyAmongVisibleEntities(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        EntityStore store = StoreFixtures.store(db, audit);
        seed(store);
        MergeDesk desk = new MergeDesk(store);
        List<MergeProposal> low = desk.proposals(LOW, "Person", Optional.empty(), 0.5, 20, "dedupe run for case 7");
        assertThat(low).isNotEmpty();
        assertThat(low).anySatisfy(p -> assertThat(List.of(p.leftId(), p.rightId())).containsExactlyInAnyOrder("police:p0", "customs:x1"));
        assertThat(low).allSatisfy(p -> assertThat(p.leftId() + p.rightId()).doesNotContain("secret:"));
        assertThat(low.get(0).explanation()).contains("match probability");
        assertThat(audit.last().action()).isEqualTo("personal-data.read");
        assertThat(store.sql().count("SELECT COUNT(*) FROM inv_merge")).isZero(); // proposing merges nothing

        desk.reject(ANALYST, "police:p0", "customs:x1");
        assertThat(desk.proposals(ANALYST, "Person", Optional.empty(), 0.5, 20, "dedupe"))
                .noneSatisfy(p -> assertThat(List.of(p.leftId(), p.rightId())).containsExactlyInAnyOrder("police:p0", "customs:x1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void mergeAndUnmergeLoseNoStatementAndRestoreTheGroupsExactly(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        EntityStore store = StoreFixtures.store(db, audit);
        seed(store);
        MergeDesk desk = new MergeDesk(store);
        List<Statement> before = everyStatement(store);
        List<String> groupsBefore = canonicals(store);

        MergeRecord first = desk.merge(ANALYST, "police:p0", "customs:x1", "same passport photo in case file 7");
        MergeRecord second = desk.merge(ANALYST, "secret:s1", "police:p0", "same person per liaison officer");
        assertThat(second.members()).containsExactly("customs:x1", "police:p0");
        assertThat(everyStatement(store)).isEqualTo(before);
        EntityRecord merged = store.read(ANALYST, "customs:x1", "case 7");
        assertThat(merged.entity().id()).isEqualTo("secret:s1");
        assertThat(merged.members()).extracting(m -> m.id()).containsExactly("customs:x1", "police:p0");
        assertThat(merged.values("passportNumber")).containsExactly("12AB34567");
        assertThat(merged.statements()).extracting(Statement::dataset).contains("police", "customs", "secret");
        // the low-cleared reader cannot see the canonical entity: p0 is shown alone, and nothing of s1
        EntityRecord lowView = store.read(LOW, "police:p0", "case 7");
        assertThat(lowView.entity().id()).isEqualTo("police:p0");
        assertThat(lowView.statements()).extracting(Statement::dataset).containsOnly("police");

        assertThatThrownBy(() -> desk.unmerge(ANALYST, first.id(), "wrong")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("customs:x1 was merged again since (into secret:s1)");
        desk.unmerge(ANALYST, second.id(), "liaison officer withdrew");
        assertThat(store.read(ANALYST, "customs:x1", "case 7").entity().id()).isEqualTo("police:p0");
        desk.unmerge(ANALYST, first.id(), "photo was of his brother");
        assertThat(everyStatement(store)).isEqualTo(before);
        assertThat(canonicals(store)).isEqualTo(groupsBefore);
        assertThat(store.read(ANALYST, "customs:x1", "case 7").entity().id()).isEqualTo("customs:x1");
        assertThatThrownBy(() -> desk.unmerge(ANALYST, first.id(), "again")).isInstanceOf(ConflictException.class);
        assertThat(audit.actions()).contains("investigation.entity.merge", "investigation.entity.unmerge");
        assertThat(desk.history(ANALYST, "police:p0")).hasSize(1).allSatisfy(m -> assertThat(m.active()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void mergingNeedsAnAnalystWhoSeesBothEntities(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        seed(store);
        MergeDesk desk = new MergeDesk(store);
        assertThatThrownBy(() -> desk.merge(LOW, "police:p0", "secret:s1", "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.merge(StoreFixtures.AUDITOR, "police:p0", "customs:x1", "x")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> desk.merge(ANALYST, "police:p0", "customs:x1", " ")).hasMessageContaining("reason");
        assertThat(store.sql().count("SELECT COUNT(*) FROM inv_merge")).isZero();
    }
}

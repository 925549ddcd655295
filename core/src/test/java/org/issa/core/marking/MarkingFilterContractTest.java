package org.issa.core.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.testdb.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL predicate must keep exactly the rows the reference rule allows, on every database:
 * every combination of classification, TLP and releasability against readers of every kind.
 */
class MarkingFilterContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sqlPredicateEqualsReferenceRule(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        sql.update("CREATE TABLE marked (id INT PRIMARY KEY, m_class INT NOT NULL, m_tlp VARCHAR(16) NOT NULL,"
                + " m_rel VARCHAR(1000) NOT NULL, m_orig VARCHAR(64) NOT NULL, m_flags VARCHAR(100) NOT NULL)");
        List<Set<String>> releasabilities = List.of(Set.of(), Set.of("STATE:FR"), Set.of("AGENCY:DE-BKA"),
                Set.of("STATE:DE", "USER:carol"), Set.of("USER:alice"));
        List<Marking> markings = new ArrayList<>();
        for (Classification c : Classification.values()) {
            for (Tlp tlp : Tlp.values()) {
                for (Set<String> rel : releasabilities) {
                    for (String orig : List.of("FR-PIU", "DE-BKA")) {
                        markings.add(new Marking(c, tlp, rel, orig, Set.of()));
                    }
                }
            }
        }
        for (int i = 0; i < markings.size(); i++) {
            List<Object> params = new ArrayList<>();
            params.add(i);
            params.addAll(MarkingFilter.bind(markings.get(i)));
            sql.update("INSERT INTO marked (id, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", params.toArray());
        }
        List<Principal> readers = List.of(
                new Principal("alice", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.SECRET_UE),
                new Principal("bob", "FR-POL", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE),
                new Principal("carol", "DE-BKA", "DE", Set.of(Role.PARTNER), Classification.CONFIDENTIEL_UE),
                new Principal("dave", "NL-FIU", "NL", Set.of(Role.ANALYST), Classification.UNCLASSIFIED));
        for (Principal reader : readers) {
            Set<Integer> expected = new HashSet<>();
            for (int i = 0; i < markings.size(); i++) {
                if (reader.mayRead(markings.get(i))) {
                    expected.add(i);
                }
            }
            SqlFragment where = MarkingFilter.readableBy(reader, "m");
            List<Integer> got = sql.query("SELECT id FROM marked m WHERE " + where.sql(), rs -> rs.getInt(1),
                    where.paramArray());
            assertThat(new HashSet<>(got)).as("rows visible to %s", reader.username()).isEqualTo(expected);
            long counted = sql.count("SELECT COUNT(*) FROM marked m WHERE " + where.sql(), where.paramArray());
            assertThat(counted).isEqualTo(expected.size());
        }
        // The reference rule itself: spot checks of the intent.
        Principal bob = readers.get(1);
        assertThat(bob.mayRead(new Marking(Classification.CONFIDENTIEL_UE, Tlp.GREEN, Set.of(), "FR-POL", Set.of()))).isFalse();
        assertThat(bob.mayRead(new Marking(Classification.UNCLASSIFIED, Tlp.AMBER_STRICT, Set.of("STATE:FR"), "FR-PIU", Set.of()))).isFalse();
        assertThat(bob.mayRead(new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of("STATE:FR"), "DE-BKA", Set.of()))).isTrue();
        Principal carol = readers.get(2);
        assertThat(carol.mayRead(new Marking(Classification.UNCLASSIFIED, Tlp.RED, Set.of("STATE:DE", "USER:carol"), "FR-PIU", Set.of()))).isTrue();
        assertThat(carol.mayRead(new Marking(Classification.UNCLASSIFIED, Tlp.RED, Set.of("STATE:DE"), "FR-PIU", Set.of()))).isFalse();
    }
}

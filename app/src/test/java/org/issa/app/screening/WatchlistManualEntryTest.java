package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.app.watchlist.ListReaders;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistEntry;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.app.watchlist.Watchlists;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.TestDatabase;
import org.issa.matching.model.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Manual lists over a real database (H2, and PostgreSQL when configured), with a clock the test
 * moves: an entry needs a justification, an expiry within two years and a marking within the
 * writer's clearance; once expired it is no longer screened; removal needs a reason.
 */
class WatchlistManualEntryTest {

    static final Principal ANALYST = new Principal("ana", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("lou", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal DPO = new Principal("dora", "FR-MININT", "FR", Set.of(Role.DPO), Classification.SECRET_UE);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    record Fixture(Watchlists lists, Screening screening, MutableClock clock) {
    }

    private static Fixture fixture(TestDatabase db) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        Sql sql = new Sql(db.dataSource());
        Autocommit tx = new Autocommit();
        JdbcAuditLog audit = new JdbcAuditLog(sql, tx, clock);
        WatchlistStore store = new WatchlistStore(sql);
        Watchlists lists = new Watchlists(store, new ListReaders(Map.of()), audit, tx, clock, listId -> { });
        return new Fixture(lists, new Screening(store, new ListIndexes(store), audit, tx, clock), clock);
    }

    private static Subject person(String name) {
        return new ScreeningQuery(name, null, null, null, "1980-07-01", "FR", null, null, null).toSubject("new");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void expiredEntriesAreNoLongerScreened(TestDatabase db) {
        Fixture f = fixture(db);
        Watchlist list = f.lists().create(ANALYST, "Local watch list", "MANUAL", null, null, "kept by hand", null);
        LocalDate today = LocalDate.of(2026, 3, 2);
        WatchlistEntry e = f.lists().addEntry(ANALYST, list.id(), person("Radomir Vaskevitch"), "named in case file 2026/31",
                today.plusDays(30), new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "IGNORED", Set.of()));
        assertThat(e.marking().originator()).isEqualTo("FR-MININT");
        assertThat(f.lists().list(ANALYST, list.id()).currentVersion()).isEqualTo(1);

        Subject query = person("Radomir Vaskevitch");
        List<Watchlist> lists = List.of(f.lists().list(ANALYST, list.id()));
        assertThat(f.screening().candidates(Optional.of(ANALYST), query, lists)).extracting(Candidate::entryId)
                .containsExactly(e.entryId());
        assertThat(f.screening().candidates(Optional.of(LOW), query, lists)).as("entry marked above the reader").isEmpty();

        f.clock().advance(Duration.ofDays(30));
        assertThat(f.screening().candidates(Optional.of(ANALYST), query, lists)).as("last day").hasSize(1);
        f.clock().advance(Duration.ofDays(1));
        assertThat(f.screening().candidates(Optional.of(ANALYST), query, lists)).as("expired").isEmpty();
        assertThat(f.screening().candidates(Optional.empty(), query, lists)).as("expired, for re-screening too").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void entriesNeedJustificationExpiryAndAMarkingWithinClearance(TestDatabase db) {
        Fixture f = fixture(db);
        Watchlist list = f.lists().create(ANALYST, "Manual", "MANUAL", null, null, "", null);
        LocalDate today = LocalDate.of(2026, 3, 2);
        Subject s = person("Ilse Brandvold");
        assertThatThrownBy(() -> f.lists().addEntry(ANALYST, list.id(), s, " ", today.plusDays(3), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("justification");
        assertThatThrownBy(() -> f.lists().addEntry(ANALYST, list.id(), s, "why", null, null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("expiresOn");
        assertThatThrownBy(() -> f.lists().addEntry(ANALYST, list.id(), s, "why", today, null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("expiresOn");
        assertThatThrownBy(() -> f.lists().addEntry(ANALYST, list.id(), s, "why", today.plusYears(2).plusDays(1), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("expiresOn");
        assertThatThrownBy(() -> f.lists().addEntry(ANALYST, list.id(), s, "why", today.plusDays(3),
                new Marking(Classification.SECRET_UE, Tlp.AMBER, Set.of(), "X", Set.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("classification");
        assertThatThrownBy(() -> f.lists().addEntry(DPO, list.id(), s, "why", today.plusDays(3), null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.lists().list(ANALYST, list.id()).currentVersion()).as("nothing stored").isZero();

        WatchlistEntry e = f.lists().addEntry(ANALYST, list.id(), s, "why", today.plusYears(2), null);
        assertThatThrownBy(() -> f.lists().removeEntry(ANALYST, list.id(), e.entryId(), ""))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reason");
        f.lists().removeEntry(ANALYST, list.id(), e.entryId(), "the case was closed");
        Watchlist after = f.lists().list(ANALYST, list.id());
        assertThat(after.currentVersion()).isEqualTo(2);
        assertThat(after.entryCount()).isZero();
        assertThat(f.lists().entries(ANALYST, list.id(), Optional.of(1), "", 10).items()).hasSize(1);
        assertThat(f.lists().diff(ANALYST, list.id(), 2).removed()).extracting(l -> l.name()).containsExactly("Ilse Brandvold");
        assertThat(f.screening().candidates(Optional.of(ANALYST), person("Ilse Brandvold"), List.of(after))).isEmpty();
    }
}

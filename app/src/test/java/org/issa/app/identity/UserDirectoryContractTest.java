package org.issa.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.app.audit.AuditVerifier;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Accounts and tokens on each database, with a clock the test moves. */
class UserDirectoryContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static final Principal ADMIN = new Principal("root", "EU-ISSA", "BE", Set.of(Role.ADMIN), Classification.UNCLASSIFIED);

    private record Fixture(UserDirectory directory, MutableClock clock, TestDatabase db) {
    }

    private static Fixture fixture(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        var audit = new JdbcAuditLog(sql, new Autocommit(), clock);
        return new Fixture(new UserDirectory(new UserStore(sql), new ApiTokenStore(sql),
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), audit, new Autocommit(), clock), clock, db);
    }

    private static NewAccount account(String name) {
        return new NewAccount(name, "Ana Lyst", "correct horse battery", "FR-PIU", "FR", Set.of(Role.ANALYST),
                Classification.RESTREINT_UE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void accountsAreValidatedHashedAndAudited(TestDatabase db) {
        Fixture f = fixture(db);
        UserAccount u = f.directory().create(ADMIN, account("ana"));
        assertThat(u.passwordHash().orElseThrow()).startsWith("$argon2id$").doesNotContain("correct horse");
        assertThatThrownBy(() -> f.directory().create(ADMIN, account("ana"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.directory().create(u.principal(), account("bob"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.directory().create(ADMIN, new NewAccount("bob", "Bob", "short", "FR-PIU", "FR",
                Set.of(Role.ANALYST), Classification.UNCLASSIFIED))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> f.directory().create(ADMIN, new NewAccount("bob", "Bob", "correct horse battery", "FR PIU", "FR",
                Set.of(Role.ANALYST), Classification.UNCLASSIFIED))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("agency"));
        assertThatThrownBy(() -> f.directory().create(ADMIN, new NewAccount("bob", "Bob", "correct horse battery", "FR-PIU", "FR",
                Set.of(), Classification.UNCLASSIFIED))).isInstanceOf(InvalidInputException.class);
        UserAccount changed = f.directory().update(ADMIN, "ana", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of(Role.ANALYST, Role.SUPERVISOR)), Optional.of(Classification.SECRET_UE), Optional.empty());
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.SUPERVISOR);
        assertThat(new AuditVerifier(db.dataSource()).verify().checked()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiveFailuresLockTheAccountForFifteenMinutes(TestDatabase db) {
        Fixture f = fixture(db);
        f.directory().create(ADMIN, account("ana"));
        for (int i = 0; i < UserDirectory.MAX_FAILURES; i++) {
            f.directory().loginFailed("ana", "192.0.2.1");
        }
        assertThat(f.directory().find("ana").orElseThrow().lockedAt(f.clock().now())).isTrue();
        f.clock().advance(Duration.ofMinutes(16));
        assertThat(f.directory().find("ana").orElseThrow().lockedAt(f.clock().now())).isFalse();
        f.directory().loginSucceeded("ana", "192.0.2.1");
        assertThat(f.directory().find("ana").orElseThrow().failedLogins()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tokensAuthenticateUntilTheyExpireOrAreRevoked(TestDatabase db) {
        Fixture f = fixture(db);
        UserAccount ana = f.directory().create(ADMIN, account("ana"));
        IssuedToken t = f.directory().issueToken(ana.principal(), "script", 30);
        assertThat(t.secret()).startsWith("issa_").hasSizeGreaterThan(40);
        assertThat(f.directory().authenticateToken(t.secret())).map(UserAccount::username).hasValue("ana");
        assertThat(f.directory().authenticateToken(t.secret() + "x")).isEmpty();
        f.clock().advance(Duration.ofDays(31));
        assertThat(f.directory().authenticateToken(t.secret())).isEmpty();

        IssuedToken second = f.directory().issueToken(ana.principal(), "other", 30);
        Principal stranger = new Principal("eve", "NL-X", "NL", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
        assertThatThrownBy(() -> f.directory().revokeToken(stranger, second.token().id()))
                .isInstanceOf(org.issa.core.error.NotFoundException.class);
        f.directory().revokeToken(ana.principal(), second.token().id());
        assertThat(f.directory().authenticateToken(second.secret())).isEmpty();
        assertThatThrownBy(() -> f.directory().issueToken(ana.principal(), "too long", 400)).isInstanceOf(InvalidInputException.class);
        f.directory().update(ADMIN, "ana", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false));
        IssuedToken third = f.directory().issueToken(ana.principal(), "while disabled", 30);
        assertThat(f.directory().authenticateToken(third.secret())).as("a disabled account's tokens stop working").isEmpty();
    }
}

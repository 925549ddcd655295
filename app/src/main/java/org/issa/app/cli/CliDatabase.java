package org.issa.app.cli;

import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserStore;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ISSA database opened by a command that runs without a server, as a named user: the database must exist and be
 * migrated (the command never migrates it), the account must exist and be enabled and not locked. Transactions work as
 * in the server: what a command stores commits together with its audit entry.
 */
record CliDatabase(Sql sql, Transactions tx, Clock clock, Principal user) {

    /** Opens the database of {@code settings} as {@code username}; a {@link CliInputException} names what is wrong. */
    static CliDatabase openAs(Settings settings, String username) {
        DataSource ds = AuditCommand.Verify.dataSource(settings);
        MigrationInfo[] pending = Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true).load().info()
                .pending();
        if (pending.length > 0) {
            throw new CliInputException("the database is not initialised or not up to date (" + pending.length + " migrations pending, from "
                    + pending[0].getVersion() + "); start `issa serve` once with this database to migrate it");
        }
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Transactions tx = new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return template.execute(status -> work.get());
            }
        };
        Sql sql = new Sql(new TransactionAwareDataSourceProxy(ds));
        Clock clock = Clock.systemUTC();
        Optional<UserAccount> account = new UserStore(sql).byUsername(username);
        if (account.isEmpty()) {
            throw new CliInputException("there is no user '" + username + "' in this database (--as names an ISSA account)");
        }
        if (!account.get().enabled() || account.get().lockedAt(clock.instant())) {
            throw new CliInputException("the account '" + username + "' is disabled or locked");
        }
        return new CliDatabase(sql, tx, clock, account.get().principal());
    }
}

package org.issa.app.cli;

import java.util.concurrent.Callable;
import org.h2.jdbcx.JdbcDataSource;
import org.issa.app.audit.AuditVerifier;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Command;
import javax.sql.DataSource;

/** {@code issa audit verify}: proves the audit chain intact, or names the first broken entry. No Spring. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail commands.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: verify");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the hash chain of the audit log. Exit 0 when intact, 1 when broken (the first broken entry is named), 2 when it cannot be read.")
    public static final class Verify implements Callable<Integer> {

        @picocli.CommandLine.Option(names = "--data-dir", description = "The data folder of the embedded database (default: ISSA_DATA_DIR or ./data)")
        java.nio.file.Path dataDir;

        @Override
        public Integer call() {
            Settings s = Settings.fromEnvironment().withDataDir(dataDir);
            if (s.embeddedDatabaseMissing()) {
                System.err.println("issa audit verify: no database at " + s.dataDir() + " (set ISSA_DATA_DIR or ISSA_DB_URL)");
                return 2;
            }
            try {
                AuditVerifier.Result r = new AuditVerifier(dataSource(s)).verify();
                if (r.intact()) {
                    System.out.println("audit chain intact: " + r.checked() + " entries verified");
                    return 0;
                }
                var b = r.breach().orElseThrow();
                System.out.println("audit chain BROKEN at entry " + b.seq() + ": " + b.reason()
                        + " (" + r.checked() + " entries before it verified)");
                return 1;
            } catch (RuntimeException e) {
                System.err.println("issa audit verify: " + e.getMessage());
                return 2;
            }
        }

        static DataSource dataSource(Settings s) {
            if (s.dbUrl().startsWith("jdbc:postgresql:")) {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(s.dbUrl());
                pg.setUser(s.dbUser());
                pg.setPassword(s.dbPassword());
                return pg;
            }
            JdbcDataSource h2 = new JdbcDataSource();
            // IFEXISTS: never create an empty database by verifying a mistyped location.
            h2.setURL(s.dbUrl() + (s.dbUrl().contains("IFEXISTS") ? "" : ";IFEXISTS=TRUE"));
            h2.setUser(s.dbUser());
            h2.setPassword(s.dbPassword());
            return h2;
        }
    }
}

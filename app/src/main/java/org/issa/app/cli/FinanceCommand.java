package org.issa.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.app.finance.payment.PaymentImports;
import org.issa.app.finance.payment.PaymentPublication;
import org.issa.app.finance.payment.PaymentSettings;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.payment.store.Channel;
import org.issa.finance.payment.store.PaymentStore;
import org.issa.investigation.entity.EntityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code issa finance}: the money commands that need no server. */
@Command(name = "finance", mixinStandardHelpOptions = true, description = "Money: payment imports.",
        subcommands = {FinanceCommand.Import.class})
public final class FinanceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a finance command is required: import");
    }

    /**
     * {@code issa finance import --payments FILE}: stores a payment file in the ISSA database without a server, as the named
     * user, through the same import as the HTTP API (atomic, idempotent on references, audited, handed to the entity store
     * up to the publish limit). Prints one JSON line; exit 0 when stored (or already stored), 1 when the file is refused
     * (nothing stored), 2 when the database or user cannot be used.
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a payment file (CSV with a column mapping, pacs.008, camt.053, MT103 or goAML) in the ISSA database "
                    + "(the embedded H2 under ISSA_DATA_DIR or --data-dir, or ISSA_DB_URL) as the analyst or supervisor named by --user. "
                    + "Payments stored before (same reference) are counted, not stored again; a file with an error anywhere stores "
                    + "nothing. One JSON line: batch, read, stored, already_stored, sha256, seconds, published.")
    public static final class Import implements Callable<Integer> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Option(names = "--payments", required = true, paramLabel = "FILE", description = "The payment file.")
        Path file;

        @Option(names = "--format", defaultValue = "csv", description = "csv, pacs008, camt053, mt103 or goaml (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--columns", description = "CSV column mapping: from=…,to=…,amount=…,time=…[,currency=…][,reference=…]"
                + "[,from_name=…][,to_name=…][,purpose=…] (default: columns named from,to,amount,time,currency,reference).")
        String columns;

        @Option(names = {"--as", "--user"}, required = true, paramLabel = "NAME",
                description = "The ISSA account the import acts as (an ANALYST or SUPERVISOR); the audit trail names it.")
        String user;

        @Option(names = "--classification", description = "Classification of the payments (default: RESTREINT_UE).")
        String classification;

        @Option(names = "--tlp", description = "TLP of the payments (default: AMBER).")
        String tlp;

        @Option(names = "--data-dir", description = "The data folder of the embedded database (default: ISSA_DATA_DIR or ./data).")
        Path dataDir;

        @Override
        public Integer call() {
            Settings s = Settings.fromEnvironment().withDataDir(dataDir);
            if (s.embeddedDatabaseMissing()) {
                return fail("no ISSA database at " + s.dataDir() + " (start `issa serve` once to create it, or set ISSA_DATA_DIR or ISSA_DB_URL)");
            }
            if (!Files.isReadable(file)) {
                return fail("cannot read " + file);
            }
            PaymentImports imports;
            Principal p;
            try {
                CliDatabase db = CliDatabase.openAs(s, user);
                Sql sql = db.sql();
                Transactions tx = db.tx();
                Clock clock = db.clock();
                p = db.user();
                AuditLog audit = new JdbcAuditLog(sql, tx, clock);
                PaymentStore store = new PaymentStore(sql, audit, tx, clock);
                store.recover();
                PaymentPublication publication = new PaymentPublication(Optional.of(new EntityStore(sql, audit, tx, clock)), store,
                        PaymentSettings.fromEnvironment(System.getenv()).publishLimit());
                imports = new PaymentImports(store, publication);
            } catch (RuntimeException e) {
                return fail(e.getMessage() == null ? e.toString() : e.getMessage());
            }
            ObjectNode line = JSON.createObjectNode();
            line.put("file", file.toString());
            try (InputStream in = Files.newInputStream(file)) {
                PaymentImports.Result r = imports.importFile(p, Channel.CLI, file.getFileName().toString(), format, columns, classification, tlp, in);
                line.put("batch", r.receipt().batchId());
                line.put("read", r.receipt().read());
                line.put("stored", r.receipt().stored());
                line.put("already_stored", r.receipt().alreadyStored());
                line.put("sha256", r.receipt().contentHash());
                line.put("seconds", Math.round(r.receipt().seconds() * 1000) / 1000.0);
                line.put("published", r.published());
                System.out.println(line);
                return 0;
            } catch (ForbiddenException e) {
                return fail(e.getMessage());
            } catch (InvalidInputException e) {
                line.put("error", e.getMessage());
                line.put("field", e.field());
                System.out.println(line);
                System.err.println("issa finance import: nothing stored: " + e.getMessage());
                return 1;
            } catch (IOException | RuntimeException e) {
                return fail("not stored: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }

        private static int fail(String message) {
            System.err.println("issa finance import: " + message);
            return 2;
        }
    }
}

package org.issa.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFiles;
import org.issa.finance.payment.PaymentFormat;
import org.issa.finance.payment.store.Channel;
import org.issa.finance.payment.store.PaymentStore;
import org.issa.finance.typology.AccountAlert;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;
import org.issa.investigation.entity.EntityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code issa finance}: the money commands that need no server. */
@Command(name = "finance", mixinStandardHelpOptions = true, description = "Money: payment imports, typology scans of payment files.",
        subcommands = {FinanceCommand.Import.class, FinanceCommand.Scan.class})
public final class FinanceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a finance command is required: import or scan");
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

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Scans a payment file for laundering typologies (cycles, loops, fan-in/out, recurring fans, structuring,"
                    + " pass-through, dormant accounts, CEL rules) and prints the flagged accounts as JSON, highest score first."
                    + " Exit 0, or 2 with a message naming the problem when the file or the configuration cannot be used.")
    public static final class Scan implements Callable<Integer> {

        @Option(names = "--payments", required = true, paramLabel = "FILE", description = "The payment file.")
        Path payments;

        @Option(names = "--format", defaultValue = "csv", description = "csv, pacs008, camt053, mt103 or goaml (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--columns", description = "CSV column mapping, e.g. from=sourceNodeId,to=targetNodeId,amount=value,time=time"
                + " (default: columns named from,to,amount,time[,currency][,reference]).")
        String columns;

        @Option(names = "--config", paramLabel = "FILE", description = "A typology configuration (JSON; default: the one shipped).")
        Path config;

        @Option(names = "--all", description = "Print every account with a finding, not only those at or above the alert threshold.")
        boolean all;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        PrintStream out = System.out;
        PrintStream err = System.err;

        @Override
        public Integer call() {
            try {
                Map<String, Object> result = run();
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
                return 0;
            } catch (InvalidInputException e) {
                err.println("issa finance scan: " + e.getMessage());
                return 2;
            } catch (NoSuchFileException e) {
                err.println("issa finance scan: no such file: " + e.getFile());
                return 2;
            } catch (IOException e) {
                err.println("issa finance scan: " + payments + " cannot be read: " + e.getMessage());
                return 2;
            }
        }

        Map<String, Object> run() throws IOException {
            long t0 = System.nanoTime();
            PaymentFormat f = PaymentFormat.parse(format);
            PaymentColumns cols = columns == null ? PaymentColumns.defaults() : PaymentColumns.parse(columns);
            TypologyConfig conf = config == null ? TypologyConfig.defaults() : TypologyConfig.parse(Files.readString(config));
            TypologyScan scan = new TypologyScan(conf);
            PaymentGraph.Builder builder = PaymentGraph.builder();
            try (InputStream in = Files.newInputStream(payments)) {
                PaymentFiles.read(in, payments.getFileName().toString(), f, cols, builder);
            }
            PaymentGraph graph = builder.build();
            TypologyScan.Result r = scan.scan(graph);
            List<Map<String, Object>> accounts = new ArrayList<>();
            for (AccountAlert a : all ? r.ranked() : r.flagged()) {
                accounts.add(FinanceJson.alert(a));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", payments.getFileName().toString());
            out.put("config_version", r.version());
            out.put("alert_threshold", conf.alertThreshold());
            out.put("payments", r.payments());
            out.put("accounts", r.accounts());
            out.put("flagged", r.flagged().size());
            out.put("typology_counts", r.counts());
            out.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
            out.put("accounts_flagged", accounts);
            return out;
        }
    }
}

package org.issa.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.app.cyber.cert.ImportRequest;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.stix.Bundle;
import org.issa.cyber.stix.BundleCheck;
import org.issa.cyber.stix.BundleLimits;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.Issue;
import org.issa.cyber.stix.StixFormatException;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.ValidationReport;
import org.issa.cyber.stix.store.ImportReport;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.tlp.TlpMarkings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code issa cyber stix validate|import}: STIX 2.1 bundles from files, without a server. Exit codes: 0 valid (or
 * stored), 1 invalid (objects refused), 2 the file, the database or the user cannot be used.
 */
@Command(name = "cyber", mixinStandardHelpOptions = true, description = "Cyber section commands (STIX 2.1 bundles).",
        subcommands = {CyberCommand.Stix.class})
public final class CyberCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: stix");
    }

    @Command(name = "stix", mixinStandardHelpOptions = true, description = "Validate or import STIX 2.1 bundles.",
            subcommands = {Validate.class, Import.class})
    public static final class Stix implements Runnable {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate or import");
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a STIX 2.1 bundle against the specification's rules. Exit 0 when valid, 1 when an object "
                    + "breaks a rule, 2 when the file cannot be read or is no bundle. References to objects outside the "
                    + "bundle are warnings (the file is checked on its own, without a database).")
    public static final class Validate implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The bundle (JSON).")
        Path file;

        @Option(names = "--json", description = "Print {objects, by_type, errors, warnings} as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Optional<Bundle> bundle = read("validate", file);
            if (bundle.isEmpty()) {
                return 2;
            }
            ValidationReport report = BundleCheck.check(bundle.get(), TlpMarkings::isTlp);
            List<Issue> issues = report.issues();
            if (json) {
                ObjectNode n = StixJson.object();
                n.put("file", file.toString());
                bundle.get().id().ifPresent(id -> n.put("bundle_id", id));
                n.put("valid", report.valid());
                n.put("objects", report.entries().size());
                ObjectNode byType = n.putObject("by_type");
                report.byType().forEach(byType::put);
                issues(n.putArray("errors"), issues, true);
                issues(n.putArray("warnings"), issues, false);
                System.out.println(StixJson.compact(n));
            } else {
                System.out.println(file + ": " + report.entries().size() + " objects " + report.byType() + ", "
                        + report.errorCount() + " errors, " + (issues.size() - report.errorCount()) + " warnings");
                issues.forEach(i -> System.out.println("  " + i));
            }
            return report.valid() ? 0 : 1;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a STIX 2.1 bundle in the ISSA database (the embedded H2 under ISSA_DATA_DIR or --data-dir, "
                    + "or ISSA_DB_URL), validated and audited as the user named by --as, as an upload through the API would be. "
                    + "All or nothing unless --skip-invalid. Importing the same bundle again adds nothing. "
                    + "Exit 0 when stored, 1 when objects were refused, 2 when the file, database or user cannot be used.")
    public static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The bundle (JSON).")
        Path file;

        @Option(names = "--as", required = true, paramLabel = "USER",
                description = "The ISSA account the import acts as: its roles, clearance and agency apply, and the audit trail names it.")
        String user;

        @Option(names = "--collection", paramLabel = "ID", description = "Add the objects to this TAXII collection (id or alias; needs write on it).")
        String collection;

        @Option(names = "--tlp", description = "TLP for objects without a stricter TLP marking of their own (default: GREEN).")
        String tlp;

        @Option(names = "--classification", description = "EU classification (default: UNCLASSIFIED).")
        String classification;

        @Option(names = "--releasable-to", paramLabel = "LIST", description = "Agencies or states the objects are releasable to (comma-separated).")
        String releasableTo;

        @Option(names = "--distribution", description = "ORGANISATION, COMMUNITY (default), CONNECTED, ALL or SHARING_GROUP.")
        String distribution;

        @Option(names = "--sharing-group", paramLabel = "ID", description = "The sharing group, with --distribution SHARING_GROUP.")
        String sharingGroup;

        @Option(names = "--skip-invalid", description = "Store the valid objects even when others are refused.")
        boolean skipInvalid;

        @Option(names = "--data-dir", description = "The data folder of the embedded database (default: ISSA_DATA_DIR or ./data).")
        Path dataDir;

        @Option(names = "--json", description = "Print the import report as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Settings s = Settings.fromEnvironment().withDataDir(dataDir);
            if (s.embeddedDatabaseMissing()) {
                return fail("no ISSA database at " + s.dataDir() + " (start `issa serve` once to create it, or set ISSA_DATA_DIR or ISSA_DB_URL)");
            }
            Optional<Bundle> bundle = read("import", file);
            if (bundle.isEmpty()) {
                return 2;
            }
            try {
                CliDatabase db = CliDatabase.openAs(s, user);
                Sql sql = db.sql();
                Transactions tx = db.tx();
                Clock clock = db.clock();
                Principal p = db.user();
                StixStore store = new StixStore(sql, new JdbcAuditLog(sql, tx, clock), tx, clock);
                String source = "issa cyber stix import " + cutLeft(file.getFileName().toString(), 400);
                ImportRequest request = new ImportRequest(classification, tlp, releasableTo, distribution, sharingGroup, collection,
                        skipInvalid, source);
                ImportReport r = store.importBundle(p, bundle.get(), request.toOptions(p, bundle.get().id()));
                print(r);
                return r.count(ImportReport.Status.REFUSED) > 0 ? 1 : 0;
            } catch (ForbiddenException | NotFoundException e) {
                return fail(e.getMessage());
            } catch (InvalidInputException e) {
                return fail(e.field() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                return fail(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }

        private void print(ImportReport r) {
            List<Issue> issues = new java.util.ArrayList<>(r.bundleIssues());
            r.outcomes().forEach(o -> issues.addAll(o.issues()));
            if (json) {
                ObjectNode n = StixJson.object();
                n.put("file", file.toString());
                r.bundleId().ifPresent(id -> n.put("bundle_id", id));
                n.put("as", user);
                n.put("committed", r.committed());
                n.put("objects", r.received());
                for (ImportReport.Status st : ImportReport.Status.values()) {
                    n.put(st.name().toLowerCase(java.util.Locale.ROOT), r.count(st));
                }
                issues(n.putArray("errors"), issues, true);
                issues(n.putArray("warnings"), issues, false);
                System.out.println(StixJson.compact(n));
            } else {
                System.out.println(file + ": " + (r.committed() ? "stored " : "NOTHING stored: ") + r.count(ImportReport.Status.STORED)
                        + " new, " + r.count(ImportReport.Status.ALREADY_STORED) + " already stored, "
                        + r.count(ImportReport.Status.DUPLICATE) + " duplicates, " + r.count(ImportReport.Status.REFUSED) + " refused"
                        + (r.count(ImportReport.Status.NOT_STORED) > 0 ? ", " + r.count(ImportReport.Status.NOT_STORED)
                        + " valid but not stored (use --skip-invalid to store them)" : ""));
                issues.stream().filter(Issue::isError).forEach(i -> System.out.println("  " + i));
            }
        }

        private static String cutLeft(String s, int max) {
            return s.length() <= max ? s : s.substring(s.length() - max);
        }

        private static int fail(String message) {
            System.err.println("issa cyber stix import: " + message);
            return 2;
        }
    }

    /** Reads and parses a bundle within the default limits; on failure prints why and returns empty. */
    static Optional<Bundle> read(String command, Path file) {
        try {
            long size = Files.size(file);
            if (size > BundleLimits.DEFAULT.maxBytes()) {
                System.err.println("issa cyber stix " + command + ": " + file + " has " + size + " bytes, more than the limit of "
                        + BundleLimits.DEFAULT.maxBytes());
                return Optional.empty();
            }
            return Optional.of(new BundleReader(BundleLimits.DEFAULT).readBundle(Files.readAllBytes(file)));
        } catch (IOException e) {
            System.err.println("issa cyber stix " + command + ": cannot read " + file + ": " + e);
            return Optional.empty();
        } catch (StixFormatException e) {
            System.err.println("issa cyber stix " + command + ": " + file + " is not a STIX 2.1 bundle: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void issues(ArrayNode out, List<Issue> issues, boolean errors) {
        for (Issue i : issues) {
            if (i.isError() == errors) {
                ObjectNode o = out.addObject();
                o.put("id", i.objectId());
                o.put("path", i.path());
                o.put("rule", i.rule());
                o.put("message", i.message());
            }
        }
    }
}

package org.issa.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.app.passenger.PassengerSettings;
import org.issa.app.passenger.review.PassengerReviewConfig;
import org.issa.app.passenger.review.PushAssessment;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.ingest.ReadLimits;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.keep.KeepFilter;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.EntityPublication;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.store.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code issa pnr import FILE...}: stores PNRGOV and PAXLST files in the ISSA database without a server, as the named
 * PIU user, each message once and in its own transaction, audited as an upload would be; each stored push is then
 * assessed exactly as the carrier endpoint's (the same after-store hook: watch lists, criteria in force, hits to the
 * review queue). Prints one JSON line per file.
 * Exit 0 when every file was read (even with quarantined segments), 2 when a file is no interchange at all or the
 * database or user cannot be used.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Store PNRGOV (EDIFACT or XML) and PAXLST files in the ISSA database (the embedded H2 under ISSA_DATA_DIR or "
                + "--data-dir, or ISSA_DB_URL), as the PIU analyst or supervisor named by --as. A message stored before is "
                + "recognised and not stored again. Each stored push is assessed as the carrier endpoint's are: its passengers are "
                + "screened against the watch lists and evaluated against the criteria in force, hits go to the review queue "
                + "(the PIU's airports from ISSA_PASSENGER_HOMEAIRPORTS). One JSON line per file: messages, PNRs, new bookings, "
                + "quarantined segments with reasons, the assessments. Exit 0 when every file was read, 2 when a file is not a PNRGOV/PAXLST interchange or the "
                + "database or user cannot be used.")
public final class PnrImportCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "PNRGOV or PAXLST interchanges, or PNRGOV XML documents.")
    List<Path> files;

    @Option(names = "--as", required = true, paramLabel = "USER",
            description = "The ISSA account the import acts as (an ANALYST or SUPERVISOR of the PIU); the audit trail names it.")
    String user;

    @Option(names = "--data-dir", description = "The data folder of the embedded database (default: ISSA_DATA_DIR or ./data).")
    Path dataDir;

    @Override
    public Integer call() {
        Settings s = Settings.fromEnvironment().withDataDir(dataDir);
        if (s.embeddedDatabaseMissing()) {
            return fail("no ISSA database at " + s.dataDir() + " (start `issa serve` once to create it, or set ISSA_DATA_DIR or ISSA_DB_URL)");
        }
        PnrIngest ingest;
        Principal p;
        List<Optional<PassengerAssessment.Result>> assessed = new java.util.ArrayList<>();
        try {
            CliDatabase db = CliDatabase.openAs(s, user);
            Sql sql = db.sql();
            Transactions tx = db.tx();
            Clock clock = db.clock();
            p = db.user();
            if (!p.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
                return fail("only PIU analysts and supervisors import passenger data; '" + user + "' is neither");
            }
            PassengerSettings settings = PassengerSettings.fromEnvironment(System.getenv());
            JdbcAuditLog audit = new JdbcAuditLog(sql, tx, clock);
            PnrStore store = new PnrStore(sql, audit, tx, clock, settings.marking(), EntityPublication.none());
            // Stored pushes are assessed as the carrier endpoint's are: the same after-store hook, built without Spring.
            PushAssessment push = PassengerReviewConfig.standalone(sql, audit, tx, clock, store, homeAirports());
            ingest = new PnrIngest(new PassengerMessages()::read, new KeepFilter()::keep, store,
                    PassengerReviewConfig.afterStore(push, store, assessed::add));
        } catch (RuntimeException e) {
            return fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        int code = 0;
        for (Path file : files) {
            ObjectNode line = JSON.createObjectNode();
            line.put("file", file.toString());
            assessed.clear();
            try {
                long size = Files.size(file);
                if (size > ReadLimits.DEFAULT.maxBytes()) {
                    throw new NotAnInterchangeException("the file has " + size + " bytes, more than the limit of " + ReadLimits.DEFAULT.maxBytes());
                }
                PnrIngest.FileReceipt r = ingest.ingest(new Delivery(Channel.CLI, p.username(), "", Files.readAllBytes(file)));
                line.put("format", r.format());
                line.put("messages", r.messages().size());
                line.put("pnrs", r.pnrs());
                line.put("new_bookings", r.messages().stream().mapToInt(Receipt::newBookings).sum());
                line.put("already_stored", r.messages().stream().filter(Receipt::alreadyStored).count());
                line.put("sensitive_deleted", r.messages().stream().mapToInt(m -> m.sensitive().size()).sum());
                ArrayNode q = line.putArray("quarantined");
                r.fileQuarantined().forEach(x -> quarantined(q, x));
                r.messages().forEach(m -> m.quarantined().forEach(x -> quarantined(q, x)));
                ArrayNode a = line.putArray("assessed");
                for (Optional<PassengerAssessment.Result> result : assessed) {
                    ObjectNode n = a.addObject();
                    result.ifPresentOrElse(x -> {
                        n.put("flight", x.flightKey());
                        n.put("passengers", x.passengers());
                        n.put("lists", x.listsScreened().size());
                        n.put("criteria", x.criteriaEvaluated());
                        n.put("list_hits", x.listHits());
                        n.put("criterion_hits", x.criterionHits());
                        n.put("new_hits", x.newHits());
                    }, () -> n.put("skipped", "no flight or no named passenger: stored, not assessed (see the audit trail)"));
                }
            } catch (NotAnInterchangeException e) {
                line.put("error", e.getMessage());
                code = 2;
            } catch (IOException e) {
                line.put("error", "cannot read the file: " + e.getMessage());
                code = 2;
            } catch (RuntimeException e) {
                line.put("error", "not stored: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                code = 2;
            }
            System.out.println(line);
        }
        return code;
    }

    /** The PIU's own airports, as the server reads {@code issa.passenger.home-airports}: ISSA_PASSENGER_HOMEAIRPORTS. */
    static String homeAirports() {
        String v = System.getenv("ISSA_PASSENGER_HOMEAIRPORTS");
        return v == null ? "" : v;
    }

    private static void quarantined(ArrayNode out, Quarantined q) {
        ObjectNode n = out.addObject();
        n.put("message", q.messageReference());
        n.put("position", q.position());
        n.put("reason", q.reason());
    }

    private static int fail(String message) {
        System.err.println("issa pnr import: " + message);
        return 2;
    }
}

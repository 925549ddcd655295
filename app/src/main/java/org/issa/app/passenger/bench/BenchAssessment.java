package org.issa.app.passenger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.issa.app.passenger.review.PassengerReviewConfig;
import org.issa.app.passenger.review.PushAssessment;
import org.issa.app.watchlist.ListImport;
import org.issa.app.watchlist.ListReaders;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.app.watchlist.Watchlists;
import org.issa.core.audit.AuditLog;
import org.issa.core.marking.Classification;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.matching.bench.SyntheticNames;
import org.issa.matching.lists.ListDocument;
import org.issa.matching.lists.ListFormats;
import org.issa.matching.model.Subject;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.bench.BenchCriteria;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.CriteriaStore;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.store.PnrStore;
import org.issa.rules.RuleCompiler;

/**
 * The assessment the bench runs after each stored push, set up in the bench's database as a PIU would set it up: the
 * UN Security Council Consolidated List imported as a sanctions list (the real XML when given, else a generated list of
 * the same size, 730 persons and 273 entities), and {@code criteria} criteria ({@link BenchCriteria}) written by an
 * analyst, approved by a supervisor and activated. The hook is the one the carrier endpoint and {@code issa pnr import}
 * run ({@link PassengerReviewConfig#afterStore}): every passenger screened through the screening engine's index, every
 * criterion in force evaluated, each hit raised in the review queue; the bench only counts what it did.
 */
final class BenchAssessment {

    /** The size of the UN list the generated stand-in copies (the consolidated list of 27 February 2026: 730 + 273 entries). */
    static final int UN_PERSONS = 730;
    static final int UN_ENTITIES = 273;

    private static final Principal ANALYST = new Principal("bench-analyst", "BENCH-PIU", "FR", Set.of(Role.ANALYST),
            Classification.RESTREINT_UE);
    private static final Principal SUPERVISOR = new Principal("bench-supervisor", "BENCH-PIU", "FR", Set.of(Role.SUPERVISOR),
            Classification.RESTREINT_UE);
    private static final Principal APPROVER = new Principal("bench-approver", "BENCH-PIU", "FR", Set.of(Role.SUPERVISOR),
            Classification.RESTREINT_UE);

    /** What was set up: where the list came from, its entries, the criteria in force (and how many read travel history). */
    record Setup(String listSource, int listEntries, int criteria, int historyCriteria) {
    }

    /** What the hook did over a run. */
    static final class Counts {
        final AtomicLong pushes = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong passengers = new AtomicLong();
        final AtomicLong listHits = new AtomicLong();
        final AtomicLong criterionHits = new AtomicLong();
        final AtomicLong newHits = new AtomicLong();

        void add(Optional<PassengerAssessment.Result> r) {
            pushes.incrementAndGet();
            r.ifPresentOrElse(x -> {
                passengers.addAndGet(x.passengers());
                listHits.addAndGet(x.listHits());
                criterionHits.addAndGet(x.criterionHits());
                newHits.addAndGet(x.newHits());
            }, skipped::incrementAndGet);
        }
    }

    private BenchAssessment() {
    }

    /** Imports the list and puts the criteria in force in the database of {@code sql}. */
    static Setup prepare(Sql sql, AuditLog audit, Transactions tx, Clock clock, Optional<Path> unList, int criteria) throws IOException {
        ListReaders readers = new ListReaders(Map.of("un", ListFormats.forName("un")));
        WatchlistStore store = new WatchlistStore(sql);
        Watchlists lists = new Watchlists(store, readers, audit, tx, clock, id -> {
        });
        ListImport imports = new ListImport(store, lists, readers, audit, tx, clock, id -> {
        });
        Watchlist un = lists.create(SUPERVISOR, "UN Security Council Consolidated List", "SANCTIONS", "un", null,
                "benchmark: the persons and entities of the UN consolidated list", null);
        String source;
        int entries;
        if (unList.isPresent()) {
            entries = imports.importFile(SUPERVISOR, un.id(), "un", Files.readAllBytes(unList.get())).version().entryCount();
            source = "the UN consolidated list " + unList.get();
        } else {
            SyntheticNames names = new SyntheticNames(1267, 2000);
            List<Subject> generated = new ArrayList<>();
            for (int i = 0; i < UN_PERSONS; i++) {
                generated.add(names.person("GEN-P-" + i));
            }
            for (int i = 0; i < UN_ENTITIES; i++) {
                generated.add(names.company("GEN-E-" + i));
            }
            entries = imports.importDocument(SUPERVISOR, un.id(), new ListDocument("un", "generated", generated, List.of())).version()
                    .entryCount();
            source = "a generated list of the UN list's size (the UN XML was not found)";
        }
        CriteriaRegister register = new CriteriaRegister(new CriteriaStore(sql), new RuleCompiler(CriteriaModel.MODEL), audit, tx, clock);
        LocalDate review = LocalDate.now(clock).plusMonths(6);
        for (CriterionDraft d : BenchCriteria.drafts(criteria, ANALYST.username(), review)) {
            String id = register.create(ANALYST, d, null).id();
            register.approve(APPROVER, id, 1, "benchmark set");
            register.activate(SUPERVISOR, id, 1);
        }
        return new Setup(source, entries, criteria, BenchCriteria.readingHistory(criteria));
    }

    /**
     * The production after-store hook over the bench's database, its watch-list index built before the clock starts (as
     * a running server has it), counting into {@code counts}.
     */
    static PnrIngest.AfterStore hook(Sql sql, AuditLog audit, Transactions tx, Clock clock, PnrStore store, Counts counts) {
        WatchlistCheck check = PassengerReviewConfig.watchlistCheck(sql, audit, tx, clock);
        check.check(new ScreenableRecord("bench", "prime", "Person", List.of("Index Primer"), List.of(), List.of(), "", List.of(),
                store.marking(), "system"));
        PushAssessment push = PassengerReviewConfig.standalone(sql, audit, tx, clock, store, "", check);
        return PassengerReviewConfig.afterStore(push, store, counts::add);
    }
}

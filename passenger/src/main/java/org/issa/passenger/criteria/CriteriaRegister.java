package org.issa.passenger.criteria;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Marking;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.rules.RuleCompiler;

/**
 * The lifecycle of pre-determined criteria: an analyst or supervisor writes a draft; every edit is a new draft version
 * and the old ones are kept; a supervisor who is not the version's author approves it; a supervisor puts an approved
 * version in force (the version it replaces is retired) or retires the criterion. A version whose review date has passed
 * is flagged. Every change is audited in the same transaction.
 */
public final class CriteriaRegister {

    /** The furthest ahead a review date may be set: criteria are reviewed at least yearly (Art 6(4) "regularly"). */
    public static final int MAX_REVIEW_MONTHS = 12;

    private final CriteriaStore store;
    private final RuleCompiler compiler;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();

    public CriteriaRegister(CriteriaStore store, RuleCompiler compiler, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.compiler = compiler;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public RuleCompiler compiler() {
        return compiler;
    }

    public CriteriaStore store() {
        return store;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Moves on each time the set of active versions may have changed, so that evaluators know to reload. */
    public long generation() {
        return generation.get();
    }

    public Criterion create(Principal author, CriterionDraft draft, Marking requested) {
        requireAuthor(author);
        String name = Require.text("name", draft.name(), 200);
        String owner = Require.text("owner", draft.owner() == null || draft.owner().isBlank() ? author.username() : draft.owner(), 64);
        if (!Marking.CODE.matcher(owner).matches()) {
            throw new InvalidInputException("owner", "owner must be a username");
        }
        CriterionVersion v = checked(author, UUID.randomUUID().toString(), 1, draft);
        Marking marking = author.markingOfOwnRecord(requested);
        Criterion c = new Criterion(v.criterionId(), name, owner, author.username(), v.createdAt(), 1, Optional.empty(), false, marking);
        return tx.inTransaction(() -> {
            store.insert(c);
            store.insert(v);
            audit.record(AuditEvent.write(author.username(), "passenger.criterion.create", "pnr_criterion", c.id(),
                    "created \"" + name + "\" v1, owner " + owner + ", review by " + v.reviewDate()));
            return c;
        });
    }

    /** A new draft version from {@code baseVersion}, which must still be the latest (else someone else edited first). */
    public CriterionVersion edit(Principal author, String id, int baseVersion, CriterionDraft draft) {
        requireAuthor(author);
        Criterion c = criterion(author, id);
        if (c.retired()) {
            throw new ConflictException("criterion " + id + " is retired; write a new criterion instead");
        }
        CriterionVersion v = checked(author, id, baseVersion + 1, draft);
        return tx.inTransaction(() -> {
            if (!store.advanceLatest(id, baseVersion, v.version())) {
                throw new ConflictException("criterion " + id + " has a version newer than " + baseVersion + ": reload and edit that one");
            }
            store.insert(v);
            int superseded = store.supersedePending(id, v.version());
            audit.record(AuditEvent.write(author.username(), "passenger.criterion.edit", "pnr_criterion", id,
                    "v" + v.version() + " drafted from v" + baseVersion + (superseded > 0 ? "; " + superseded + " pending version(s) superseded" : "")));
            return v;
        });
    }

    public CriterionVersion approve(Principal supervisor, String id, int version, String note) {
        requireSupervisor(supervisor, "approve");
        criterion(supervisor, id);
        CriterionVersion v = version(id, version);
        if (v.author().equals(supervisor.username())) {
            throw new ForbiddenException("the author of a version may not approve it: another supervisor must (four-eyes principle)");
        }
        if (v.status() != VersionStatus.DRAFT) {
            throw new ConflictException("version " + version + " is " + v.status() + ", only a draft can be approved");
        }
        if (v.reviewDate().isBefore(today())) {
            throw new InvalidInputException("reviewDate", "the review date " + v.reviewDate() + " has passed: edit the criterion to set a new one");
        }
        compiler.compile(v.expression()).orThrow();
        String n = Require.text("note", note, 2000);
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            if (!store.approve(id, version, supervisor.username(), now, n)) {
                throw new ConflictException("version " + version + " is no longer a draft");
            }
            audit.record(AuditEvent.write(supervisor.username(), "passenger.criterion.approve", "pnr_criterion", id,
                    "v" + version + " approved (author " + v.author() + "): " + n));
            return version(id, version);
        });
    }

    public CriterionVersion activate(Principal supervisor, String id, int version) {
        requireSupervisor(supervisor, "activate");
        Criterion c = criterion(supervisor, id);
        CriterionVersion v = version(id, version);
        if (v.status() != VersionStatus.APPROVED) {
            throw new ConflictException("version " + version + " is " + v.status() + ", only an approved version can be put in force");
        }
        if (v.reviewDate().isBefore(today())) {
            throw new InvalidInputException("reviewDate", "the review date " + v.reviewDate() + " has passed: edit the criterion to set a new one");
        }
        Instant now = clock.instant();
        CriterionVersion out = tx.inTransaction(() -> {
            int replaced = store.retireActive(id, supervisor.username(), now);
            if (!store.activate(id, version, supervisor.username(), now)) {
                throw new ConflictException("version " + version + " is no longer approved");
            }
            store.setActive(id, Optional.of(version), false);
            audit.record(AuditEvent.write(supervisor.username(), "passenger.criterion.activate", "pnr_criterion", id,
                    "v" + version + " in force" + (replaced > 0 ? ", v" + c.activeVersion().map(String::valueOf).orElse("?") + " retired" : "")));
            return version(id, version);
        });
        generation.incrementAndGet();
        return out;
    }

    public Criterion retire(Principal supervisor, String id, String reason) {
        requireSupervisor(supervisor, "retire");
        Criterion c = criterion(supervisor, id);
        if (c.retired()) {
            throw new ConflictException("criterion " + id + " is already retired");
        }
        String why = Require.text("reason", reason, 2000);
        Instant now = clock.instant();
        Criterion out = tx.inTransaction(() -> {
            store.retireActive(id, supervisor.username(), now);
            store.supersedePending(id, Integer.MAX_VALUE);
            store.setActive(id, Optional.empty(), true);
            audit.record(AuditEvent.write(supervisor.username(), "passenger.criterion.retire", "pnr_criterion", id, "retired: " + why));
            return criterion(supervisor, id);
        });
        generation.incrementAndGet();
        return out;
    }

    public Criterion criterion(Principal reader, String id) {
        requireReader(reader);
        return store.criterion(reader, id).orElseThrow(() -> new NotFoundException("criterion", id));
    }

    public List<CriterionVersion> versions(Principal reader, String id) {
        criterion(reader, id);
        return store.versions(id);
    }

    public CriterionVersion version(Principal reader, String id, int version) {
        criterion(reader, id);
        return version(id, version);
    }

    public Page<Criterion> criteria(Principal reader, String cursor, int limit) {
        requireReader(reader);
        return Page.of(store.criteria(reader, Cursor.decode(cursor), limit + 1), limit, CriteriaStore::keyOf);
    }

    /** Records a backtest that was run on a readable version (audited: it processed stored PNR data for purpose (c)). */
    public BacktestRecord recordBacktest(Principal analyst, String id, int version, Backtest.Result r) {
        criterion(analyst, id);
        version(id, version);
        BacktestRecord b = new BacktestRecord(UUID.randomUUID().toString(), id, version, r.from(), r.to(), r.bookings(), r.passengers(),
                r.hits(), r.undecided(), r.seconds(), r.perDayJson(), analyst.username(), clock.instant());
        return tx.inTransaction(() -> {
            store.insert(b);
            audit.record(new AuditEvent(analyst.username(), "passenger.criterion.backtest", "pnr_criterion", id,
                    "analysis for pre-determined criteria (Art 6(2)(c))",
                    "v" + version + " over " + r.from() + ".." + r.to() + ": " + r.hits() + " hits among " + r.passengers() + " passengers"));
            return b;
        });
    }

    private CriterionVersion checked(Principal author, String id, int number, CriterionDraft draft) {
        String justification = Require.text("justification", draft.justification(), 4000);
        LocalDate review = draft.reviewDate();
        LocalDate today = today();
        if (review == null) {
            throw new InvalidInputException("reviewDate", "reviewDate is required");
        }
        if (!review.isAfter(today)) {
            throw new InvalidInputException("reviewDate", "reviewDate must be in the future");
        }
        if (review.isAfter(today.plusMonths(MAX_REVIEW_MONTHS))) {
            throw new InvalidInputException("reviewDate", "reviewDate must be within " + MAX_REVIEW_MONTHS + " months");
        }
        if (draft.priority() < 1 || draft.priority() > 5) {
            throw new InvalidInputException("priority", "priority must be between 1 (highest) and 5");
        }
        String expression = draft.expression() == null ? "" : draft.expression().strip();
        if (expression.length() > 4000) {
            throw new InvalidInputException("expression", "expression must be at most 4000 characters");
        }
        compiler.compile(expression).orThrow();
        return new CriterionVersion(id, number, expression, justification, review, draft.priority(), VersionStatus.DRAFT,
                author.username(), clock.instant(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private CriterionVersion version(String id, int version) {
        return store.version(id, version).orElseThrow(() -> new NotFoundException("criterion version", id + "/v" + version));
    }

    private static void requireReader(Principal p) {
        if (!p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.DPO, Role.AUDITOR)) {
            throw new ForbiddenException("reading criteria needs the ANALYST, SUPERVISOR, DPO or AUDITOR role");
        }
    }

    private static void requireAuthor(Principal p) {
        if (!p.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("writing criteria needs the ANALYST or SUPERVISOR role");
        }
    }

    private static void requireSupervisor(Principal p, String what) {
        if (!p.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only a SUPERVISOR may " + what + " a criterion");
        }
    }
}

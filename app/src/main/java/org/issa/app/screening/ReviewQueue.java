package org.issa.app.screening;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.issa.app.watchlist.Watchlists;
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
import org.issa.core.sql.SqlStates;
import org.issa.core.tx.Transactions;
import org.issa.matching.model.Subject;

/**
 * The review queue. Hits are raised by batch screenings and by the screening of kept records;
 * a supervisor decides each one a true match or a false positive, with a reason, and may not
 * decide a hit on a record they answer for (four eyes). Raising, reading and deciding are audited.
 */
public final class ReviewQueue {

    /** The purpose recorded when a hit is opened without one being stated. */
    public static final String REVIEW_PURPOSE = "review of a screening hit";

    private final HitStore hits;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public ReviewQueue(HitStore hits, AuditLog audit, Transactions tx, Clock clock) {
        this.hits = hits;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public static void requireReader(Principal who) {
        Watchlists.requireRole(who, "read screening hits", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
    }

    /**
     * Raises a hit unless one was raised already for the same record and entry contents (see
     * {@link HitStore#known}); true when raised. When a screening of the same record running at the same moment raised it
     * first, the insert fails on the hit's unique key and the second attempt finds it known.
     */
    public boolean raise(String actor, String recordType, String recordId, String recordName, Subject query, String queryHash,
                         Candidate c, String raisedFor, Marking marking) {
        return SqlStates.retrying(SqlStates::lostRace, () -> tx.inTransaction(() -> {
            if (hits.known(recordType, recordId, c.listId(), c.entryId(), queryHash, c.entryHash())) {
                return false;
            }
            String id = UUID.randomUUID().toString();
            hits.insert(id, recordType, recordId, recordName, query, queryHash, c, clock.instant(), raisedFor, marking);
            audit.record(AuditEvent.write(actor, "screening.hit.raise", "screening_hit", id, recordType + " " + recordId
                    + " against list " + c.listId() + " v" + c.listVersion() + ", entry " + c.entryId() + ", score "
                    + String.format(java.util.Locale.ROOT, "%.2f", c.score())));
            return true;
        }));
    }

    public Page<Hit> hits(Principal reader, Optional<HitStatus> status, Optional<String> listId, String cursor, int limit) {
        requireReader(reader);
        String after = Cursor.decode(cursor);
        return Page.of(hits.hits(reader, status, listId, Optional.empty(), after.isEmpty() ? Optional.empty() : Optional.of(after),
                limit + 1), limit, HitStore::keyOf);
    }

    public long countOpen(Principal reader) {
        requireReader(reader);
        return hits.countOpen(reader);
    }

    /** One hit in full (the screened record is personal data): the read is audited with its purpose. */
    public Hit hit(Principal reader, String id, Optional<String> purpose) {
        requireReader(reader);
        Hit h = hits.hit(reader, id).orElseThrow(() -> new NotFoundException("hit", id));
        String why = purpose.filter(p -> !p.isBlank()).map(p -> Require.text("purpose", p, 1000)).orElse(REVIEW_PURPOSE);
        tx.run(() -> audit.recordRead(reader.username(), "screening_hit", h.id(), why));
        return h;
    }

    public Hit decide(Principal who, String id, String decision, String reason) {
        Watchlists.requireRole(who, "decide screening hits", Role.SUPERVISOR);
        Hit h = hits.hit(who, id).orElseThrow(() -> new NotFoundException("hit", id));
        HitStatus status = HitStatus.parse("decision", decision);
        if (status == HitStatus.OPEN) {
            throw new InvalidInputException("decision", "decision must be TRUE_MATCH or FALSE_POSITIVE");
        }
        String why = Require.text("reason", reason, 2000);
        if (h.raisedFor().equals(who.username())) {
            throw new ForbiddenException("four eyes: you answer for the screened record, so another supervisor decides this hit");
        }
        tx.run(() -> {
            if (!hits.decide(h.id(), status, who.username(), clock.instant(), why)) {
                throw new ConflictException("this hit has already been decided");
            }
            audit.record(AuditEvent.write(who.username(), "screening.hit.decide", "screening_hit", h.id(),
                    status.name() + " (raised for " + h.raisedFor() + "): " + why));
        });
        return hits.hit(who, id).orElseThrow();
    }
}

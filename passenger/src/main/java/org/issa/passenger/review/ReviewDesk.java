package org.issa.passenger.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
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

/**
 * The human review of automated hits. The system raises hits; only people decide them:
 * <ol>
 * <li>a reviewer (analyst or supervisor) examines a NEW hit individually and either dismisses it
 * or confirms it for further examination (REVIEWED), with a note;</li>
 * <li>a REVIEWED hit may be referred to a registered, active competent authority with a reason;
 * nothing leaves the PIU before that review (a NEW hit cannot be referred), and the referral is
 * made by another person than the one who confirmed it (four eyes on every transmission);</li>
 * <li>a supervisor closes the case of a passenger on a flight once every hit is decided; from
 * then on its decisions are locked.</li>
 * </ol>
 * A supervisor may reopen a dismissed hit while the case is open. Every step, and every read of
 * the queue or a hit (personal data, with its purpose), is audited in the same transaction.
 */
public final class ReviewDesk {

    /** The purpose recorded when a reviewer reads without stating another. */
    public static final String REVIEW_PURPOSE = "review of automated hits before arrival or departure (Art 6(2)(a), 6(5))";
    public static final String HIT_TYPE = "passenger_hit";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final ReviewStore store;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public ReviewDesk(ReviewStore store, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public static void requireReader(Principal who) {
        requireRole(who, "read passenger hits", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
    }

    public static void requireReviewer(Principal who) {
        requireRole(who, "review passenger hits", Role.ANALYST, Role.SUPERVISOR);
    }

    static void requireRole(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }

    /**
     * Raises a hit on a passenger of a flight unless the same source raised it already; in the
     * passenger's open case (opened if needed). True when raised. Runs in the caller's transaction.
     */
    public boolean raise(String actor, ReviewStore.Subject subject, NewHit hit, Marking marking) {
        return tx.inTransaction(() -> {
            if (store.known(subject, hit)) {
                return false;
            }
            Instant now = clock.instant();
            String caseId = store.openCase(subject.flightKey(), subject.passengerRef(), now);
            String id = UUID.randomUUID().toString();
            store.insertHit(id, caseId, subject, hit, now, marking);
            audit.record(AuditEvent.write(actor, "passenger.hit.raise", HIT_TYPE, id, hit.source() + " " + hit.sourceId()
                    + (hit.entryId().isEmpty() ? "" : " entry " + hit.entryId()) + " on passenger " + subject.passengerRef()
                    + " of " + subject.flightKey() + ", priority " + hit.priority()
                    + String.format(Locale.ROOT, ", score %.2f", hit.score())));
            return true;
        });
    }

    /** The queue in review order (soonest flight first, then priority); reading it is a consultation and is audited. */
    public Page<ReviewHit> queue(Principal reader, List<HitStatus> statuses, Optional<HitSource> source, String cursor, int limit,
                                 Optional<String> purpose) {
        return queue(reader, statuses, source, Optional.empty(), cursor, limit, purpose);
    }

    /**
     * The queue narrowed to passengers whose name contains {@code name}: a search of personal data, audited with its
     * purpose; hits masked or erased with their PNR are no longer found by name.
     */
    public Page<ReviewHit> queue(Principal reader, List<HitStatus> statuses, Optional<HitSource> source, Optional<String> name,
                                 String cursor, int limit, Optional<String> purpose) {
        requireReader(reader);
        Optional<String> who = name.filter(n -> !n.isBlank()).map(n -> Require.text("name", n, 200));
        String after = Cursor.decode(cursor);
        String why = purpose(purpose);
        return tx.inTransaction(() -> {
            if (who.isPresent()) {
                audit.record(new AuditEvent(reader.username(), "passenger.hit.search", "passenger_review_queue", "name", why,
                        "search of the review queue by name, statuses=" + statuses + source.map(s -> " source=" + s).orElse("")));
            } else {
                audit.recordRead(reader.username(), "passenger_review_queue", "statuses=" + statuses
                        + source.map(s -> " source=" + s).orElse(""), why);
            }
            return Page.of(store.queue(reader, statuses, source, who, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1),
                    limit, ReviewStore::keyOf);
        });
    }

    public long count(Principal reader, HitStatus status) {
        requireReader(reader);
        return store.count(reader, status);
    }

    /** One hit in full; the read is audited with its purpose. */
    public ReviewHit hit(Principal reader, String id, Optional<String> purpose) {
        requireReader(reader);
        ReviewHit h = find(reader, id);
        String why = purpose(purpose);
        tx.run(() -> audit.recordRead(reader.username(), HIT_TYPE, h.id(), why));
        return h;
    }

    /**
     * A hit depersonalised with its PNR, shown in full under the Art 12(3) approval of its booking that is valid now: the
     * use is audited with its purpose and notified to the DPO. A hit that is not masked is returned as it is; an erased
     * one, or one without a stored booking, cannot be shown in full (403).
     */
    public ReviewHit hitInFull(Principal reader, String id, Optional<String> purpose, org.issa.passenger.retention.Disclosures disclosures) {
        requireReader(reader);
        ReviewHit h = find(reader, id);
        String why = purpose(purpose);
        if (h.data() == ReviewHit.Data.FULL) {
            tx.run(() -> audit.recordRead(reader.username(), HIT_TYPE, h.id(), why));
            return h;
        }
        if (h.data() == ReviewHit.Data.ERASED) {
            throw new ForbiddenException("the personal data of this hit were erased with its PNR at the end of retention (Art 12(4))");
        }
        String booking = h.pnrBookingId().orElseThrow(() -> new ForbiddenException("this hit was raised without a stored PNR: there is"
                + " no booking whose Art 12(3) approval could disclose it, and its masked data were not kept"));
        return tx.inTransaction(() -> {
            String vault = disclosures.vaultOf(reader, booking, HitRetention.VAULT_TYPE, h.id(), why)
                    .orElseThrow(() -> new NotFoundException("sealed data of hit", h.id()));
            return HitRetention.unsealed(h, vault);
        });
    }

    /** The other hits of the same case, and the case. */
    public List<ReviewHit> caseHits(Principal reader, String caseId) {
        requireReader(reader);
        return store.hitsOfCase(reader, caseId);
    }

    public ReviewCase reviewCase(Principal reader, String caseId) {
        requireReader(reader);
        return store.reviewCase(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    }

    public Optional<Referral> referralOf(Principal reader, String hitId) {
        requireReader(reader);
        find(reader, hitId);
        return store.referralOf(hitId);
    }

    public List<Referral> referrals(Principal reader, int limit) {
        requireReader(reader);
        return store.referrals(reader, limit);
    }

    /** A reviewer confirms a NEW hit for further examination after examining it individually (Art 6(5)). */
    public ReviewHit confirm(Principal who, String id, String note) {
        requireReviewer(who);
        String why = Require.text("note", note, 2000);
        ReviewHit h = find(who, id);
        tx.run(() -> {
            if (!store.markReviewed(h.id(), who.username(), clock.instant(), why)) {
                throw conflict(h, "only a NEW hit can be confirmed");
            }
            audit.record(AuditEvent.write(who.username(), "passenger.hit.review", HIT_TYPE, h.id(), "confirmed for further examination: "
                    + why));
        });
        return find(who, id);
    }

    public ReviewHit dismiss(Principal who, String id, String reason) {
        requireReviewer(who);
        String why = Require.text("reason", reason, 2000);
        ReviewHit h = find(who, id);
        tx.run(() -> {
            if (!store.dismiss(h.id(), who.username(), clock.instant(), why)) {
                throw conflict(h, "only a NEW or REVIEWED hit can be dismissed");
            }
            audit.record(AuditEvent.write(who.username(), "passenger.hit.dismiss", HIT_TYPE, h.id(), "dismissed: " + why));
        });
        return find(who, id);
    }

    /**
     * Refers a REVIEWED hit to a registered, active competent authority for further examination.
     * Refused (409) for a hit nobody has reviewed, and (403) for the person who confirmed it.
     */
    public Referral refer(Principal who, String id, String authorityId, String reason) {
        requireReviewer(who);
        String why = Require.text("reason", reason, 2000);
        String authId = Require.text("authority", authorityId, 36);
        ReviewHit h = find(who, id);
        CompetentAuthority authority = store.authority(authId).filter(CompetentAuthority::active)
                .orElseThrow(() -> new InvalidInputException("authority", "authority must be an active entry of the register of competent"
                        + " authorities"));
        if (h.status() == HitStatus.NEW) {
            throw new ConflictException("this hit has not been reviewed: a person must examine it individually and confirm it"
                    + " (Art 6(5)) before anything is transmitted to a competent authority");
        }
        if (h.reviewedBy().filter(who.username()::equals).isPresent()) {
            throw new ForbiddenException("four eyes: you confirmed this hit, so another reviewer refers it");
        }
        Instant now = clock.instant();
        Referral r = new Referral(UUID.randomUUID().toString(), h.id(), h.caseId(), authority.id(), authority.name(), why, who.username(), now);
        tx.run(() -> {
            if (!store.markReferred(h.id(), who.username(), now, why)) {
                throw conflict(h, "only a REVIEWED hit can be referred");
            }
            store.insertReferral(r, h.carrier(), month(h));
            audit.record(new AuditEvent(who.username(), "passenger.hit.refer", HIT_TYPE, h.id(),
                    "transmission to a competent authority for further examination (Art 6(6))",
                    "referred to " + authority.code() + " (" + authority.name() + "), passenger " + h.passengerRef() + " of "
                            + h.flightKey() + ": " + why));
        });
        return r;
    }

    /** A supervisor takes back a dismissal while the case is open. */
    public ReviewHit reopen(Principal who, String id, String reason) {
        requireRole(who, "reopen passenger hits", Role.SUPERVISOR);
        String why = Require.text("reason", reason, 2000);
        ReviewHit h = find(who, id);
        tx.run(() -> {
            if (!store.reopen(h.id())) {
                throw conflict(h, "only a DISMISSED hit can be reopened");
            }
            audit.record(AuditEvent.write(who.username(), "passenger.hit.reopen", HIT_TYPE, h.id(), "reopened (was dismissed by "
                    + h.decidedBy().orElse("?") + "): " + why));
        });
        return find(who, id);
    }

    /** A supervisor closes a case whose hits are all decided; its decisions are locked from then on. */
    public ReviewCase closeCase(Principal who, String caseId, String note) {
        requireRole(who, "close review cases", Role.SUPERVISOR);
        String why = Require.text("note", note, 2000);
        ReviewCase c = store.reviewCase(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (store.hitsOfCase(who, caseId).isEmpty()) {
            throw new NotFoundException("case", caseId);
        }
        tx.run(() -> {
            if (!store.closeCase(c.id(), who.username(), clock.instant(), why)) {
                if (c.closed()) {
                    throw new ConflictException("this case is closed already");
                }
                throw new ConflictException("this case still has " + store.undecided(c.id()) + " undecided hits; decide each before closing");
            }
            audit.record(AuditEvent.write(who.username(), "passenger.case.close", "passenger_case", c.id(), "closed: " + why));
        });
        return store.reviewCase(caseId).orElseThrow();
    }

    // --- the register of competent authorities (Art 7)

    public CompetentAuthority addAuthority(Principal who, String code, String name, String memberState, String legalReference) {
        requireRole(who, "keep the register of competent authorities", Role.SUPERVISOR);
        String c = Require.text("code", code, 64).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("code", "code must be 2-64 letters, digits or '-'");
        }
        String state = Require.text("memberState", memberState, 2).toUpperCase(Locale.ROOT);
        if (!STATE.matcher(state).matches()) {
            throw new InvalidInputException("memberState", "memberState must be a two-letter ISO 3166-1 code");
        }
        CompetentAuthority a = new CompetentAuthority(UUID.randomUUID().toString(), c, Require.text("name", name, 300), state,
                Require.text("legalReference", legalReference, 500), true, who.username(), clock.instant());
        tx.run(() -> {
            if (store.codeTaken(c)) {
                throw new ConflictException("an authority with code " + c + " is registered already");
            }
            store.insertAuthority(a);
            audit.record(AuditEvent.write(who.username(), "passenger.authority.add", "passenger_authority", a.id(), c + ": " + a.name()
                    + " (" + a.legalReference() + ")"));
        });
        return a;
    }

    public CompetentAuthority setAuthorityActive(Principal who, String id, boolean active) {
        requireRole(who, "keep the register of competent authorities", Role.SUPERVISOR);
        CompetentAuthority a = store.authority(id).orElseThrow(() -> new NotFoundException("authority", id));
        tx.run(() -> {
            store.setActive(id, active);
            audit.record(AuditEvent.write(who.username(), "passenger.authority." + (active ? "activate" : "deactivate"),
                    "passenger_authority", id, a.code()));
        });
        return store.authority(id).orElseThrow();
    }

    public List<CompetentAuthority> authorities(Principal reader, boolean activeOnly) {
        requireRole(reader, "read the register of competent authorities", Role.ANALYST, Role.SUPERVISOR, Role.DPO, Role.AUDITOR);
        return store.authorities(activeOnly);
    }

    private ReviewHit find(Principal reader, String id) {
        return store.hit(reader, id).orElseThrow(() -> new NotFoundException("hit", id));
    }

    private ConflictException conflict(ReviewHit h, String rule) {
        Optional<ReviewCase> c = store.reviewCase(h.caseId());
        if (c.isPresent() && c.get().closed()) {
            return new ConflictException("the case of this hit was closed by " + c.get().closedBy().orElse("?")
                    + "; its decisions are locked");
        }
        return new ConflictException(rule + "; this hit is " + store.statusOf(h.id()).orElse(h.status()));
    }

    private static String month(ReviewHit h) {
        return h.flightTime().toString().substring(0, 7);
    }

    private static String purpose(Optional<String> purpose) {
        return purpose.filter(p -> !p.isBlank()).map(p -> Require.text("purpose", p, 1000)).orElse(REVIEW_PURPOSE);
    }
}

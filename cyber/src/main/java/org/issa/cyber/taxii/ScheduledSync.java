package org.issa.cyber.taxii;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;

/**
 * Peers synced on a schedule. A supervisor sets a peer's interval; {@link #runDue} (called by the
 * application's scheduler) claims each due peer in the database, pulls and/or pushes as the peer
 * is configured through {@link PeerSync} (the same release rule, watermarks, limits, history and
 * audit as a sync started by hand), on behalf of the supervisor who set the interval, and sets the
 * next due time: the interval after a success, twice the last wait after each consecutive failure
 * (at most {@link SyncSchedule#MAX_BACKOFF} intervals). One peer's failure never stops the others.
 */
public final class ScheduledSync {

    private static final System.Logger LOG = System.getLogger(ScheduledSync.class.getName());

    private final PeerStore peers;
    private final ScheduleStore schedules;
    private final PeerSync sync;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final Duration lease;
    private final String node;

    /**
     * @param lease how long a claim holds; a node that dies mid-run blocks the peer at most this long
     * @param node  this node's name in claims (made unique per instance)
     */
    public ScheduledSync(PeerStore peers, ScheduleStore schedules, PeerSync sync, AuditLog audit, Transactions tx, Clock clock,
                         Duration lease, String node) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the claim lease must be positive");
        }
        this.peers = peers;
        this.schedules = schedules;
        this.sync = sync;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.lease = lease;
        this.node = node;
    }

    /** What one scheduled run of one peer did. */
    public record Outcome(String peerId, boolean ok, int failures, Optional<Instant> nextDue, List<SyncRecord> syncs) {
    }

    public List<PeerSchedule> schedules(Principal who) {
        if (!who.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new ForbiddenException("only supervisors and administrators manage TAXII peers");
        }
        return schedules.all();
    }

    /**
     * Sets a peer's interval in minutes ({@link SyncSchedule#MIN_MINUTES} to {@link SyncSchedule#MAX_MINUTES}),
     * or turns scheduled syncs off (empty). A supervisor only: scheduled syncs run on their behalf. The
     * first run is due at once; failures start again from zero. Audited.
     */
    public PeerSchedule setInterval(Principal who, String peerId, Optional<Integer> minutes) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only supervisors schedule syncs with TAXII peers (scheduled syncs run on their behalf)");
        }
        SyncSchedule.interval(minutes);
        return tx.inTransaction(() -> {
            Peer p = peers.find(peerId).orElseThrow(() -> new NotFoundException("TAXII peer", peerId));
            Instant now = stored(clock.instant());
            schedules.setInterval(p.id(), minutes, who.username(), minutes.map(m -> now));
            audit.record(AuditEvent.write(who.username(), "cyber.taxii.peer.schedule", "taxii_peer", p.id(), p.name() + ": "
                    + minutes.map(m -> "sync every " + m + " minutes, on behalf of " + who.username()).orElse("scheduled syncs off")));
            return schedules.find(p.id()).orElseThrow();
        });
    }

    /**
     * A pull or push a supervisor starts by hand ("Pull now", "Push now"), under the same claim as
     * scheduled runs: refused with a conflict while another sync of the peer (here or on another node) runs.
     */
    public SyncRecord now(Principal who, String peerId, SyncRecord.Direction direction) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only supervisors pull from and push to TAXII peers");
        }
        Peer p = peers.find(peerId).orElseThrow(() -> new NotFoundException("TAXII peer", peerId));
        Instant now = clock.instant();
        String token = node + "/" + UUID.randomUUID();
        if (!tx.inTransaction(() -> schedules.claimNow(p.id(), token, now, now.plus(lease)))) {
            throw new ConflictException("a sync with the peer " + p.name() + " is running; try again when it has finished");
        }
        try {
            return direction == SyncRecord.Direction.PULL ? sync.pull(who, p.id()) : sync.push(who, p.id());
        } finally {
            tx.run(() -> schedules.unclaim(p.id(), token));
        }
    }

    /**
     * Runs every peer due now, one after the other; a peer claimed by another run is left to it.
     *
     * @param actors the current account of a supervisor by user name (empty when gone or disabled)
     */
    public List<Outcome> runDue(Function<String, Optional<Principal>> actors) {
        List<Outcome> done = new ArrayList<>();
        for (String id : schedules.due(clock.instant())) {
            try {
                run(id, actors).ifPresent(done::add);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "scheduled TAXII sync of peer " + id + " failed unexpectedly", e);
            }
        }
        return done;
    }

    /** Claims and runs one peer's scheduled sync; empty when it was not due or another run holds it. */
    Optional<Outcome> run(String peerId, Function<String, Optional<Principal>> actors) {
        Instant now = clock.instant();
        String token = node + "/" + UUID.randomUUID();
        if (!tx.inTransaction(() -> schedules.claim(peerId, token, now, now.plus(lease)))) {
            return Optional.empty();
        }
        boolean ok = false;
        List<SyncRecord> syncs = new ArrayList<>();
        Optional<PeerSchedule> schedule = Optional.empty();
        try {
            schedule = schedules.find(peerId);
            Optional<Peer> peer = peers.find(peerId);
            if (schedule.isPresent() && peer.isPresent()) {
                syncs.addAll(syncs(peer.get(), schedule.get(), actors));
                ok = !syncs.isEmpty() && syncs.stream().allMatch(SyncRecord::ok);
            }
        } finally {
            Instant finished = stored(clock.instant());
            int failures = ok ? 0 : schedule.map(PeerSchedule::failures).orElse(0) + 1;
            Optional<Instant> next = schedule.flatMap(PeerSchedule::interval).map(i -> SyncSchedule.nextDue(finished, i, failures));
            boolean okFinal = ok;
            if (!tx.inTransaction(() -> schedules.release(peerId, token, finished, okFinal, failures, next))) {
                LOG.log(System.Logger.Level.WARNING, "the claim on TAXII peer " + peerId + " ran out before its sync finished");
            }
        }
        PeerSchedule after = schedules.find(peerId).orElseThrow();
        return Optional.of(new Outcome(peerId, ok, after.failures(), after.nextDue(), List.copyOf(syncs)));
    }

    /** A time as the database keeps it (milliseconds: below, H2 and PostgreSQL round, which could put a due time after "now"). */
    private static Instant stored(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    private List<SyncRecord> syncs(Peer p, PeerSchedule s, Function<String, Optional<Principal>> actors) {
        SyncRecord.Direction first = p.pullCollection().isPresent() || p.pushCollection().isEmpty() ? SyncRecord.Direction.PULL
                : SyncRecord.Direction.PUSH;
        String actor = s.setBy().orElse("system");
        Optional<Principal> who = s.setBy().flatMap(actors);
        if (who.isEmpty()) {
            return List.of(sync.scheduledFailure(actor, p, first, clock.instant(), "the supervisor " + actor
                    + " who set the schedule has no enabled account; a supervisor must set the interval again"));
        }
        if (!who.get().has(Role.SUPERVISOR)) {
            return List.of(sync.scheduledFailure(actor, p, first, clock.instant(), actor
                    + " who set the schedule is no longer a supervisor; a supervisor must set the interval again"));
        }
        if (p.pullCollection().isEmpty() && p.pushCollection().isEmpty()) {
            return List.of(sync.scheduledFailure(actor, p, first, clock.instant(), "the peer has no collection to pull from or push to"));
        }
        List<SyncRecord> out = new ArrayList<>();
        if (p.pullCollection().isPresent()) {
            out.add(guarded(actor, p, SyncRecord.Direction.PULL, () -> sync.pull(who.get(), p.id(), true)));
        }
        if (p.pushCollection().isPresent()) {
            out.add(guarded(actor, p, SyncRecord.Direction.PUSH, () -> sync.push(who.get(), p.id(), true)));
        }
        return out;
    }

    /** A sync, or the reason it was refused before it began (PeerSync records failures of the exchange itself). */
    private SyncRecord guarded(String actor, Peer p, SyncRecord.Direction d, java.util.function.Supplier<SyncRecord> run) {
        Instant started = clock.instant();
        try {
            return run.get();
        } catch (RuntimeException e) {
            return sync.scheduledFailure(actor, p, d, started, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}

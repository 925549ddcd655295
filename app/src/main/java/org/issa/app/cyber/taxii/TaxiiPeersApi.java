package org.issa.app.cyber.taxii;

import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.cyber.taxii.Peer;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.cyber.taxii.PeerSchedule;
import org.issa.cyber.taxii.PeerSync;
import org.issa.cyber.taxii.ScheduledSync;
import org.issa.cyber.taxii.SyncRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** TAXII peers for supervisors and administrators: configuration, sync schedule, pull now, push now, sync history. */
@RestController
@RequestMapping("/api/v1/cyber/taxii")
public class TaxiiPeersApi {

    private final PeerSync sync;
    private final ScheduledSync scheduled;

    public TaxiiPeersApi(PeerSync sync, ScheduledSync scheduled) {
        this.sync = sync;
        this.scheduled = scheduled;
    }

    /** A peer's sync interval as set: minutes from 5 to 10080, or null (or absent) for on demand only. */
    public record ScheduleForm(Integer minutes) {
    }

    /** A peer's schedule and how its scheduled runs went. */
    public record ScheduleView(String peerId, Integer minutes, String setBy, String nextDue, int failures, String lastRun, Boolean lastOk) {
        static ScheduleView of(PeerSchedule s) {
            return new ScheduleView(s.peerId(), s.minutes().orElse(null), s.setBy().orElse(null), s.nextDue().map(Object::toString).orElse(null),
                    s.failures(), s.lastRun().map(Object::toString).orElse(null), s.lastOk().orElse(null));
        }
    }

    /** A peer as shown: everything but a secret, which is never stored (only where it is). */
    public record PeerView(String id, String name, String apiRoot, String pullCollection, String pushCollection,
                           String pullInto, String pushFrom, String username, String secretRef, String organisation, String memberState,
                           String clearance, String tlpVersion, boolean enabled, String pulledUntil, String pushedUntil) {
        static PeerView of(Peer p) {
            return new PeerView(p.id(), p.name(), p.apiRoot().toString(), p.pullCollection().orElse(null), p.pushCollection().orElse(null),
                    p.pullInto().orElse(null), p.pushFrom().orElse(null), p.username(), p.secretRef(), p.organisation(), p.memberState(), p.clearance().name(),
                    p.tlpVersion().name(), p.enabled(), p.pulledUntil().orElse(null), p.pushedUntil().map(Object::toString).orElse(null));
        }
    }

    @GetMapping("/peers")
    List<PeerView> peers(Authentication auth) {
        return sync.peers(CurrentUser.of(auth)).stream().map(PeerView::of).toList();
    }

    @PostMapping("/peers")
    @ResponseStatus(HttpStatus.CREATED)
    PeerView create(@RequestBody PeerForm form, Authentication auth) {
        return PeerView.of(sync.save(CurrentUser.of(auth), form.toPeer("")));
    }

    @PutMapping("/peers/{id}")
    PeerView update(@PathVariable String id, @RequestBody PeerForm form, Authentication auth) {
        sync.peer(CurrentUser.of(auth), id);
        return PeerView.of(sync.save(CurrentUser.of(auth), form.toPeer(id)));
    }

    @GetMapping("/peers/{id}/schedule")
    ScheduleView schedule(@PathVariable String id, Authentication auth) {
        Principal who = CurrentUser.of(auth);
        sync.peer(who, id);
        return scheduled.schedules(who).stream().filter(s -> s.peerId().equals(id)).findFirst().map(ScheduleView::of)
                .orElseThrow(() -> new NotFoundException("TAXII peer", id));
    }

    /** Sets (or with {@code minutes} null, turns off) the peer's scheduled syncs; supervisors only, audited. */
    @PutMapping("/peers/{id}/schedule")
    ScheduleView setSchedule(@PathVariable String id, @RequestBody ScheduleForm form, Authentication auth) {
        return ScheduleView.of(scheduled.setInterval(CurrentUser.of(auth), id, Optional.ofNullable(form == null ? null : form.minutes())));
    }

    @PostMapping("/peers/{id}/pull")
    SyncRecord pull(@PathVariable String id, Authentication auth) {
        return scheduled.now(CurrentUser.of(auth), id, SyncRecord.Direction.PULL);
    }

    @PostMapping("/peers/{id}/push")
    SyncRecord push(@PathVariable String id, Authentication auth) {
        return scheduled.now(CurrentUser.of(auth), id, SyncRecord.Direction.PUSH);
    }

    @GetMapping("/peers/{id}/syncs")
    List<SyncRecord> syncs(@PathVariable String id, @RequestParam(defaultValue = "50") int limit, Authentication auth) {
        return sync.history(CurrentUser.of(auth), Optional.of(id), limit);
    }

    @GetMapping("/peers/{id}/status/{statusId}")
    String status(@PathVariable String id, @PathVariable String statusId, Authentication auth) {
        return sync.pollStatus(CurrentUser.of(auth), id, statusId).toJson();
    }
}

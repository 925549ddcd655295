package org.issa.app.cyber.taxii;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.taxii.Peer;
import org.issa.cyber.taxii.PeerSchedule;
import org.issa.cyber.taxii.PeerSync;
import org.issa.cyber.taxii.ScheduledSync;
import org.issa.cyber.taxii.SyncRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The TAXII page: this node's discovery URL and the collections the user may reach over TAXII;
 * for supervisors and administrators the peers (add, edit, sync schedule), pull now and push now, and the sync history.
 */
@Controller
public class TaxiiPages {

    private final StixStore store;
    private final PeerSync sync;
    private final TaxiiSettings settings;
    private final ScheduledSync scheduled;

    public TaxiiPages(StixStore store, PeerSync sync, TaxiiSettings settings, ScheduledSync scheduled) {
        this.store = store;
        this.sync = sync;
        this.settings = settings;
        this.scheduled = scheduled;
    }

    public record PeersPage(String discoveryUrl, String apiRootUrl, List<Collection> collections, List<Peer> peers,
                            Map<String, String> peerNames, List<SyncRecord> history, Optional<Peer> editing, boolean manage,
                            Map<String, PeerSchedule> schedules) {

        /** The peer's schedule (off when none was read). */
        public PeerSchedule schedule(String peerId) {
            return schedules.getOrDefault(peerId, new PeerSchedule(peerId, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    @GetMapping("/cyber/taxii")
    ModelAndView page(@RequestParam(required = false) String edit, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return view(request, p, Pages.page(request, "TAXII server and peers", "cert"), edit);
    }

    @PostMapping("/cyber/taxii/peers")
    ModelAndView save(@RequestParam(defaultValue = "") String id, @ModelAttribute PeerForm form,
                      @RequestParam(defaultValue = "false") boolean enabled, HttpServletRequest request, Authentication auth,
                      RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            PeerForm f = new PeerForm(form.name(), form.apiRoot(), form.pullCollection(), form.pushCollection(), form.pullInto(),
                    form.pushFrom(), form.username(), form.secretRef(), form.organisation(), form.memberState(), form.clearance(),
                    form.tlpVersion(), enabled); // an unticked box sends nothing: disabled
            Peer saved = sync.save(p, f.toPeer(id));
            flash.addFlashAttribute(Pages.NOTICE, "Peer " + saved.name() + " saved.");
            return new ModelAndView("redirect:/cyber/taxii");
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            return view(request, p, Pages.page(request, "TAXII server and peers", "cert").withError("Not saved: " + e.getMessage()),
                    id.isBlank() ? null : id);
        }
    }

    /** Sets a peer's sync interval in minutes; blank turns scheduled syncs off. */
    @PostMapping("/cyber/taxii/peers/{id}/schedule")
    ModelAndView schedule(@PathVariable String id, @RequestParam(defaultValue = "") String minutes, HttpServletRequest request,
                          Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            Optional<Integer> m;
            try {
                m = minutes.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(minutes.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("minutes", "the sync interval is a whole number of minutes, or empty for on demand only");
            }
            String name = sync.peer(p, id).name();
            scheduled.setInterval(p, id, m);
            flash.addFlashAttribute(Pages.NOTICE, "Peer " + name + ": " + m.map(x -> "synced every " + x + " minutes.").orElse("synced on demand only."));
            return new ModelAndView("redirect:/cyber/taxii");
        } catch (InvalidInputException | NotFoundException e) {
            return view(request, p, Pages.page(request, "TAXII server and peers", "cert").withError("Not scheduled: " + e.getMessage()), null);
        }
    }

    @PostMapping("/cyber/taxii/peers/{id}/pull")
    String pull(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        return now(auth, id, SyncRecord.Direction.PULL, flash);
    }

    @PostMapping("/cyber/taxii/peers/{id}/push")
    String push(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        return now(auth, id, SyncRecord.Direction.PUSH, flash);
    }

    /** A sync started by hand; another running sync of the peer is a notice, not an error page. */
    private String now(Authentication auth, String id, SyncRecord.Direction d, RedirectAttributes flash) {
        try {
            return outcome(scheduled.now(CurrentUser.of(auth), id, d), flash);
        } catch (ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
            return "redirect:/cyber/taxii";
        }
    }

    private static String outcome(SyncRecord r, RedirectAttributes flash) {
        flash.addFlashAttribute(r.ok() ? Pages.NOTICE : Pages.ERROR, (r.direction() == SyncRecord.Direction.PULL ? "Pull: " : "Push: ")
                + (r.ok() ? "" : "failed: ") + r.message());
        return "redirect:/cyber/taxii";
    }

    private ModelAndView view(HttpServletRequest request, Principal p, org.issa.app.web.Page frame, String edit) {
        String base = settings.publicUrl().orElseGet(() -> ServletUriComponentsBuilder.fromContextPath(request).build().toUriString())
                .replaceAll("/+$", "");
        boolean manage = p.hasAny(Role.SUPERVISOR, Role.ADMIN);
        List<Peer> peers = manage ? sync.peers(p) : List.of();
        Optional<Peer> editing = edit == null ? Optional.empty() : peers.stream().filter(x -> x.id().equals(edit)).findFirst();
        List<Collection> collections;
        try {
            collections = store.collections(p);
        } catch (ForbiddenException e) {
            collections = List.of();
        }
        return Pages.view("taxiiPeers", frame, new PeersPage(base + "/taxii2/", base + TaxiiServer.ROOT_PATH, collections, peers,
                peers.stream().collect(Collectors.toMap(Peer::id, Peer::name)), manage ? sync.history(p, Optional.empty(), 50) : List.of(),
                editing, manage, manage ? scheduled.schedules(p).stream().collect(Collectors.toMap(PeerSchedule::peerId, s -> s)) : Map.of()));
    }
}

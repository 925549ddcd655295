package org.issa.app.passenger.review;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.passenger.review.CompetentAuthority;
import org.issa.passenger.review.HitSource;
import org.issa.passenger.review.HitStatus;
import org.issa.passenger.review.Referral;
import org.issa.passenger.review.ReviewCase;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewHit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review pages: the queue in review order, a hit with its explanation and decisions, and the register of competent authorities. */
@Controller
public class ReviewPages {

    private final ReviewDesk desk;
    private final org.issa.passenger.retention.Disclosures disclosures;

    public ReviewPages(ReviewDesk desk, org.issa.passenger.retention.Disclosures disclosures) {
        this.desk = desk;
        this.disclosures = disclosures;
    }

    public record QueuePage(List<ReviewHit> hits, Optional<String> next, String status, String source, long fresh, long reviewed,
                            String name) {
    }

    public record HitPage(ReviewHit hit, ReviewCase reviewCase, List<ReviewHit> caseHits, Optional<Referral> referral,
                          List<CompetentAuthority> authorities, boolean mayReview, boolean mayRefer, String whyNotRefer,
                          boolean mayReopen, boolean mayClose) {
    }

    public record AuthoritiesPage(List<CompetentAuthority> authorities, boolean mayEdit) {
    }

    @GetMapping("/passenger/review")
    ModelAndView queue(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(defaultValue = "") String source,
                       @RequestParam(defaultValue = "") String name, @RequestParam(required = false) String cursor,
                       @RequestParam(defaultValue = "false") boolean rows, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        List<HitStatus> statuses = switch (status) {
            case "OPEN" -> List.of(HitStatus.NEW, HitStatus.REVIEWED);
            case "ALL" -> List.of();
            default -> List.of(HitStatus.parse("status", status));
        };
        Optional<HitSource> src = source.isBlank() ? Optional.empty() : Optional.of(ReviewApi.parseSource(source));
        Page<ReviewHit> page = desk.queue(p, statuses, src, Optional.of(name), cursor, 50, Optional.empty());
        QueuePage view = new QueuePage(page.items(), page.nextCursor(), status, source, desk.count(p, HitStatus.NEW),
                desk.count(p, HitStatus.REVIEWED), name);
        return Pages.view(rows ? "passengerReviewRows" : "passengerReview", Pages.page(request, "Passenger review queue", "passenger"), view);
    }

    @GetMapping("/passenger/hits/{id}")
    ModelAndView hit(@PathVariable String id, @RequestParam(required = false) String purpose,
                     @RequestParam(defaultValue = "false") boolean full, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ReviewHit h = full ? desk.hitInFull(p, id, Optional.ofNullable(purpose), disclosures) : desk.hit(p, id, Optional.ofNullable(purpose));
        ReviewCase c = desk.reviewCase(p, h.caseId());
        boolean reviewer = p.hasAny(Role.ANALYST, Role.SUPERVISOR);
        boolean open = !c.closed();
        String whyNot = "";
        if (h.status() == HitStatus.NEW) {
            whyNot = "Not yet reviewed: a reviewer confirms it for further examination first; nothing is transmitted before.";
        } else if (h.reviewedBy().filter(p.username()::equals).isPresent()) {
            whyNot = "You confirmed this hit: another reviewer refers it (four eyes).";
        }
        boolean mayRefer = reviewer && open && h.status() == HitStatus.REVIEWED && whyNot.isEmpty();
        return Pages.view("passengerHit", Pages.page(request, "Hit on " + h.passengerName(), "passenger"),
                new HitPage(h, c, desk.caseHits(p, h.caseId()), desk.referralOf(p, id), reviewer ? desk.authorities(p, true) : List.of(),
                        reviewer && open && h.status() == HitStatus.NEW, mayRefer, whyNot,
                        p.has(Role.SUPERVISOR) && open && h.status() == HitStatus.DISMISSED, p.has(Role.SUPERVISOR) && open));
    }

    @PostMapping("/passenger/hits/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam(defaultValue = "") String note, Authentication auth, RedirectAttributes flash) {
        return act(id, flash, "Confirmed for further examination.", () -> desk.confirm(CurrentUser.of(auth), id, note));
    }

    @PostMapping("/passenger/hits/{id}/dismiss")
    String dismiss(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes flash) {
        return act(id, flash, "Dismissed.", () -> desk.dismiss(CurrentUser.of(auth), id, reason));
    }

    @PostMapping("/passenger/hits/{id}/reopen")
    String reopen(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes flash) {
        return act(id, flash, "Reopened.", () -> desk.reopen(CurrentUser.of(auth), id, reason));
    }

    @PostMapping("/passenger/hits/{id}/refer")
    String refer(@PathVariable String id, @RequestParam(defaultValue = "") String authority, @RequestParam(defaultValue = "") String reason,
                 Authentication auth, RedirectAttributes flash) {
        return act(id, flash, "Referred.", () -> desk.refer(CurrentUser.of(auth), id, authority, reason));
    }

    @PostMapping("/passenger/cases/{caseId}/close")
    String close(@PathVariable String caseId, @RequestParam(defaultValue = "") String hit, @RequestParam(defaultValue = "") String note,
                 Authentication auth, RedirectAttributes flash) {
        return act(hit, flash, "Case closed; its decisions are locked.", () -> desk.closeCase(CurrentUser.of(auth), caseId, note));
    }

    private String act(String hitId, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute(Pages.NOTICE, done);
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/passenger/hits/" + hitId;
    }

    @GetMapping("/passenger/authorities")
    ModelAndView authorities(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return Pages.view("passengerAuthorities", Pages.page(request, "Competent authorities", "passenger"),
                new AuthoritiesPage(desk.authorities(p, false), p.has(Role.SUPERVISOR)));
    }

    @PostMapping("/passenger/authorities")
    String addAuthority(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                        @RequestParam(defaultValue = "") String memberState, @RequestParam(defaultValue = "") String legalReference,
                        Authentication auth, RedirectAttributes flash) {
        try {
            desk.addAuthority(CurrentUser.of(auth), code, name, memberState, legalReference);
            flash.addFlashAttribute(Pages.NOTICE, "Authority registered.");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/passenger/authorities";
    }

    @PostMapping("/passenger/authorities/{id}/active")
    String setActive(@PathVariable String id, @RequestParam(defaultValue = "false") boolean active, Authentication auth,
                     RedirectAttributes flash) {
        desk.setAuthorityActive(CurrentUser.of(auth), id, active);
        flash.addFlashAttribute(Pages.NOTICE, active ? "Authority active." : "Authority deactivated: it receives no more referrals.");
        return "redirect:/passenger/authorities";
    }
}

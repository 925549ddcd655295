package org.issa.app.cyber.advisory;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.cyber.advisory.Advisory;
import org.issa.cyber.advisory.AdvisoryContent;
import org.issa.cyber.advisory.AdvisoryDesk;
import org.issa.cyber.advisory.SourceItem;
import org.issa.cyber.advisory.Subscriber;
import org.issa.cyber.advisory.Subscriptions;
import org.issa.cyber.advisory.VersionStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advisory editor for staff: list, draft (optionally from a TLP:CLEAR source), edit, submit, approve or reject, publish, revise. */
@Controller
public class AdvisoryPages {

    private final AdvisoryDesk desk;
    private final Subscriptions subscriptions;

    public AdvisoryPages(AdvisoryDesk desk, Subscriptions subscriptions) {
        this.desk = desk;
        this.subscriptions = subscriptions;
    }

    /** The list, filtered by the latest version's status. */
    public record ListView(List<Advisory> advisories, Optional<VersionStatus> status, long confirmedSubscribers) {
    }

    /** The editor: a new draft or the open version of an advisory. */
    public record FormView(Optional<Advisory> advisory, AdvisoryForm form, List<SourceItem> sources, String error) {
    }

    /** One advisory with what the reader may do to it. */
    public record DetailView(Advisory advisory, Principal reader) {
        public boolean mayEdit() {
            return advisory.open().map(v -> v.status().editable() && v.author().equals(reader.username())).orElse(false);
        }

        public boolean mayDecide() {
            return advisory.open().map(v -> v.status() == VersionStatus.SUBMITTED && !v.author().equals(reader.username())
                    && reader.has(org.issa.core.security.Role.SUPERVISOR)).orElse(false);
        }

        public boolean mayPublish() {
            return advisory.open().map(v -> v.status() == VersionStatus.APPROVED).orElse(false)
                    && reader.has(org.issa.core.security.Role.SUPERVISOR);
        }

        public boolean mayRevise() {
            return advisory.published() && advisory.open().isEmpty();
        }
    }

    /** Subscribers' addresses, shown after a purpose was stated (their queued messages are on the outbox page). */
    public record PersonalView(String purpose, List<Subscriber> subscribers, long pending, long confirmed) {
    }

    @GetMapping("/cyber/advisories")
    ModelAndView list(@RequestParam Optional<String> status, HttpServletRequest request, Authentication auth) {
        Optional<VersionStatus> s = status.filter(x -> !x.isBlank()).map(x -> {
            try {
                return VersionStatus.valueOf(x);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "unknown status " + x);
            }
        });
        ListView view = new ListView(desk.list(CurrentUser.of(auth), s, 200), s, subscriptions.count(true));
        boolean fragment = "true".equals(request.getHeader("HX-Request"));
        return Pages.view(fragment ? "cyberAdvisoryRows" : "cyberAdvisories", Pages.page(request, "Advisories", "advisories"), view);
    }

    @GetMapping("/cyber/advisories/new")
    ModelAndView newForm(@RequestParam Optional<String> source, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        AdvisoryForm form = AdvisoryForm.empty();
        if (source.isPresent() && !source.get().isBlank()) {
            SourceItem item = desk.source(p, source.get());
            form = new AdvisoryForm(item.name(), item.description(), "", "", "CITIZENS", java.util.Set.of(), "MEDIUM", "en",
                    String.join("\n", item.references().stream().map(u -> u + " Source: " + item.name()).toList()), "", "",
                    List.of(item.id()), "");
        }
        return Pages.view("cyberAdvisoryForm", Pages.page(request, "New advisory", "advisories"),
                new FormView(Optional.empty(), form, desk.sources(p, 50), ""));
    }

    @PostMapping("/cyber/advisories")
    ModelAndView create(@RequestParam MultiValueMap<String, String> f, HttpServletRequest request, Authentication auth) {
        AdvisoryForm form = AdvisoryForm.of(f);
        try {
            Advisory a = desk.draft(CurrentUser.of(auth), form.content());
            return new ModelAndView("redirect:/cyber/advisories/" + a.id());
        } catch (InvalidInputException e) {
            return formError(request, CurrentUser.of(auth), Optional.empty(), form, e);
        }
    }

    @GetMapping("/cyber/advisories/{id}")
    ModelAndView detail(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Advisory a = desk.get(p, id);
        return Pages.view("cyberAdvisory", Pages.page(request, a.trackingId() + " " + a.latest().content().title(), "advisories"),
                new DetailView(a, p));
    }

    @GetMapping("/cyber/advisories/{id}/edit")
    ModelAndView editForm(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Advisory a = desk.get(p, id);
        AdvisoryContent c = a.open().orElseThrow(() -> new ConflictException("nothing to edit: start a revision first")).content();
        return Pages.view("cyberAdvisoryForm", Pages.page(request, "Edit " + a.trackingId(), "advisories"),
                new FormView(Optional.of(a), AdvisoryForm.of(c), desk.sources(p, 50), ""));
    }

    @PostMapping("/cyber/advisories/{id}")
    ModelAndView update(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, HttpServletRequest request,
                        Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        AdvisoryForm form = AdvisoryForm.of(f);
        try {
            desk.update(p, id, form.content(), Optional.of(form.changeSummary()).filter(s -> !s.isBlank()));
            flash.addFlashAttribute(Pages.NOTICE, "Saved.");
            return new ModelAndView("redirect:/cyber/advisories/" + id);
        } catch (InvalidInputException e) {
            return formError(request, p, Optional.of(desk.get(p, id)), form, e);
        }
    }

    @PostMapping("/cyber/advisories/{id}/{step}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam(defaultValue = "") String reason,
                @RequestParam(defaultValue = "") String changeSummary, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            String notice = switch (step) {
                case "submit" -> {
                    desk.submit(p, id);
                    yield "Submitted for approval.";
                }
                case "approve" -> {
                    desk.approve(p, id, reason);
                    yield "Approved.";
                }
                case "reject" -> {
                    desk.reject(p, id, reason);
                    yield "Rejected; the author can edit and submit again.";
                }
                case "publish" -> {
                    Advisory a = desk.publish(p, id);
                    yield "Published as version " + a.publishedVersion() + ".";
                }
                case "revise" -> {
                    desk.revise(p, id, changeSummary);
                    yield "Revision started: edit it, then submit it for approval.";
                }
                default -> throw new org.issa.core.error.NotFoundException("action", step);
            };
            flash.addFlashAttribute(Pages.NOTICE, notice);
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/cyber/advisories/" + id;
    }

    /** Subscribers' addresses: shown only once a purpose is stated, and each showing is audited. */
    @GetMapping("/cyber/subscribers")
    ModelAndView subscribers(@RequestParam Optional<String> purpose, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        String why = purpose.filter(s -> !s.isBlank()).orElse("");
        List<Subscriber> subs = why.isEmpty() ? List.of() : subscriptions.subscribers(p, why, 500);
        return Pages.view("cyberSubscribers", Pages.page(request, "Subscribers", "advisories"),
                new PersonalView(why, subs, subscriptions.count(false), subscriptions.count(true)));
    }

    private ModelAndView formError(HttpServletRequest request, Principal p, Optional<Advisory> a, AdvisoryForm form,
                                   InvalidInputException e) {
        ModelAndView mv = Pages.view("cyberAdvisoryForm", Pages.page(request, a.map(x -> "Edit " + x.trackingId()).orElse("New advisory"),
                "advisories"), new FormView(a, form, desk.sources(p, 50), e.field() + ": " + e.getMessage()));
        mv.setStatus(HttpStatus.BAD_REQUEST);
        return mv;
    }
}

package org.issa.app.cyber.referral;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.cyber.referral.DsaVocabulary;
import org.issa.cyber.referral.HostingProvider;
import org.issa.cyber.referral.Referral;
import org.issa.cyber.referral.ReferralDesk;
import org.issa.cyber.referral.ReferralEvent;
import org.issa.cyber.referral.ReferralStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The referral board: list with overdue reminders, form, one referral with its history, provider register, statistics. */
@Controller
public class ReferralPages {

    private final ReferralDesk desk;

    public ReferralPages(ReferralDesk desk) {
        this.desk = desk;
    }

    public record ListView(List<Referral> referrals, List<Referral> overdue, Optional<ReferralStatus> status, DsaVocabulary vocabulary) {
    }

    public record FormView(List<HostingProvider> providers, DsaVocabulary vocabulary, MultiValueMap<String, String> form, String error) {
        public String value(String name) {
            String v = form == null ? null : form.getFirst(name);
            return v == null ? "" : v;
        }
    }

    public record DetailView(Referral referral, List<ReferralEvent> history, DsaVocabulary vocabulary, Principal reader, boolean overdue) {
        public boolean mayApprove() {
            return referral.status() == ReferralStatus.DRAFTED && reader.has(org.issa.core.security.Role.SUPERVISOR)
                    && !referral.createdBy().equals(reader.username());
        }

        public boolean mayRecord() {
            return referral.status().awaitingProvider() && reader.hasAny(org.issa.core.security.Role.ANALYST,
                    org.issa.core.security.Role.SUPERVISOR);
        }
    }

    public record ProvidersView(List<HostingProvider> providers, MultiValueMap<String, String> form, String error) {
        public String value(String name) {
            String v = form == null ? null : form.getFirst(name);
            return v == null ? "" : v;
        }
    }

    @GetMapping("/cyber/referrals")
    ModelAndView list(@RequestParam Optional<String> status, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<ReferralStatus> s = status.filter(x -> !x.isBlank()).map(x -> ReferralStatus.parse("status", x));
        ListView view = new ListView(desk.list(p, s.map(List::of).orElse(List.of()), Optional.empty(), 300), desk.overdue(p), s,
                desk.vocabulary());
        boolean fragment = "true".equals(request.getHeader("HX-Request"));
        return Pages.view(fragment ? "cyberReferralRows" : "cyberReferrals", Pages.page(request, "Referrals", "referrals"), view);
    }

    @GetMapping("/cyber/referrals/new")
    ModelAndView newForm(HttpServletRequest request) {
        return Pages.view("cyberReferralForm", Pages.page(request, "New referral", "referrals"),
                new FormView(desk.providers(), desk.vocabulary(), null, ""));
    }

    @PostMapping("/cyber/referrals")
    ModelAndView create(@RequestParam MultiValueMap<String, String> f, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        try {
            Integer due = Optional.ofNullable(f.getFirst("dueHours")).filter(x -> !x.isBlank()).map(x -> {
                try {
                    return Integer.valueOf(x.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("dueHours", "dueHours must be a whole number of hours");
                }
            }).orElse(null);
            Referral r = desk.create(p, new ReferralDesk.ReferralInput(f.getFirst("providerId"), f.getFirst("url"), f.getFirst("category"),
                    f.getFirst("contentType"), f.getFirst("legalProvision"), f.getFirst("memberState"), f.getFirst("explanation"), due, null));
            return new ModelAndView("redirect:/cyber/referrals/" + r.id());
        } catch (InvalidInputException e) {
            ModelAndView mv = Pages.view("cyberReferralForm", Pages.page(request, "New referral", "referrals"),
                    new FormView(desk.providers(), desk.vocabulary(), f, e.field() + ": " + e.getMessage()));
            mv.setStatus(HttpStatus.BAD_REQUEST);
            return mv;
        }
    }

    @GetMapping("/cyber/referrals/{id}")
    ModelAndView detail(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Referral r = desk.get(p, id);
        return Pages.view("cyberReferral", Pages.page(request, r.reference(), "referrals"),
                new DetailView(r, desk.history(p, id), desk.vocabulary(), p, r.overdue(desk.now())));
    }

    @PostMapping("/cyber/referrals/{id}/{step}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam MultiValueMap<String, String> f, Authentication auth,
                RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            switch (step) {
                case "approve" -> desk.approveAndSend(p, id, f.getFirst("reason"));
                case "acknowledge" -> desk.acknowledge(p, id, f.getFirst("note"));
                case "response" -> desk.recordResponse(p, id, ReferralStatus.parse("outcome", Optional.ofNullable(f.getFirst("outcome"))
                        .orElse("")), Optional.ofNullable(f.get("decisions")).orElse(List.of()), f.getFirst("note"));
                case "no-response" -> desk.markNoResponse(p, id);
                default -> throw new org.issa.core.error.NotFoundException("action", step);
            }
            flash.addFlashAttribute(Pages.NOTICE, "Recorded.");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/cyber/referrals/" + id;
    }

    @GetMapping("/cyber/providers")
    ModelAndView providers(HttpServletRequest request) {
        return Pages.view("cyberProviders", Pages.page(request, "Hosting providers", "referrals"), new ProvidersView(desk.providers(), null, ""));
    }

    @PostMapping("/cyber/providers")
    ModelAndView addProvider(@RequestParam MultiValueMap<String, String> f, HttpServletRequest request, Authentication auth,
                             RedirectAttributes flash) {
        try {
            desk.addProvider(CurrentUser.of(auth), new ReferralDesk.ProviderInput(f.getFirst("name"), f.getFirst("country"),
                    f.getFirst("contactEmail"), f.getFirst("contactUrl"), f.getFirst("notes")));
            flash.addFlashAttribute(Pages.NOTICE, "Provider registered.");
            return new ModelAndView("redirect:/cyber/providers");
        } catch (InvalidInputException | ConflictException e) {
            ModelAndView mv = Pages.view("cyberProviders", Pages.page(request, "Hosting providers", "referrals"),
                    new ProvidersView(desk.providers(), f, (e instanceof InvalidInputException i ? i.field() + ": " : "") + e.getMessage()));
            mv.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
            return mv;
        }
    }

    @GetMapping("/cyber/referrals/statistics")
    ModelAndView statistics(HttpServletRequest request, Authentication auth) {
        return Pages.view("cyberReferralStats", Pages.page(request, "Referral statistics", "referrals"), desk.statistics(CurrentUser.of(auth)));
    }

    @GetMapping(value = "/cyber/referrals/statistics.csv")
    ResponseEntity<String> statisticsCsv(Authentication auth) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"referral-statistics.csv\"")
                .body(StatisticsExport.csv(desk.statistics(CurrentUser.of(auth))));
    }
}

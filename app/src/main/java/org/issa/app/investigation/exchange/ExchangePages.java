package org.issa.app.investigation.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.investigation.deadline.Alert;
import org.issa.investigation.deadline.AlertStore;
import org.issa.investigation.exchange.Direction;
import org.issa.investigation.exchange.ExchangeDeadlines;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.exchange.ExchangeEvent;
import org.issa.investigation.exchange.ExchangeRequest;
import org.issa.investigation.exchange.ExchangeStatus;
import org.issa.investigation.exchange.RefusalGround;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exchange request pages: the register with its form, and one request with its limit, history and actions. */
@Controller
public class ExchangePages {

    private final ExchangeDesk desk;
    private final AlertStore alerts;

    public ExchangePages(ExchangeDesk desk, AlertStore alerts) {
        this.desk = desk;
        this.alerts = alerts;
    }

    public record ListView(List<ExchangeRequest> requests, Optional<String> next, Optional<ExchangeStatus> status, Instant now,
                           boolean writes) {
    }

    public record DetailView(ExchangeRequest request, List<ExchangeEvent> history, List<Alert> alerts, Instant now, boolean writes,
                             Optional<String> purpose) {
        public String remaining() {
            return org.issa.investigation.deadline.DeadlineBoard.remainingInWords(new org.issa.investigation.deadline.Deadline("exchange",
                    request.id(), request.reference(), "answer", "", request.receivedAt(), request.dueAt(), ""), now);
        }

        public boolean mayPostpone() {
            return request.ruleCode().equals(org.issa.investigation.exchange.TimeLimits.URGENT.code());
        }
    }

    @GetMapping("/investigation/exchange")
    ModelAndView list(@RequestParam Optional<String> status, @RequestParam Optional<String> cursor, HttpServletRequest request,
                      Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<ExchangeStatus> s = status.filter(x -> !x.isBlank()).map(x -> ExchangeStatus.parse("status", x));
        Page<ExchangeRequest> page = desk.list(p, s, Optional.empty(), cursor.orElse(""), 50);
        return Pages.view("invExchanges", Pages.page(request, "Exchange requests", "inv-exchange"), new ListView(page.items(),
                page.nextCursor(), s, desk.now(), p.hasAny(Role.ANALYST, Role.SUPERVISOR)));
    }

    @PostMapping("/investigation/exchange")
    String register(@RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            ExchangeRequest r = desk.register(p, new ExchangeDesk.RequestInput(Direction.parse("direction", f.getFirst("direction")),
                    f.getFirst("requestingAuthority"), f.getFirst("requestingState"), f.getFirst("requestedAuthority"),
                    f.getFirst("requestedState"), f.getFirst("theirReference"), f.getFirst("subject"), f.getFirst("offence"),
                    "true".equals(f.getFirst("urgent")), "true".equals(f.getFirst("directlyAccessible")), f.getFirst("caseId"),
                    instant("receivedAt", f.getFirst("receivedAt")), new MarkingForm(f.getFirst("classification"), f.getFirst("tlp"),
                    f.getFirst("releasableTo"), "true".equals(f.getFirst("personalData"))).toMarking(p.agency()), f.getFirst("regime")));
            flash.addFlashAttribute(Pages.NOTICE, r.reference() + " registered: " + r.rule().basis() + ".");
            return "redirect:/investigation/exchange/" + r.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
            return "redirect:/investigation/exchange";
        }
    }

    @GetMapping("/investigation/exchange/{id}")
    ModelAndView detail(@PathVariable String id, @RequestParam Optional<String> purpose, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ExchangeRequest r = desk.get(p, id, purpose);
        return Pages.view("invExchange", Pages.page(request, r.reference(), "inv-exchange"), new DetailView(r, desk.history(p, id),
                alerts.of(ExchangeDeadlines.TYPE, r.id()), desk.now(), p.hasAny(Role.ANALYST, Role.SUPERVISOR),
                purpose.filter(x -> !x.isBlank())));
    }

    @PostMapping("/investigation/exchange/{id}/{step}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam MultiValueMap<String, String> f, Authentication auth,
                RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            switch (step) {
                case "start" -> desk.start(p, id, f.getFirst("note"));
                case "answer" -> desk.answer(p, id, f.getFirst("note"));
                case "delay" -> desk.delay(p, id, f.getFirst("reasons"), "true".equals(f.getFirst("postpone")));
                case "refuse" -> desk.refuse(p, id, RefusalGround.parse("ground", f.getFirst("ground")), f.getFirst("reasons"));
                default -> throw new org.issa.core.error.NotFoundException("action", step);
            }
            flash.addFlashAttribute(Pages.NOTICE, "Recorded.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
        } catch (ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/investigation/exchange/" + id;
    }

    /** A date and time from a form's datetime-local field, read as UTC; empty means now. */
    static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date and time such as 2026-05-31T14:30 (UTC)");
        }
    }
}

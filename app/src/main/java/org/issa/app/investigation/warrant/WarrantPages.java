package org.issa.app.investigation.warrant;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import org.issa.investigation.warrant.Warrant;
import org.issa.investigation.warrant.WarrantDeadlineSource;
import org.issa.investigation.warrant.WarrantEventKind;
import org.issa.investigation.warrant.WarrantRefusalGround;
import org.issa.investigation.warrant.WarrantRegister;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The arrest warrant register pages: the list with its form, and one warrant with its limits, steps and alerts. */
@Controller
public class WarrantPages {

    private final WarrantRegister register;
    private final AlertStore alerts;

    public WarrantPages(WarrantRegister register, AlertStore alerts) {
        this.register = register;
        this.alerts = alerts;
    }

    public record ListView(List<Warrant> warrants, Optional<String> next, boolean writes) {
    }

    public record DetailView(WarrantRegister.WarrantFile file, List<Alert> alerts, Instant now, boolean writes, Optional<String> purpose) {
    }

    @GetMapping("/investigation/warrants")
    ModelAndView list(@RequestParam Optional<String> cursor, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Page<Warrant> page = register.list(p, Optional.empty(), Optional.empty(), cursor.orElse(""), 50);
        return Pages.view("invWarrants", Pages.page(request, "European arrest warrants", "inv-warrants"), new ListView(page.items(),
                page.nextCursor(), p.hasAny(Role.ANALYST, Role.SUPERVISOR)));
    }

    @PostMapping("/investigation/warrants")
    String create(@RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            List<WarrantRegister.OffenceInput> offences = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String description = f.getFirst("offenceDescription" + i);
                if (description != null && !description.isBlank()) {
                    offences.add(new WarrantRegister.OffenceInput(f.getFirst("offenceCategory" + i), description,
                            months("offences[" + offences.size() + "].maxPenaltyMonths", f.getFirst("offenceMonths" + i))));
                }
            }
            Warrant w = register.register(p, new WarrantRegister.WarrantInput(f.getFirst("role"), f.getFirst("issuingReference"),
                    f.getFirst("issuingState"), f.getFirst("issuingAuthority"), f.getFirst("executingState"), f.getFirst("executingAuthority"),
                    f.getFirst("purpose"), f.getFirst("personName"), date("personBirthDate", f.getFirst("personBirthDate")),
                    f.getFirst("personNationality"), f.getFirst("personEntityId"), date("issuedOn", f.getFirst("issuedOn")),
                    f.getFirst("caseId"), offences, new MarkingForm(f.getFirst("classification"), f.getFirst("tlp"), f.getFirst("releasableTo"),
                    true).toMarking(p.agency())));
            flash.addFlashAttribute(Pages.NOTICE, w.reference() + " registered.");
            return "redirect:/investigation/warrants/" + w.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
            return "redirect:/investigation/warrants";
        }
    }

    @GetMapping("/investigation/warrants/{id}")
    ModelAndView detail(@PathVariable String id, @RequestParam Optional<String> purpose, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        WarrantRegister.WarrantFile file = register.file(p, id, purpose);
        return Pages.view("invWarrant", Pages.page(request, file.warrant().reference(), "inv-warrants"), new DetailView(file,
                alerts.of(WarrantDeadlineSource.TYPE, file.warrant().id()), register.now(), p.hasAny(Role.ANALYST, Role.SUPERVISOR),
                purpose.filter(x -> !x.isBlank())));
    }

    @PostMapping("/investigation/warrants/{id}/events")
    String record(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        try {
            String ground = f.getFirst("ground");
            register.record(CurrentUser.of(auth), id, WarrantEventKind.parse("kind", f.getFirst("kind")), instant(f.getFirst("occurredAt")),
                    f.getFirst("note"), ground == null || ground.isBlank() ? null : WarrantRefusalGround.parse("ground", ground));
            flash.addFlashAttribute(Pages.NOTICE, "Recorded.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
        } catch (ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/investigation/warrants/" + id;
    }

    private static Integer months(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "the maximum penalty is a whole number of months");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 1979-04-12");
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurredAt", "occurredAt must be a date and time such as 2026-05-31T14:30 (UTC)");
        }
    }
}

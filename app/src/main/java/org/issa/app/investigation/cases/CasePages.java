package org.issa.app.investigation.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.identity.UserDirectory;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.cases.CaseEvent;
import org.issa.investigation.cases.CaseRole;
import org.issa.investigation.cases.CaseStatus;
import org.issa.investigation.cases.InvestigationCase;
import org.issa.investigation.cases.TaskStatus;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.exchange.ExchangeRequest;
import org.issa.investigation.warrant.Warrant;
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

/** The case list and the case page: members, notes, attached entities, tasks, linked requests and warrants, timeline. */
@Controller
public class CasePages {

    private final CaseDesk desk;
    private final ExchangeDesk exchange;
    private final WarrantRegister warrants;
    private final UserDirectory directory;

    public CasePages(CaseDesk desk, ExchangeDesk exchange, WarrantRegister warrants, UserDirectory directory) {
        this.desk = desk;
        this.exchange = exchange;
        this.warrants = warrants;
        this.directory = directory;
    }

    public record ListView(List<InvestigationCase> cases, Optional<String> next, Optional<CaseStatus> status, boolean mayOpen) {
    }

    public record CaseView(CaseDesk.CaseFile file, List<CaseEvent> timeline, List<ExchangeRequest> requests, List<Warrant> warrants,
                           Principal reader, LocalDate today, Optional<String> purpose) {

        public InvestigationCase c() {
            return file.investigationCase();
        }

        public boolean writes() {
            return file.readerWrites() && reader.hasAny(Role.ANALYST, Role.SUPERVISOR) && c().status() == CaseStatus.OPEN;
        }

        public boolean manages() {
            boolean lead = file.readerMembership().map(m -> m.role() == CaseRole.LEAD).orElse(false);
            return lead && reader.hasAny(Role.ANALYST, Role.SUPERVISOR) || reader.has(Role.SUPERVISOR) && reader.agency().equals(c().leadAgency());
        }

        public boolean anyMasked() {
            return file.notes().stream().anyMatch(org.issa.investigation.cases.CaseNote::masked);
        }

        public List<String> assignees() {
            return file.members().stream().filter(m -> m.role().writes()).map(org.issa.investigation.cases.CaseMember::username).toList();
        }
    }

    @GetMapping("/investigation/cases")
    ModelAndView list(@RequestParam Optional<String> status, @RequestParam Optional<String> cursor, HttpServletRequest request,
                      Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<CaseStatus> s = status.filter(x -> !x.isBlank()).map(x -> x.equals("CLOSED") ? CaseStatus.CLOSED : CaseStatus.OPEN);
        Page<InvestigationCase> page = desk.list(p, s, cursor.orElse(""), 50);
        return Pages.view("invCases", Pages.page(request, "Cases", "inv-cases"), new ListView(page.items(), page.nextCursor(), s,
                p.hasAny(Role.ANALYST, Role.SUPERVISOR)));
    }

    @PostMapping("/investigation/cases")
    String open(@RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            InvestigationCase c = desk.open(p, new CaseDesk.CaseInput(f.getFirst("title"), f.getFirst("summary"),
                    new MarkingForm(f.getFirst("classification"), f.getFirst("tlp"), f.getFirst("releasableTo"),
                            "true".equals(f.getFirst("personalData"))).toMarking(p.agency())));
            flash.addFlashAttribute(Pages.NOTICE, "Case " + c.reference() + " opened; you are its lead.");
            return "redirect:/investigation/cases/" + c.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
            return "redirect:/investigation/cases";
        }
    }

    @GetMapping("/investigation/cases/{id}")
    ModelAndView detail(@PathVariable String id, @RequestParam Optional<String> purpose, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        CaseDesk.CaseFile file = desk.file(p, id, purpose);
        List<ExchangeRequest> requests = p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)
                ? exchange.list(p, Optional.empty(), Optional.of(file.investigationCase().id()), "", 100).items() : List.of();
        List<Warrant> linked = p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)
                ? warrants.list(p, Optional.empty(), Optional.of(file.investigationCase().id()), "", 100).items() : List.of();
        return Pages.view("invCase", Pages.page(request, file.investigationCase().reference(), "inv-cases"), new CaseView(file,
                desk.timeline(p, id, "", 200).items(), requests, linked, p, desk.today(), purpose.filter(x -> !x.isBlank())));
    }

    @PostMapping("/investigation/cases/{id}/{step}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam MultiValueMap<String, String> f, Authentication auth,
                RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        String anchor = "";
        try {
            switch (step) {
                case "members" -> {
                    desk.get(p, id);
                    desk.addMember(p, id, CaseMembers.principal(directory, f.getFirst("username")), CaseRole.parse("role", f.getFirst("role")));
                    anchor = "#members";
                }
                case "remove-member" -> {
                    desk.removeMember(p, id, f.getFirst("username"));
                    anchor = "#members";
                }
                case "notes" -> {
                    desk.addNote(p, id, f.getFirst("body"), "true".equals(f.getFirst("personal")));
                    anchor = "#notes";
                }
                case "entities" -> {
                    desk.attach(p, id, f.getFirst("entityId"), f.getFirst("label"));
                    anchor = "#entities";
                }
                case "detach" -> {
                    desk.detach(p, id, f.getFirst("entityId"));
                    anchor = "#entities";
                }
                case "tasks" -> {
                    desk.addTask(p, id, f.getFirst("title"), f.getFirst("assignee"), date(f.getFirst("dueDate")));
                    anchor = "#tasks";
                }
                case "task-status" -> {
                    desk.updateTask(p, id, Optional.ofNullable(f.getFirst("taskId")).orElse(""), TaskStatus.parse("status", f.getFirst("status")),
                            Optional.empty());
                    anchor = "#tasks";
                }
                case "close" -> desk.close(p, id, f.getFirst("reason"));
                case "reopen" -> desk.reopen(p, id, f.getFirst("reason"));
                default -> throw new org.issa.core.error.NotFoundException("action", step);
            }
            flash.addFlashAttribute(Pages.NOTICE, "Recorded on the timeline.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/investigation/cases/" + id + anchor;
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dueDate", "dueDate must be a date such as 2026-05-31");
        }
    }
}

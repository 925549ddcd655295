package org.issa.app.cyber.report;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Fmt;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.cyber.report.ReportFile;
import org.issa.cyber.report.ReportStatus;
import org.issa.cyber.report.ReportSummary;
import org.issa.cyber.report.RuleBook;
import org.issa.cyber.report.Triage;
import org.issa.cyber.report.incident.Incident;
import org.issa.cyber.report.incident.IncidentStatus;
import org.issa.cyber.report.incident.Incidents;
import org.issa.cyber.report.routing.RoutingRule;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage pages: the queue (no personal data), the report page (opened with a stated purpose,
 * recorded in the audit trail), and the analyst's acts on a report: classify, reject, forward, open
 * or join an incident, re-mark. Each act redirects back to the report page with the same purpose.
 */
@Controller
public class TriagePages {

    private final Triage triage;
    private final Incidents incidents;
    private final RuleBook rules;

    public TriagePages(Triage triage, Incidents incidents, RuleBook rules) {
        this.triage = triage;
        this.incidents = incidents;
        this.rules = rules;
    }

    public record QueuePage(List<ReportSummary> reports, Optional<String> next, String status, long open) {
        public List<ReportStatus> statuses() {
            return List.of(ReportStatus.values());
        }
    }

    public record PurposePage(String id, String purpose) {
    }

    public record ReportPage(ReportFile file, String purpose, RsitTaxonomy taxonomy, List<RoutingRule> routingRules,
                             List<Incident> openIncidents, boolean mayAct, boolean maySupervise) {

        public String purposeParam() {
            return Fmt.url(purpose);
        }

        public String correlationPurpose(String otherReference) {
            return Fmt.url("correlation with " + file.report().reference() + " (" + purpose + ")");
        }

        public String selectedRsit() {
            return file.report().classification().toString();
        }
    }

    @GetMapping("/cyber/reports")
    ModelAndView queue(@RequestParam(defaultValue = "") String status, @RequestParam(required = false) String cursor,
                       HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<ReportStatus> s = status.isBlank() ? Optional.empty() : Optional.of(parse(status));
        Page<ReportSummary> page = triage.queue(p, s, cursor, 50);
        return Pages.view("cyberTriage", Pages.page(request, "Cyber reports", "cyber-reports"),
                new QueuePage(page.items(), page.nextCursor(), status, triage.count(p, Optional.of(ReportStatus.NEW))));
    }

    private static ReportStatus parse(String status) {
        try {
            return ReportStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "unknown report status " + status);
        }
    }

    @GetMapping("/cyber/reports/{id}")
    ModelAndView report(@PathVariable String id, @RequestParam(defaultValue = "") String purpose, HttpServletRequest request,
                        Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (purpose.isBlank()) {
            return Pages.view("cyberReportPurpose", Pages.page(request, "Purpose of access", "cyber-reports"), new PurposePage(id, ""));
        }
        ReportFile file = triage.open(p, id, purpose);
        boolean mayAct = p.hasAny(Role.ANALYST, Role.SUPERVISOR);
        return Pages.view("cyberReport", Pages.page(request, file.report().reference(), "cyber-reports"), new ReportPage(file, purpose,
                triage.taxonomy(), rules.routingRules(p).stream().filter(RoutingRule::active).toList(),
                mayAct ? incidents.incidents(p, Optional.empty(), 100).stream().filter(i -> i.status() != IncidentStatus.CLOSED).toList()
                        : List.of(), mayAct, p.has(Role.SUPERVISOR)));
    }

    private static String back(String id, String purpose) {
        return "redirect:/cyber/reports/" + id + "?purpose=" + Fmt.url(purpose);
    }

    @PostMapping("/cyber/reports/{id}/classify")
    String classify(@PathVariable String id, @RequestParam(defaultValue = "") String rsit, @RequestParam(defaultValue = "") String note,
                    @RequestParam(defaultValue = "") String purpose, Authentication auth, RedirectAttributes flash) {
        return act(id, purpose, flash, () -> {
            String[] ct = rsit.split("/", 2);
            triage.classify(CurrentUser.of(auth), id, ct[0], ct.length > 1 ? ct[1] : "", note);
            return "Classification recorded: " + rsit + ".";
        });
    }

    @PostMapping("/cyber/reports/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String purpose,
                  Authentication auth, RedirectAttributes flash) {
        return act(id, purpose, flash, () -> {
            triage.reject(CurrentUser.of(auth), id, reason);
            return "Report rejected.";
        });
    }

    @PostMapping("/cyber/reports/{id}/forward")
    String forward(@PathVariable String id, @RequestParam(defaultValue = "") String ruleId, @RequestParam(defaultValue = "") String purpose,
                   Authentication auth, RedirectAttributes flash) {
        return act(id, purpose, flash, () -> {
            var f = triage.forward(CurrentUser.of(auth), id, Optional.of(ruleId));
            return "Forwarded to " + f.authorityName() + " (" + f.ruleText() + ").";
        });
    }

    @PostMapping("/cyber/reports/{id}/incident")
    String incident(@PathVariable String id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String incidentId,
                    @RequestParam(defaultValue = "") String purpose, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            Incident i = incidentId.isBlank() ? incidents.openFromReport(p, id, title) : incidents.mergeInto(p, id, incidentId);
            flash.addFlashAttribute(Pages.NOTICE, "Report merged into incident “" + i.title() + "”.");
            return "redirect:/cyber/incidents/" + i.id();
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
            return back(id, purpose);
        }
    }

    @PostMapping("/cyber/reports/{id}/marking")
    String marking(@PathVariable String id, MarkingForm marking, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "") String purpose, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            triage.remark(p, id, marking.toMarking(p.agency()), reason);
            flash.addFlashAttribute(Pages.NOTICE, "Marking changed.");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        // the supervisor's agency becomes the originator and the marking is within their clearance: they still see the report
        return back(id, purpose);
    }

    private String act(String id, String purpose, RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute(Pages.NOTICE, action.get());
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return back(id, purpose);
    }

    @GetMapping("/cyber/reports/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId,
                                      @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        Triage.AttachmentContent a = triage.attachment(CurrentUser.of(auth), id, attachmentId, purpose);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(a.attachment().mediaType()))
                .body(a.content());
    }
}

package org.issa.app.cyber.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.cyber.report.ReportSummary;
import org.issa.cyber.report.incident.Incident;
import org.issa.cyber.report.incident.IncidentEvent;
import org.issa.cyber.report.incident.IncidentStatus;
import org.issa.cyber.report.incident.Incidents;
import org.issa.cyber.report.incident.Investigation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Incidents (list, page with timeline, reports and investigations) and their lifecycle acts. */
@Controller
public class IncidentPages {

    private final Incidents incidents;

    public IncidentPages(Incidents incidents) {
        this.incidents = incidents;
    }

    public record IncidentsPage(List<Incident> incidents, String status) {
        public List<IncidentStatus> statuses() {
            return List.of(IncidentStatus.values());
        }
    }

    public record IncidentPage(Incident incident, List<IncidentEvent> timeline, List<ReportSummary> reports,
                               List<Investigation> investigations, boolean mayAct) {
    }

    public record InvestigationPage(Investigation investigation, List<Incident> incidents, boolean mayAct) {
    }

    @GetMapping("/cyber/incidents")
    ModelAndView list(@RequestParam(defaultValue = "") String status, HttpServletRequest request, Authentication auth) {
        Optional<IncidentStatus> s;
        try {
            s = status.isBlank() ? Optional.empty() : Optional.of(IncidentStatus.valueOf(status));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "unknown incident status " + status);
        }
        return Pages.view("cyberIncidents", Pages.page(request, "Incidents", "cyber-reports"),
                new IncidentsPage(incidents.incidents(CurrentUser.of(auth), s, 200), status));
    }

    @GetMapping("/cyber/incidents/{id}")
    ModelAndView incident(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Incident i = incidents.incident(p, id);
        return Pages.view("cyberIncident", Pages.page(request, i.title(), "cyber-reports"), new IncidentPage(i, incidents.timeline(p, id),
                incidents.reports(p, id), incidents.investigations(p, id), p.hasAny(Role.ANALYST, Role.SUPERVISOR)));
    }

    @PostMapping("/cyber/incidents/{id}/status")
    String status(@PathVariable String id, @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String note,
                  Authentication auth, RedirectAttributes flash) {
        return act("redirect:/cyber/incidents/" + id, flash, () -> {
            IncidentStatus target;
            try {
                target = IncidentStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "choose a status");
            }
            incidents.transition(CurrentUser.of(auth), id, target, note);
            return "Incident is now " + target + ".";
        });
    }

    @PostMapping("/cyber/incidents/{id}/owner")
    String owner(@PathVariable String id, @RequestParam(defaultValue = "") String owner, Authentication auth, RedirectAttributes flash) {
        return act("redirect:/cyber/incidents/" + id, flash, () -> {
            incidents.assign(CurrentUser.of(auth), id, owner);
            return "Owner changed.";
        });
    }

    @PostMapping("/cyber/incidents/{id}/note")
    String note(@PathVariable String id, @RequestParam(defaultValue = "") String note, Authentication auth, RedirectAttributes flash) {
        return act("redirect:/cyber/incidents/" + id, flash, () -> {
            incidents.note(CurrentUser.of(auth), id, note);
            return "Note added to the timeline.";
        });
    }

    @PostMapping("/cyber/incidents/{id}/investigations")
    String investigate(@PathVariable String id, @RequestParam(defaultValue = "") String title,
                       @RequestParam(defaultValue = "") String investigationId, Authentication auth, RedirectAttributes flash) {
        return act("redirect:/cyber/incidents/" + id, flash, () -> {
            if (investigationId.isBlank()) {
                incidents.openInvestigation(CurrentUser.of(auth), id, title);
                return "Investigation opened.";
            }
            incidents.link(CurrentUser.of(auth), investigationId, id);
            return "Incident linked to the investigation.";
        });
    }

    @GetMapping("/cyber/investigations/{id}")
    ModelAndView investigation(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Investigation v = incidents.investigation(p, id);
        return Pages.view("cyberInvestigation", Pages.page(request, v.title(), "cyber-reports"),
                new InvestigationPage(v, incidents.incidentsOf(p, id), p.hasAny(Role.ANALYST, Role.SUPERVISOR)));
    }

    @PostMapping("/cyber/investigations/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String note, Authentication auth, RedirectAttributes flash) {
        return act("redirect:/cyber/investigations/" + id, flash, () -> {
            incidents.closeInvestigation(CurrentUser.of(auth), id, note);
            return "Investigation closed.";
        });
    }

    private static String act(String back, RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute(Pages.NOTICE, action.get());
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return back;
    }
}

package org.issa.app.finance.flow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.finance.alert.ScanRecord;
import org.issa.finance.alert.StoredAlert;
import org.issa.finance.alert.TypologyAlerts;
import org.issa.finance.flow.Trace;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The money-flow view ({@code /finance/trace}) and the typology alerts ({@code /finance/alerts}). */
@Controller
public class FlowPages {

    /** Rows shown in each table of a trace page (the API gives them all). */
    public static final int SHOWN = 300;

    private final MoneyFlows flows;
    private final TypologyAlerts alerts;

    public FlowPages(MoneyFlows flows, TypologyAlerts alerts) {
        this.flows = flows;
        this.alerts = alerts;
    }

    /**
     * @param trace the trace, when one was asked for and could be made
     * @param error why it could not, or empty
     */
    public record TracePage(String account, String direction, String hops, String rule, String currency, Optional<Trace> trace,
                            String error) {
    }

    @GetMapping("/finance/trace")
    ModelAndView trace(@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "forward") String direction,
                       @RequestParam(defaultValue = "3") String hops, @RequestParam(defaultValue = "fifo") String rule,
                       @RequestParam(defaultValue = "") String currency, HttpServletRequest request, Authentication auth) {
        Optional<Trace> t = Optional.empty();
        String error = "";
        if (!account.isBlank()) {
            try {
                t = Optional.of(flows.trace(CurrentUser.of(auth), FlowApi.request(account, direction, hops, rule,
                        currency.isBlank() ? null : currency, null, null)));
            } catch (InvalidInputException | NotFoundException | ForbiddenException e) {
                error = e.getMessage();
            }
        }
        return Pages.view("financeTrace", Pages.page(request, "Follow the money", "finance"),
                new TracePage(account, direction, hops, rule, currency, t, error));
    }

    /** The trace drawn by the page's script (same parameters; the session's user; errors as problem+json). */
    @GetMapping(value = "/finance/trace/data", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    FlowViews.TraceView traceData(@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "forward") String direction,
                                  @RequestParam(defaultValue = "3") String hops, @RequestParam(defaultValue = "fifo") String rule,
                                  @RequestParam(defaultValue = "") String currency, Authentication auth) {
        return FlowViews.TraceView.of(flows.trace(CurrentUser.of(auth), FlowApi.request(account, direction, hops, rule,
                currency.isBlank() ? null : currency, null, null)));
    }

    /** @param alerts the alerts shown (the first 100 of the status chosen) */
    public record AlertsPage(String status, List<StoredAlert> alerts, boolean more) {
    }

    @GetMapping("/finance/alerts")
    ModelAndView alerts(@RequestParam(defaultValue = "open") String status, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        String s = status.isBlank() || status.equals("all") ? "all" : status;
        var page = alerts.list(p, s.equals("all") ? Optional.empty() : Optional.of(s), 100, Optional.empty());
        return Pages.view("financeAlerts", Pages.page(request, "Typology alerts", "finance"),
                new AlertsPage(s, page.items(), page.nextCursor().isPresent()));
    }

    @PostMapping("/finance/alerts/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String caseReference, Authentication auth, RedirectAttributes flash) {
        try {
            StoredAlert a = alerts.decide(CurrentUser.of(auth), id, decision, reason, caseReference);
            flash.addFlashAttribute(Pages.NOTICE, "Alert on " + a.account() + " " + a.status().toLowerCase(java.util.Locale.ROOT) + ".");
        } catch (InvalidInputException | ConflictException | NotFoundException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/finance/alerts";
    }

    @PostMapping("/finance/alerts/scan")
    String scan(MarkingForm marking, Authentication auth, RedirectAttributes flash) {
        try {
            Principal p = CurrentUser.of(auth);
            ScanRecord s = flows.scan(p, marking.toMarking(p.agency()));
            flash.addFlashAttribute(Pages.NOTICE, "Scan " + s.id() + " (configuration " + s.configVersion() + ") over " + s.payments()
                    + " payments: " + s.flagged() + " accounts flagged, " + s.raised() + " new alerts, " + s.refreshed() + " refreshed.");
        } catch (InvalidInputException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/finance/alerts";
    }
}

package org.issa.app.strategy;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.strategy.StrategyMonitor;
import org.issa.strategy.catalogue.Action;
import org.issa.strategy.catalogue.Objective;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.IndicatorValue;
import org.issa.strategy.progress.ObjectiveProgress;
import org.issa.strategy.progress.ProgressUpdate;
import org.issa.strategy.progress.StatusRecord;
import org.issa.strategy.report.AnnualReport;
import org.issa.strategy.report.AnnualReportBuilder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitor's pages: objectives, actions with their updates and indicators, and the annual reports. */
@Controller
public class StrategyPages {

    private final StrategyMonitor monitor;
    private final AnnualReportBuilder reports;

    public StrategyPages(StrategyMonitor monitor, AnnualReportBuilder reports) {
        this.monitor = monitor;
        this.reports = reports;
    }

    public record ObjectivePage(Objective objective, ObjectiveProgress progress, Map<String, ActionStatus> statuses,
                                List<ProgressUpdate> recent, List<IndicatorValue> values) {
    }

    public record ActionPage(Action action, Optional<Action> parent, ActionStatus status, Optional<StatusRecord> statusRecord,
                             Map<String, ActionStatus> statuses, List<ProgressUpdate> updates, Optional<String> nextCursor,
                             List<IndicatorValue> values, String today) {
    }

    public record ReportsPage(List<Integer> years, List<Integer> historic) {
    }

    @GetMapping("/objectives/{code}")
    ModelAndView objective(@PathVariable String code, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Objective o = monitor.objective(code);
        Map<String, ActionStatus> statuses = monitor.statuses();
        ObjectivePage view = new ObjectivePage(o, monitor.progressOf(o, statuses), statuses,
                monitor.updates(p, Optional.of(o.code()), "", 10).items(),
                monitor.values(p, o.code(), Optional.empty(), Optional.empty()));
        return Pages.view("objective", Pages.page(request, o.code() + " " + o.title(), "strategy"), view);
    }

    @GetMapping("/actions/{code}")
    ModelAndView action(@PathVariable String code, @RequestParam(required = false) String cursor, HttpServletRequest request,
                        Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Action a = monitor.action(code);
        Map<String, ActionStatus> statuses = monitor.statuses();
        var updates = monitor.updates(p, Optional.of(a.code()), cursor, 20);
        ActionPage view = new ActionPage(a, Optional.ofNullable(a.parentCode()).flatMap(monitor.catalogue()::action),
                statuses.get(a.code()), monitor.statusRecord(a.code()), statuses, updates.items(), updates.nextCursor(),
                monitor.values(p, a.code(), Optional.empty(), Optional.empty()),
                LocalDate.ofInstant(monitor.now(), ZoneOffset.UTC).toString());
        return Pages.view("action", Pages.page(request, a.code() + " " + a.title(), "strategy"), view);
    }

    @PostMapping("/actions/{code}/updates")
    String addUpdate(@PathVariable String code, @RequestParam(defaultValue = "") String body,
                     @RequestParam(defaultValue = "") String statusAfter, MarkingForm marking, Authentication auth,
                     RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            Optional<ActionStatus> after = statusAfter.isBlank() ? Optional.empty()
                    : Optional.of(ActionStatus.parse("statusAfter", statusAfter));
            monitor.addUpdate(p, code, body, after, marking.toMarking(p.agency()));
            flash.addFlashAttribute(Pages.NOTICE, "Progress update recorded.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/actions/" + monitor.action(code).code();
    }

    @PostMapping("/actions/{code}/status")
    String setStatus(@PathVariable String code, @RequestParam(defaultValue = "") String status,
                     @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes flash) {
        try {
            monitor.setStatus(CurrentUser.of(auth), code, ActionStatus.parse("status", status), reason);
            flash.addFlashAttribute(Pages.NOTICE, "Status changed.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/actions/" + monitor.action(code).code();
    }

    @PostMapping("/indicators/{code}/values")
    String addValue(@PathVariable String code, @RequestParam(defaultValue = "") String date,
                    @RequestParam(defaultValue = "") String value, MarkingForm marking, Authentication auth,
                    RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        String back = monitor.catalogue().indicator(code).map(i -> i.actionCode()).orElse(null);
        if (back == null) {
            throw new org.issa.core.error.NotFoundException("indicator", code);
        }
        try {
            LocalDate d = parse("date", date, LocalDate::parse);
            BigDecimal v = parse("value", value.replace(" ", ""), BigDecimal::new);
            monitor.recordValue(p, code, d, v, marking.toMarking(p.agency()));
            flash.addFlashAttribute(Pages.NOTICE, "Indicator value recorded.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/actions/" + back;
    }

    /** One update: where it holds personal data, its text is shown once the reader states a purpose (audited). */
    @GetMapping("/updates/{id}")
    ModelAndView update(@PathVariable String id, @RequestParam Optional<String> purpose, HttpServletRequest request,
                        Authentication auth) {
        ProgressUpdate u = monitor.update(CurrentUser.of(auth), id, purpose.filter(s -> !s.isBlank()));
        return Pages.view("update", Pages.page(request, "Progress update on " + u.actionCode(), "strategy"), u);
    }

    @GetMapping("/reports")
    ModelAndView reportList(HttpServletRequest request) {
        var c = monitor.catalogue();
        int last = Math.max(c.periodTo(), LocalDate.ofInstant(monitor.now(), ZoneOffset.UTC).getYear());
        List<Integer> years = IntStream.rangeClosed(c.periodFrom(), last).boxed().sorted((a, b) -> b - a).toList();
        return Pages.view("reports", Pages.page(request, "Implementation reports", "reports"),
                new ReportsPage(years, c.history().stream().map(h -> h.year()).toList()));
    }

    @GetMapping("/reports/{year}")
    ModelAndView report(@PathVariable int year, HttpServletRequest request, Authentication auth) {
        AnnualReport r = reports.build(CurrentUser.of(auth), year);
        return Pages.view("report", Pages.page(request, "Implementation report " + year, "reports"), r);
    }

    @GetMapping("/reports/{year}/pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable int year, Authentication auth) {
        return StrategyApi.pdf(reports.build(CurrentUser.of(auth), year));
    }

    private static <T> T parse(String field, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " '" + text + "' is not valid");
        }
    }
}

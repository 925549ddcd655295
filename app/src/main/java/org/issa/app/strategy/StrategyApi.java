package org.issa.app.strategy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.MarkingView;
import org.issa.app.web.PageView;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.strategy.StrategyMonitor;
import org.issa.strategy.catalogue.Action;
import org.issa.strategy.catalogue.Indicator;
import org.issa.strategy.catalogue.Objective;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.IndicatorValue;
import org.issa.strategy.progress.ObjectiveProgress;
import org.issa.strategy.progress.ProgressUpdate;
import org.issa.strategy.progress.UpdateQuery;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.strategy.report.AnnualReport;
import org.issa.strategy.report.AnnualReportBuilder;
import org.issa.strategy.report.ReportPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The strategy implementation monitor over HTTP: catalogue, status, updates, indicators, reports. */
@RestController
@RequestMapping("/api/v1/strategy")
public class StrategyApi {

    private final StrategyMonitor monitor;
    private final AnnualReportBuilder reports;
    private final AuditLog audit;

    public StrategyApi(StrategyMonitor monitor, AnnualReportBuilder reports, AuditLog audit) {
        this.monitor = monitor;
        this.reports = reports;
        this.audit = audit;
    }

    public record StrategyView(String id, String title, String reference, String adopted, int periodFrom, int periodTo,
                               List<ObjectiveSummary> objectives) {
    }

    public record ObjectiveSummary(String code, String title, int measures, int percentDone, Map<ActionStatus, Integer> byStatus) {
        static ObjectiveSummary of(ObjectiveProgress p) {
            return new ObjectiveSummary(p.objective().code(), p.objective().title(), p.measures(), p.percentDone(), p.byStatus());
        }
    }

    public record ActionView(String code, String title, List<String> owners, int periodFrom, int periodTo, String objective,
                             String parent, ActionStatus status, List<IndicatorView> indicators, List<ActionView> subActions) {
    }

    public record IndicatorView(String code, String name, String unit) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.code(), i.name(), i.unit());
        }
    }

    public record ObjectiveView(String code, String title, String summary, ObjectiveSummary progress, List<ActionView> actions) {
    }

    /** An update; {@code masked} when its text holds personal data and no purpose was stated. */
    public record UpdateView(String id, String action, Instant at, String author, String body, boolean masked,
                             ActionStatus statusAfter, MarkingView marking) {
        static UpdateView of(ProgressUpdate u) {
            return new UpdateView(u.id(), u.actionCode(), u.at(), u.author(), u.body(), u.masked(), u.statusAfter().orElse(null),
                    MarkingView.of(u.marking()));
        }
    }

    public record ValueView(String id, String indicator, LocalDate date, BigDecimal value, String source, String author,
                            Instant recordedAt, MarkingView marking) {
        static ValueView of(IndicatorValue v) {
            return new ValueView(v.id(), v.indicatorCode(), v.date(), v.value(), v.source(), v.author(), v.recordedAt(),
                    MarkingView.of(v.marking()));
        }
    }

    public record UpdateInput(@NotBlank @Size(max = StrategyMonitor.MAX_BODY) String body, @Size(max = 20) String statusAfter,
                              @Valid MarkingInput marking) {
    }

    public record StatusInput(@NotBlank @Size(max = 20) String status, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ValueInput(@NotNull LocalDate date, @NotNull BigDecimal value, @Valid MarkingInput marking) {
    }

    @GetMapping
    StrategyView strategy() {
        var c = monitor.catalogue();
        return new StrategyView(c.id(), c.title(), c.reference(), c.adopted(), c.periodFrom(), c.periodTo(),
                monitor.progress().stream().map(ObjectiveSummary::of).toList());
    }

    @GetMapping("/objectives/{code}")
    ObjectiveView objective(@PathVariable String code) {
        Objective o = monitor.objective(code);
        Map<String, ActionStatus> statuses = monitor.statuses();
        return new ObjectiveView(o.code(), o.title(), o.summary(), ObjectiveSummary.of(monitor.progressOf(o, statuses)),
                o.actions().stream().map(a -> view(a, statuses)).toList());
    }

    @GetMapping("/actions/{code}")
    ActionView action(@PathVariable String code) {
        return view(monitor.action(code), monitor.statuses());
    }

    @PutMapping("/actions/{code}/status")
    ActionView setStatus(@PathVariable String code, @Valid @RequestBody StatusInput in, Authentication auth) {
        monitor.setStatus(CurrentUser.of(auth), code, ActionStatus.parse("status", in.status()), in.reason());
        return view(monitor.action(code), monitor.statuses());
    }

    /** Updates the caller may see, newest first; {@code scope} an objective or action code, {@code q} a text to find. */
    @GetMapping("/updates")
    PageView<UpdateView> updates(@RequestParam Optional<String> scope, @RequestParam Optional<String> q,
                                 @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                                 Authentication auth) {
        UpdateQuery query = new UpdateQuery(scope.filter(s -> !s.isBlank()), Optional.empty(), Optional.empty(), q);
        return PageView.of(monitor.updates(CurrentUser.of(auth), query, cursor, Cursor.size(limit, 50)), UpdateView::of);
    }

    /** The updates the caller may see as CSV (personal data masked); the export is recorded in the audit trail. */
    @GetMapping(value = "/updates/export", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam Optional<String> scope, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        UpdatesCsv.Export export = UpdatesCsv.write(monitor, p, scope.filter(s -> !s.isBlank()));
        audit.record(AuditEvent.write(p.username(), "strategy.updates.export", "strategy_progress_update",
                scope.orElse("*"), "CSV export, " + export.rows() + " rows"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", ContentDisposition.attachment().filename("progress-updates.csv").build().toString())
                .body(export.csv());
    }

    /** One update; one that holds personal data is shown in full only with a stated {@code purpose}, which is audited. */
    @GetMapping("/updates/{id}")
    UpdateView update(@PathVariable String id, @RequestParam Optional<@Size(max = 1000) String> purpose, Authentication auth) {
        return UpdateView.of(monitor.update(CurrentUser.of(auth), id, purpose));
    }

    @PostMapping("/actions/{code}/updates")
    @ResponseStatus(HttpStatus.CREATED)
    UpdateView addUpdate(@PathVariable String code, @Valid @RequestBody UpdateInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<ActionStatus> after = in.statusAfter() == null || in.statusAfter().isBlank() ? Optional.empty()
                : Optional.of(ActionStatus.parse("statusAfter", in.statusAfter()));
        return UpdateView.of(monitor.addUpdate(p, code, in.body(), after,
                in.marking() == null ? null : in.marking().toMarking(p.agency())));
    }

    @GetMapping("/values")
    List<ValueView> values(@RequestParam String scope, @RequestParam Optional<LocalDate> from, @RequestParam Optional<LocalDate> to,
                           Authentication auth) {
        return monitor.values(CurrentUser.of(auth), monitor.catalogue().objective(scope).map(Objective::code)
                        .orElseGet(() -> monitor.action(scope).code()), from, to).stream().map(ValueView::of).toList();
    }

    @PostMapping("/indicators/{code}/values")
    @ResponseStatus(HttpStatus.CREATED)
    ValueView addValue(@PathVariable String code, @Valid @RequestBody ValueInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return ValueView.of(monitor.recordValue(p, code, in.date(), in.value(),
                in.marking() == null ? null : in.marking().toMarking(p.agency())));
    }

    @GetMapping("/reports/{year}")
    AnnualReport report(@PathVariable int year, Authentication auth) {
        return reports.build(CurrentUser.of(auth), year);
    }

    @GetMapping(value = "/reports/{year}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(@PathVariable int year, Authentication auth) {
        return pdf(reports.build(CurrentUser.of(auth), year));
    }

    static ResponseEntity<byte[]> pdf(AnnualReport report) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("iss-implementation-report-" + report.year() + ".pdf").build().toString())
                .body(ReportPdf.render(report));
    }

    private ActionView view(Action a, Map<String, ActionStatus> statuses) {
        return new ActionView(a.code(), a.title(), a.owners(), a.periodFrom(), a.periodTo(), a.objectiveCode(), a.parentCode(),
                statuses.getOrDefault(a.code(), ActionStatus.PLANNED), a.indicators().stream().map(IndicatorView::of).toList(),
                a.subActions().stream().map(s -> view(s, statuses)).toList());
    }
}

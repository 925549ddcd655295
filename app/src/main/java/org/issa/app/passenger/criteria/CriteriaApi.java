package org.issa.app.passenger.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.issa.app.identity.CurrentUser;
import org.issa.app.passenger.criteria.CriteriaConfig.CriteriaBookings;
import org.issa.app.passenger.criteria.CriteriaViews.BacktestResultView;
import org.issa.app.passenger.criteria.CriteriaViews.BacktestView;
import org.issa.app.passenger.criteria.CriteriaViews.CompileView;
import org.issa.app.passenger.criteria.CriteriaViews.CriterionDetail;
import org.issa.app.passenger.criteria.CriteriaViews.CriterionView;
import org.issa.app.passenger.criteria.CriteriaViews.FieldView;
import org.issa.app.passenger.criteria.CriteriaViews.ProblemView;
import org.issa.app.passenger.criteria.CriteriaViews.VersionView;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.PageView;
import org.issa.core.error.ForbiddenException;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.passenger.criteria.Backtest;
import org.issa.passenger.criteria.BacktestRecord;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.Criterion;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.criteria.CriterionVersion;
import org.issa.rules.RuleRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pre-determined criteria over HTTP: create a draft, edit (a new version), approve (a SUPERVISOR other than the
 * version's author), activate, retire, backtest over a period; plus the model and a compile check for editors. A
 * refused expression is a 400 problem+json with {@code field: "expression"} and each problem's code, line, column and
 * the forbidden field it names.
 */
@RestController
@RequestMapping("/api/v1/passenger/criteria")
public class CriteriaApi {

    private final CriteriaRegister register;
    private final CriteriaBookings bookings;

    public CriteriaApi(CriteriaRegister register, CriteriaBookings bookings) {
        this.register = register;
        this.bookings = bookings;
    }

    public record DraftInput(@Size(max = 200) String name, @Size(max = 64) String owner, @NotNull @Size(max = 4000) String expression,
                             @Size(max = 4000) String justification, LocalDate reviewDate, Integer priority, @Valid MarkingInput marking) {
        CriterionDraft toDraft() {
            return new CriterionDraft(name, owner, expression, justification, reviewDate, priority == null ? 3 : priority);
        }
    }

    public record VersionInput(@NotNull Integer baseVersion, @NotNull @Size(max = 4000) String expression,
                               @Size(max = 4000) String justification, LocalDate reviewDate, Integer priority) {
    }

    public record NoteInput(@Size(max = 2000) String note) {
    }

    public record ReasonInput(@Size(max = 2000) String reason) {
    }

    public record ExpressionInput(@NotNull @Size(max = 4000) String expression) {
    }

    public record PeriodInput(@NotNull LocalDate from, @NotNull LocalDate to, Integer sample) {
    }

    @GetMapping
    PageView<CriterionView> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                                 Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return PageView.of(register.criteria(p, cursor, Cursor.size(limit, 50)), c -> view(c));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CriterionDetail create(@Valid @RequestBody DraftInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Criterion c = register.create(p, in.toDraft(), in.marking() == null ? null : in.marking().toMarking(p.agency()));
        return detail(p, c.id());
    }

    @GetMapping("/model")
    List<FieldView> model() {
        return CriteriaModel.MODEL.fields().stream().map(FieldView::of).toList();
    }

    /** Compiles without storing: for the editor's live check. Always 200; {@code ok} and {@code problems} say the outcome. */
    @PostMapping("/compile")
    CompileView compile(@Valid @RequestBody ExpressionInput in, Authentication auth) {
        requireAuthor(CurrentUser.of(auth));
        return CompileView.of(register.compiler().compile(in.expression()));
    }

    @GetMapping("/{id}")
    CriterionDetail get(@PathVariable String id, Authentication auth) {
        return detail(CurrentUser.of(auth), id);
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    VersionView edit(@PathVariable String id, @Valid @RequestBody VersionInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        CriterionVersion base = register.version(p, id, in.baseVersion());
        CriterionDraft d = new CriterionDraft("", "", in.expression(), in.justification() == null ? base.justification() : in.justification(),
                in.reviewDate() == null ? base.reviewDate() : in.reviewDate(), in.priority() == null ? base.priority() : in.priority());
        return VersionView.of(register.edit(p, id, in.baseVersion(), d), register.today());
    }

    @PostMapping("/{id}/versions/{version}/approve")
    VersionView approve(@PathVariable String id, @PathVariable int version, @Valid @RequestBody NoteInput in, Authentication auth) {
        return VersionView.of(register.approve(CurrentUser.of(auth), id, version, in.note()), register.today());
    }

    @PostMapping("/{id}/versions/{version}/activate")
    VersionView activate(@PathVariable String id, @PathVariable int version, Authentication auth) {
        return VersionView.of(register.activate(CurrentUser.of(auth), id, version), register.today());
    }

    @PostMapping("/{id}/retire")
    CriterionView retire(@PathVariable String id, @Valid @RequestBody ReasonInput in, Authentication auth) {
        return view(register.retire(CurrentUser.of(auth), id, in.reason()));
    }

    @PostMapping("/{id}/versions/{version}/backtest")
    BacktestResultView backtest(@PathVariable String id, @PathVariable int version, @Valid @RequestBody PeriodInput in,
                                Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return runBacktest(register, bookings, p, id, version, in.from(), in.to(), in.sample() == null ? 20 : in.sample());
    }

    static BacktestResultView runBacktest(CriteriaRegister register, CriteriaBookings bookings, Principal p, String id, int version,
                                          LocalDate from, LocalDate to, int sample) {
        requireAuthor(p);
        CriterionVersion v = register.version(p, id, version);
        Backtest.Result r = Backtest.run(register.compiler().compile(v.expression()).orThrow(), bookings.source(), from, to,
                bookings.history(), sample);
        BacktestRecord stored = register.recordBacktest(p, id, version, r);
        return BacktestResultView.of(stored, bookings.description(), r);
    }

    @ExceptionHandler(RuleRejectedException.class)
    ProblemDetail refused(RuleRejectedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Bad Request");
        p.setProperty("field", "expression");
        List<ProblemView> problems = e.problems().stream().map(ProblemView::of).toList();
        p.setProperty("problems", problems);
        ProblemView first = problems.get(0);
        p.setProperty("line", first.line());
        p.setProperty("column", first.column());
        problems.stream().filter(x -> x.field() != null).findFirst().ifPresent(x -> p.setProperty("forbiddenField", x.field()));
        return p;
    }

    private CriterionDetail detail(Principal p, String id) {
        Criterion c = register.criterion(p, id);
        List<CriterionVersion> versions = register.versions(p, id);
        return new CriterionDetail(view(c, versions), versions.stream().map(v -> VersionView.of(v, register.today())).toList(),
                register.store().backtests(id, 20).stream().map(BacktestView::of).toList());
    }

    private CriterionView view(Criterion c) {
        return view(c, register.store().versions(c.id()));
    }

    private CriterionView view(Criterion c, List<CriterionVersion> versions) {
        boolean overdue = versions.stream().anyMatch(v -> v.reviewOverdue(register.today()));
        return CriterionView.of(c, overdue);
    }

    private static void requireAuthor(Principal p) {
        if (!p.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("writing and testing criteria needs the ANALYST or SUPERVISOR role");
        }
    }
}

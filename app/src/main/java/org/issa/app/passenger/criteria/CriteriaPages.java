package org.issa.app.passenger.criteria;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.passenger.criteria.CriteriaConfig.CriteriaBookings;
import org.issa.app.passenger.criteria.CriteriaViews.BacktestResultView;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.passenger.criteria.BacktestRecord;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.Criterion;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.criteria.CriterionVersion;
import org.issa.rules.Compilation;
import org.issa.rules.Field;
import org.issa.rules.RuleRejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The criteria editor: list, new criterion, versions with approval, edit with a live compile check, backtest. */
@Controller
public class CriteriaPages {

    private static final String BASE = "/passenger/criteria";

    private final CriteriaRegister register;
    private final CriteriaBookings bookings;

    public CriteriaPages(CriteriaRegister register, CriteriaBookings bookings) {
        this.register = register;
        this.bookings = bookings;
    }

    public record Row(Criterion criterion, Optional<CriterionVersion> latest, boolean overdue) {
    }

    public record ListPage(List<Row> rows, Optional<String> next, List<Field> fields, LocalDate suggestedReview) {
    }

    public record DetailPage(Criterion criterion, List<CriterionVersion> versions, CriterionVersion latest, List<BacktestRecord> backtests,
                             LocalDate today, String source, LocalDate backtestFrom, LocalDate backtestTo, List<Field> fields) {
    }

    @GetMapping(BASE)
    ModelAndView list(@RequestParam(required = false) String cursor, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Page<Criterion> page = register.criteria(p, cursor, 50);
        List<Row> rows = page.items().stream().map(c -> {
            List<CriterionVersion> versions = register.store().versions(c.id());
            return new Row(c, versions.stream().findFirst(), versions.stream().anyMatch(v -> v.reviewOverdue(register.today())));
        }).toList();
        return Pages.view("passengerCriteria", Pages.page(request, "Criteria", "passenger-criteria"),
                new ListPage(rows, page.nextCursor(), CriteriaModel.MODEL.fields(), register.today().plusMonths(6)));
    }

    @PostMapping(BASE)
    String create(@RequestParam String name, @RequestParam(required = false) String owner, @RequestParam String expression,
                  @RequestParam String justification, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate,
                  @RequestParam(defaultValue = "3") int priority, MarkingForm marking, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            Criterion c = register.create(p, new CriterionDraft(name, owner, expression, justification, reviewDate, priority),
                    marking.toMarking(p.agency()));
            flash.addFlashAttribute(Pages.NOTICE, "Criterion \"" + c.name() + "\" created as draft version 1. A supervisor other than you must approve it.");
            return "redirect:" + BASE + "/" + c.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, message(e));
            return "redirect:" + BASE;
        }
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView detail(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Criterion c = register.criterion(p, id);
        List<CriterionVersion> versions = register.versions(p, id);
        LocalDate today = register.today();
        return Pages.view("passengerCriterion", Pages.page(request, c.name(), "passenger-criteria"),
                new DetailPage(c, versions, versions.get(0), register.store().backtests(id, 10), today, bookings.description(),
                        today.minusDays(30), today, CriteriaModel.MODEL.fields()));
    }

    /** The live compile check of the editor (an htmx fragment). */
    @PostMapping(BASE + "/compile")
    ModelAndView compile(@RequestParam(defaultValue = "") String expression, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (!p.hasAny(org.issa.core.security.Role.ANALYST, org.issa.core.security.Role.SUPERVISOR)) {
            throw new ForbiddenException("writing criteria needs the ANALYST or SUPERVISOR role");
        }
        Compilation c = register.compiler().compile(expression.length() > 4000 ? expression.substring(0, 4001) : expression);
        ModelAndView mv = new ModelAndView("passengerCriteriaCompile");
        mv.addObject("view", c);
        return mv;
    }

    @PostMapping(BASE + "/{id}/versions")
    String edit(@PathVariable String id, @RequestParam int baseVersion, @RequestParam String expression, @RequestParam String justification,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate, @RequestParam(defaultValue = "3") int priority,
                Authentication auth, RedirectAttributes flash) {
        return act(id, flash, () -> {
            CriterionVersion v = register.edit(CurrentUser.of(auth), id, baseVersion,
                    new CriterionDraft("", "", expression, justification, reviewDate, priority));
            return "Version " + v.version() + " drafted. It must be approved by a supervisor other than you.";
        });
    }

    @PostMapping(BASE + "/{id}/versions/{version}/approve")
    String approve(@PathVariable String id, @PathVariable int version, @RequestParam String note, Authentication auth,
                   RedirectAttributes flash) {
        return act(id, flash, () -> {
            register.approve(CurrentUser.of(auth), id, version, note);
            return "Version " + version + " approved.";
        });
    }

    @PostMapping(BASE + "/{id}/versions/{version}/activate")
    String activate(@PathVariable String id, @PathVariable int version, Authentication auth, RedirectAttributes flash) {
        return act(id, flash, () -> {
            register.activate(CurrentUser.of(auth), id, version);
            return "Version " + version + " is in force: every passenger is now evaluated against it.";
        });
    }

    @PostMapping(BASE + "/{id}/retire")
    String retire(@PathVariable String id, @RequestParam String reason, Authentication auth, RedirectAttributes flash) {
        return act(id, flash, () -> {
            register.retire(CurrentUser.of(auth), id, reason);
            return "Criterion retired: it is no longer evaluated.";
        });
    }

    /** Runs a backtest and shows its result (an htmx fragment; a full page without htmx). */
    @PostMapping(BASE + "/{id}/backtest")
    ModelAndView backtest(@PathVariable String id, @RequestParam int version,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication auth) {
        BacktestResultView r = CriteriaApi.runBacktest(register, bookings, CurrentUser.of(auth), id, version, from, to, 20);
        ModelAndView mv = new ModelAndView("passengerCriteriaBacktest");
        mv.addObject("view", r);
        return mv;
    }

    private String act(String id, RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute(Pages.NOTICE, action.get());
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e instanceof InvalidInputException i ? message(i) : e.getMessage());
        }
        return "redirect:" + BASE + "/" + id;
    }

    private static String message(InvalidInputException e) {
        if (e instanceof RuleRejectedException r) {
            return "The expression was refused: " + String.join("; ", r.problems().stream().map(x -> x.describe()).toList());
        }
        return e.field() + ": " + e.getMessage();
    }
}

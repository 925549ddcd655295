package org.issa.app.finance.freezing;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.screening.Hit;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.freezing.FreezingOrder;
import org.issa.finance.freezing.FreezingRegister;
import org.issa.finance.freezing.ListSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The freezing pages: orders, one order with its accounts, licences and history, the new-order form, the frozen-funds register. */
@Controller
public class FreezingPages {

    private final FreezingRegister register;
    private final HitSources hits;

    public FreezingPages(FreezingRegister register, HitSources hits) {
        this.register = register;
        this.hits = hits;
    }

    public record ListView(List<FreezingOrder> orders, Optional<String> next, boolean inForce, boolean writes) {
    }

    /** The new-order form, prefilled from a confirmed screening hit when one is given. */
    public record FormView(ListSource source, String subjectName, String subjectKind, LocalDate today) {
    }

    public record OrderView(FreezingRegister.OrderFile file, boolean writes) {
    }

    public record FundsView(FreezingRegister.FrozenFunds funds) {
    }

    @GetMapping("/finance/freezing")
    ModelAndView list(@RequestParam(defaultValue = "false") boolean inForce, @RequestParam Optional<String> cursor, HttpServletRequest request,
                      Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Page<FreezingOrder> page = register.list(p, inForce, cursor.orElse(""), 50);
        return Pages.view("financeFreezing", Pages.page(request, "Freezing orders", "finance-freezing"), new ListView(page.items(),
                page.nextCursor(), inForce, p.has(Role.SUPERVISOR)));
    }

    @GetMapping("/finance/freezing/new")
    ModelAndView form(@RequestParam Optional<String> hit, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        FormView form = new FormView(ListSource.NONE, "", "PERSON", register.today());
        if (hit.isPresent() && !hit.get().isBlank()) {
            Hit h = hits.confirmed(p, hit.get());
            form = new FormView(hits.source(h), h.entryName(), h.entry().schema().isOrganisation() ? "ENTITY" : "PERSON", register.today());
        }
        return Pages.view("financeFreezingNew", Pages.page(request, "New freezing order", "finance-freezing"), form);
    }

    @PostMapping("/finance/freezing")
    String create(@RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            List<FreezingRegister.AccountInput> accounts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String iban = f.getFirst("iban" + i);
                if (iban != null && !iban.isBlank()) {
                    String field = "accounts[" + accounts.size() + "]";
                    accounts.add(new FreezingRegister.AccountInput(iban, f.getFirst("holder" + i), FormValues.amount(field + ".amount",
                            f.getFirst("amount" + i)), f.getFirst("currency" + i), null));
                }
            }
            ListSource source = hits.resolve(p, f.getFirst("hitId"), f.getFirst("listId"), f.getFirst("listName"), f.getFirst("entryId"));
            FreezingOrder o = register.create(p, new FreezingRegister.OrderInput(f.getFirst("regime"), f.getFirst("legalAct"),
                    f.getFirst("article"), f.getFirst("subjectName"), f.getFirst("subjectKind"), FormValues.date("subjectBirthDate",
                    f.getFirst("subjectBirthDate")), source, FormValues.date("issuedOn", f.getFirst("issuedOn")),
                    FormValues.date("effectiveFrom", f.getFirst("effectiveFrom")), accounts, new MarkingForm(f.getFirst("classification"),
                    f.getFirst("tlp"), f.getFirst("releasableTo"), false).toMarking(p.agency())), f.getFirst("reason"));
            flash.addFlashAttribute(Pages.NOTICE, o.reference() + " recorded.");
            return "redirect:/finance/freezing/" + o.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
            String hit = f.getFirst("hitId");
            return "redirect:/finance/freezing/new" + (hit == null || hit.isBlank() ? "" : "?hit=" + hit);
        }
    }

    @GetMapping("/finance/freezing/register")
    ModelAndView funds(@RequestParam Optional<String> asOf, HttpServletRequest request, Authentication auth) {
        FreezingRegister.FrozenFunds funds = register.funds(CurrentUser.of(auth), asOf.filter(s -> !s.isBlank())
                .map(s -> FormValues.date("asOf", s)).orElse(null));
        return Pages.view("financeFrozenFunds", Pages.page(request, "Frozen funds", "finance-freezing"), new FundsView(funds));
    }

    @GetMapping("/finance/freezing/{id}")
    ModelAndView order(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        FreezingRegister.OrderFile file = register.file(p, id);
        return Pages.view("financeFreezingOrder", Pages.page(request, file.order().reference(), "finance-freezing"),
                new OrderView(file, p.has(Role.SUPERVISOR)));
    }

    @PostMapping("/finance/freezing/{id}/accounts")
    String addAccount(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        return change(id, flash, "Account frozen.", () -> register.addAccount(CurrentUser.of(auth), id, new FreezingRegister.AccountInput(
                f.getFirst("iban"), f.getFirst("holderName"), FormValues.amount("amount", f.getFirst("amount")), f.getFirst("currency"),
                FormValues.date("frozenOn", f.getFirst("frozenOn"))), f.getFirst("reason")));
    }

    @PostMapping("/finance/freezing/{id}/licences")
    String licence(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        return change(id, flash, "Licence recorded.", () -> register.grantLicence(CurrentUser.of(auth), id, new FreezingRegister.LicenceInput(
                f.getFirst("kind"), f.getFirst("iban"), FormValues.amount("amount", f.getFirst("amount")), f.getFirst("currency"),
                f.getFirst("authority"), f.getFirst("reference"), FormValues.date("grantedOn", f.getFirst("grantedOn"))), f.getFirst("reason")));
    }

    @PostMapping("/finance/freezing/{id}/lift")
    String lift(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        return change(id, flash, "Order lifted.", () -> register.lift(CurrentUser.of(auth), id, FormValues.date("liftedOn", f.getFirst("liftedOn")),
                f.getFirst("reason")));
    }

    private static String change(String id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute(Pages.NOTICE, done);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
        } catch (ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/finance/freezing/" + id;
    }
}

package org.issa.app.finance.freezing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.PageView;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.finance.freezing.FreezingOrder;
import org.issa.finance.freezing.FreezingRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Freezing orders and the frozen-funds register over HTTP; every change by a supervisor, with a reason, audited. */
@RestController
@RequestMapping("/api/v1/finance/freezing")
public class FreezingApi {

    private final FreezingRegister register;
    private final HitSources hits;

    public FreezingApi(FreezingRegister register, HitSources hits) {
        this.register = register;
        this.hits = hits;
    }

    public record AccountInput(@Size(max = 60) String iban, @Size(max = 300) String holderName, BigDecimal amount, @Size(max = 3) String currency,
                               LocalDate frozenOn, @Size(max = 2000) String reason) {
        FreezingRegister.AccountInput toInput() {
            return new FreezingRegister.AccountInput(iban, holderName, amount, currency, frozenOn);
        }
    }

    public record OrderInput(@Size(max = 32) String regime, @Size(max = 300) String legalAct, @Size(max = 100) String article,
                             @Size(max = 300) String subjectName, @Size(max = 16) String subjectKind, LocalDate subjectBirthDate,
                             @Size(max = 64) String hitId, @Size(max = 64) String listId, @Size(max = 200) String listName,
                             @Size(max = 200) String entryId, LocalDate issuedOn, LocalDate effectiveFrom,
                             @Size(max = 200) List<@Valid AccountInput> accounts, @Valid MarkingInput marking, @Size(max = 2000) String reason) {
    }

    public record LicenceInput(@Size(max = 32) String kind, @Size(max = 60) String iban, BigDecimal amount, @Size(max = 3) String currency,
                               @Size(max = 200) String authority, @Size(max = 100) String reference, LocalDate grantedOn,
                               @Size(max = 2000) String reason) {
    }

    public record LiftInput(LocalDate liftedOn, @Size(max = 2000) String reason) {
    }

    @GetMapping("/orders")
    PageView<FreezingOrder> list(@RequestParam(defaultValue = "false") boolean inForce, @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit, Authentication auth) {
        return PageView.of(register.list(CurrentUser.of(auth), inForce, cursor, Cursor.size(limit, 50)), o -> o);
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    FreezingOrder create(@Valid @RequestBody OrderInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return register.create(p, new FreezingRegister.OrderInput(in.regime(), in.legalAct(), in.article(), in.subjectName(), in.subjectKind(),
                in.subjectBirthDate(), hits.resolve(p, in.hitId(), in.listId(), in.listName(), in.entryId()), in.issuedOn(), in.effectiveFrom(),
                in.accounts() == null ? List.of() : in.accounts().stream().map(a -> a == null ? null : a.toInput()).toList(),
                in.marking() == null ? null : in.marking().toMarking(p.agency())), in.reason());
    }

    @GetMapping("/orders/{id}")
    FreezingRegister.OrderFile get(@PathVariable String id, Authentication auth) {
        return register.file(CurrentUser.of(auth), id);
    }

    @PostMapping("/orders/{id}/accounts")
    FreezingRegister.OrderFile addAccount(@PathVariable String id, @Valid @RequestBody AccountInput in, Authentication auth) {
        return register.addAccount(CurrentUser.of(auth), id, in.toInput(), in.reason());
    }

    @PostMapping("/orders/{id}/licences")
    FreezingRegister.OrderFile licence(@PathVariable String id, @Valid @RequestBody LicenceInput in, Authentication auth) {
        return register.grantLicence(CurrentUser.of(auth), id, new FreezingRegister.LicenceInput(in.kind(), in.iban(), in.amount(),
                in.currency(), in.authority(), in.reference(), in.grantedOn()), in.reason());
    }

    @PostMapping("/orders/{id}/lift")
    FreezingRegister.OrderFile lift(@PathVariable String id, @Valid @RequestBody LiftInput in, Authentication auth) {
        return register.lift(CurrentUser.of(auth), id, in.liftedOn(), in.reason());
    }

    /** The register of frozen funds on a day (today by default), per list and per person, within the reader's markings. */
    @GetMapping("/register")
    FundsView funds(@RequestParam Optional<String> asOf, Authentication auth) {
        FreezingRegister.FrozenFunds f = register.funds(CurrentUser.of(auth), asOf.filter(s -> !s.isBlank()).map(s -> day("asOf", s)).orElse(null));
        return new FundsView(f.asOf(), f.byList(), f.total(), f.rows());
    }

    public record FundsView(LocalDate asOf, java.util.Map<String, java.util.Map<String, BigDecimal>> byList,
                            java.util.Map<String, BigDecimal> total, List<org.issa.finance.freezing.FreezingStore.FundsRow> byPerson) {
    }

    static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.issa.core.error.InvalidInputException(field, field + " must be a date such as 2026-03-31");
        }
    }
}

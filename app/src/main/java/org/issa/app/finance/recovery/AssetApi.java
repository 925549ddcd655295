package org.issa.app.finance.recovery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.PageView;
import org.issa.core.error.ForbiddenException;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.recovery.Asset;
import org.issa.finance.recovery.AssetRegister;
import org.issa.finance.recovery.AssetStage;
import org.issa.finance.recovery.IndicatorReporter;
import org.issa.finance.recovery.RecoveryIndicators;
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

/** The Asset Recovery Office over HTTP: assets, their lifecycle, valuations, orders, sales and the indicators. */
@RestController
@RequestMapping("/api/v1/finance/assets")
public class AssetApi {

    private final AssetRegister register;
    private final RecoveryIndicators indicators;
    private final IndicatorReporter reporter;

    public AssetApi(AssetRegister register, RecoveryIndicators indicators, IndicatorReporter reporter) {
        this.register = register;
        this.indicators = indicators;
        this.reporter = reporter;
    }

    public record PersonInput(@Size(max = 200) String entityId, @Size(max = 100) String role) {
    }

    public record AssetInput(@Size(max = 24) String kind, @Size(max = 1000) String description, @Size(max = 200) String identifier,
                             @Size(max = 40) String offence, @Size(max = 36) String caseId, @Size(max = 50) List<@Valid PersonInput> persons,
                             LocalDate identifiedOn, @Valid MarkingInput marking) {
    }

    public record TransitionInput(@Size(max = 24) String to, LocalDate on, @Size(max = 2000) String reason) {
    }

    public record ValuationInput(LocalDate valuedOn, BigDecimal amount, @Size(max = 3) String currency, @Size(max = 24) String method,
                                 @Size(max = 1000) String note) {
    }

    public record OrderInput(@Size(max = 16) String type, @Size(max = 100) String courtReference, @Size(max = 200) String authority,
                             @Size(max = 40) String offence, LocalDate issuedOn, BigDecimal amount, @Size(max = 3) String currency) {
    }

    public record SaleInput(@Size(max = 300) String buyerName, LocalDate birthDate, @Size(max = 100) String idNumber,
                            @Size(max = 300) String company, BigDecimal price, @Size(max = 3) String currency) {
    }

    public record DecisionInput(@Size(max = 16) String decision, @Size(max = 2000) String reason, @Size(max = 2000) String overrideReason) {
    }

    @GetMapping
    PageView<Asset> list(@RequestParam Optional<String> stage, @RequestParam(required = false) String cursor,
                         @RequestParam(required = false) Integer limit, Authentication auth) {
        return PageView.of(register.list(CurrentUser.of(auth), stage.filter(s -> !s.isBlank()).map(s -> AssetStage.parse("stage", s)), cursor,
                Cursor.size(limit, 50)), a -> a);
    }

    @GetMapping("/pipeline")
    Map<AssetStage, Long> pipeline(Authentication auth) {
        return register.pipeline(CurrentUser.of(auth));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Asset create(@Valid @RequestBody AssetInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return register.register(p, new AssetRegister.AssetInput(in.kind(), in.description(), in.identifier(), in.offence(), in.caseId(),
                in.persons() == null ? List.of() : in.persons().stream().map(x -> x == null ? null : new AssetRegister.PersonInput(x.entityId(),
                        x.role())).toList(), in.identifiedOn(), in.marking() == null ? null : in.marking().toMarking(p.agency())));
    }

    @GetMapping("/{id}")
    AssetRegister.AssetFile get(@PathVariable String id, Authentication auth) {
        return register.file(CurrentUser.of(auth), id);
    }

    @PostMapping("/{id}/transitions")
    AssetRegister.AssetFile transition(@PathVariable String id, @Valid @RequestBody TransitionInput in, Authentication auth) {
        return register.transition(CurrentUser.of(auth), id, in.to(), in.on(), in.reason());
    }

    @PostMapping("/{id}/valuations")
    AssetRegister.AssetFile value(@PathVariable String id, @Valid @RequestBody ValuationInput in, Authentication auth) {
        return register.value(CurrentUser.of(auth), id, new AssetRegister.ValuationInput(in.valuedOn(), in.amount(), in.currency(), in.method(),
                in.note()));
    }

    @PostMapping("/{id}/orders")
    AssetRegister.AssetFile order(@PathVariable String id, @Valid @RequestBody OrderInput in, Authentication auth) {
        return register.order(CurrentUser.of(auth), id, new AssetRegister.OrderInput(in.type(), in.courtReference(), in.authority(), in.offence(),
                in.issuedOn(), in.amount(), in.currency()));
    }

    /** Proposes a sale; the reacquisition check runs at once and its result comes back with the sale. */
    @PostMapping("/{id}/sales")
    @ResponseStatus(HttpStatus.CREATED)
    AssetRegister.SaleView sale(@PathVariable String id, @Valid @RequestBody SaleInput in, Authentication auth) {
        return register.proposeSale(CurrentUser.of(auth), id, new AssetRegister.BuyerInput(in.buyerName(), in.birthDate(), in.idNumber(),
                in.company(), in.price(), in.currency()));
    }

    @PostMapping("/{id}/sales/{saleId}/decision")
    AssetRegister.SaleView decide(@PathVariable String id, @PathVariable String saleId, @Valid @RequestBody DecisionInput in,
                                  Authentication auth) {
        return register.decideSale(CurrentUser.of(auth), id, saleId, in.decision(), in.reason(), in.overrideReason());
    }

    /** The evaluation indicators by year and offence type, within the reader's markings. */
    @GetMapping("/indicators")
    List<RecoveryIndicators.Row> indicators(Authentication auth) {
        Principal p = CurrentUser.of(auth);
        register.pipeline(p); // the asset register's readers only
        return indicators.compute(Optional.of(p));
    }

    /** Sends the indicators to the strategy monitor now (a supervisor's on-demand run; the scheduler does it too). */
    @PostMapping("/indicators/report")
    List<IndicatorReporter.Figure> report(Authentication auth) {
        if (!CurrentUser.of(auth).has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only a supervisor sends the indicators to the strategy monitor");
        }
        return reporter.report();
    }
}

package org.issa.app.finance.recovery;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.finance.freezing.FormValues;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.recovery.Asset;
import org.issa.finance.recovery.AssetRegister;
import org.issa.finance.recovery.AssetStage;
import org.issa.finance.recovery.IndicatorReporter;
import org.issa.finance.recovery.RecoveryIndicators;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Asset Recovery Office pages: the pipeline by stage, one asset with its sale and reacquisition check, the indicators. */
@Controller
public class AssetPages {

    private final AssetRegister register;
    private final RecoveryIndicators indicators;
    private final IndicatorReporter reporter;

    public AssetPages(AssetRegister register, RecoveryIndicators indicators, IndicatorReporter reporter) {
        this.register = register;
        this.indicators = indicators;
        this.reporter = reporter;
    }

    public record PipelineView(Map<AssetStage, Long> counts, Map<AssetStage, List<Asset>> byStage, boolean writes) {
    }

    public record AssetView(AssetRegister.AssetFile file, boolean writes, boolean decides, String me) {
    }

    public record IndicatorsView(List<RecoveryIndicators.Row> rows, boolean reports, List<IndicatorReporter.Figure> reported) {
    }

    @GetMapping("/finance/assets")
    ModelAndView pipeline(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Map<AssetStage, Long> counts = register.pipeline(p);
        Map<AssetStage, List<Asset>> byStage = new java.util.EnumMap<>(AssetStage.class);
        for (AssetStage s : AssetStage.values()) {
            byStage.put(s, counts.get(s) == 0 ? List.of() : register.list(p, Optional.of(s), "", 20).items());
        }
        return Pages.view("financeAssets", Pages.page(request, "Asset recovery", "finance-assets"), new PipelineView(counts, byStage,
                p.hasAny(Role.ANALYST, Role.SUPERVISOR)));
    }

    @PostMapping("/finance/assets")
    String create(@RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            List<AssetRegister.PersonInput> persons = new ArrayList<>();
            String entity = f.getFirst("personEntityId");
            if (entity != null && !entity.isBlank()) {
                persons.add(new AssetRegister.PersonInput(entity, f.getFirst("personRole")));
            }
            Asset a = register.register(p, new AssetRegister.AssetInput(f.getFirst("kind"), f.getFirst("description"), f.getFirst("identifier"),
                    f.getFirst("offence"), f.getFirst("caseId"), persons, FormValues.date("identifiedOn", f.getFirst("identifiedOn")),
                    new MarkingForm(f.getFirst("classification"), f.getFirst("tlp"), f.getFirst("releasableTo"), false).toMarking(p.agency())));
            flash.addFlashAttribute(Pages.NOTICE, a.reference() + " registered.");
            return "redirect:/finance/assets/" + a.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
            return "redirect:/finance/assets";
        }
    }

    @GetMapping("/finance/assets/indicators")
    ModelAndView indicators(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        register.pipeline(p);
        return Pages.view("financeIndicators", Pages.page(request, "Asset recovery indicators", "finance-assets"),
                new IndicatorsView(indicators.compute(Optional.of(p)), p.has(Role.SUPERVISOR), List.of()));
    }

    @PostMapping("/finance/assets/indicators/report")
    String report(Authentication auth, RedirectAttributes flash) {
        if (!CurrentUser.of(auth).has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only a supervisor sends the indicators to the strategy monitor");
        }
        List<IndicatorReporter.Figure> figures = reporter.report();
        flash.addFlashAttribute(Pages.NOTICE, figures.stream().filter(IndicatorReporter.Figure::sent).count() + " figure(s) sent to the strategy"
                + " monitor; " + figures.stream().filter(x -> !x.sent()).count() + " unchanged.");
        return "redirect:/finance/assets/indicators";
    }

    @GetMapping("/finance/assets/{id}")
    ModelAndView asset(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        AssetRegister.AssetFile file = register.file(p, id);
        return Pages.view("financeAsset", Pages.page(request, file.asset().reference(), "finance-assets"), new AssetView(file,
                p.hasAny(Role.ANALYST, Role.SUPERVISOR), p.has(Role.SUPERVISOR), p.username()));
    }

    @PostMapping("/finance/assets/{id}/transitions")
    String transition(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        return change(id, flash, "Stage recorded.", () -> register.transition(CurrentUser.of(auth), id, f.getFirst("to"),
                FormValues.date("on", f.getFirst("on")), f.getFirst("reason")));
    }

    @PostMapping("/finance/assets/{id}/valuations")
    String value(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        return change(id, flash, "Valuation recorded.", () -> register.value(CurrentUser.of(auth), id, new AssetRegister.ValuationInput(
                FormValues.date("valuedOn", f.getFirst("valuedOn")), FormValues.amount("amount", f.getFirst("amount")), f.getFirst("currency"),
                f.getFirst("method"), f.getFirst("note"))));
    }

    @PostMapping("/finance/assets/{id}/orders")
    String order(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        return change(id, flash, "Order recorded.", () -> register.order(CurrentUser.of(auth), id, new AssetRegister.OrderInput(f.getFirst("type"),
                f.getFirst("courtReference"), f.getFirst("authority"), f.getFirst("offence"), FormValues.date("issuedOn", f.getFirst("issuedOn")),
                FormValues.amount("amount", f.getFirst("amount")), f.getFirst("currency"))));
    }

    @PostMapping("/finance/assets/{id}/sales")
    String sale(@PathVariable String id, @RequestParam MultiValueMap<String, String> f, Authentication auth, RedirectAttributes flash) {
        return change(id, flash, "Sale proposed; reacquisition check done.", () -> register.proposeSale(CurrentUser.of(auth), id,
                new AssetRegister.BuyerInput(f.getFirst("buyerName"), FormValues.date("birthDate", f.getFirst("birthDate")), f.getFirst("idNumber"),
                        f.getFirst("company"), FormValues.amount("price", f.getFirst("price")), f.getFirst("currency"))));
    }

    @PostMapping("/finance/assets/{id}/sales/{saleId}/decision")
    String decide(@PathVariable String id, @PathVariable String saleId, @RequestParam MultiValueMap<String, String> f, Authentication auth,
                  RedirectAttributes flash) {
        return change(id, flash, "Decision recorded.", () -> register.decideSale(CurrentUser.of(auth), id, saleId, f.getFirst("decision"),
                f.getFirst("reason"), f.getFirst("overrideReason")));
    }

    private static String change(String id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute(Pages.NOTICE, done);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.field() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/finance/assets/" + id;
    }
}

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
import org.issa.cyber.report.RuleBook;
import org.issa.cyber.report.Sectors;
import org.issa.cyber.report.observable.ObservableKind;
import org.issa.cyber.report.routing.RoutingRule;
import org.issa.cyber.report.rsit.RsitRule;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The classification and routing rules: everyone on the cyber desk reads them; supervisors change them. */
@Controller
public class RulePages {

    private final RuleBook rules;

    public RulePages(RuleBook rules) {
        this.rules = rules;
    }

    public record RulesPage(List<RsitRule> rsitRules, List<RoutingRule> routingRules, RsitTaxonomy taxonomy, boolean mayEdit) {
        public List<ObservableKind> kinds() {
            return List.of(ObservableKind.values());
        }

        public List<String> sectors() {
            return Sectors.CODES;
        }
    }

    @GetMapping("/cyber/rules")
    ModelAndView page(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return Pages.view("cyberRules", Pages.page(request, "Classification and routing rules", "cyber-reports"),
                new RulesPage(rules.rsitRules(p), rules.routingRules(p), rules.taxonomy(), p.has(Role.SUPERVISOR)));
    }

    @PostMapping("/cyber/rules/rsit")
    String saveRsit(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String position,
                    @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String keywords,
                    @RequestParam(defaultValue = "") String observableKind, @RequestParam(defaultValue = "") String rsit,
                    @RequestParam(defaultValue = "false") boolean active, Authentication auth, RedirectAttributes flash) {
        return act(flash, () -> {
            String[] ct = rsit.split("/", 2);
            Optional<ObservableKind> kind = observableKind.isBlank() ? Optional.empty() : Optional.of(ObservableKind.parse(observableKind));
            RsitRule r = rules.save(CurrentUser.of(auth), new RsitRule(id, number("position", position), name,
                    List.of(keywords.split(",")), kind, ct[0], ct.length > 1 ? ct[1] : "", active));
            return "Classification rule “" + r.name() + "” saved.";
        });
    }

    @PostMapping("/cyber/rules/rsit/{id}/delete")
    String deleteRsit(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        return act(flash, () -> {
            rules.deleteRsitRule(CurrentUser.of(auth), id);
            return "Classification rule deleted.";
        });
    }

    @PostMapping("/cyber/rules/routing")
    String saveRouting(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String position,
                       @RequestParam(defaultValue = "") String rsit, @RequestParam(defaultValue = "") String country,
                       @RequestParam(defaultValue = "") String sector, @RequestParam(defaultValue = "") String authorityCode,
                       @RequestParam(defaultValue = "") String authorityName, @RequestParam(defaultValue = "false") boolean active,
                       Authentication auth, RedirectAttributes flash) {
        return act(flash, () -> {
            String[] ct = rsit.split("/", 2);
            RoutingRule r = rules.save(CurrentUser.of(auth), new RoutingRule(id, position.isBlank() ? 0 : number("position", position),
                    ct[0], ct.length > 1 ? ct[1] : "", country, sector, authorityCode, authorityName, false, active));
            return "Routing rule saved: " + r.describe();
        });
    }

    @PostMapping("/cyber/rules/routing/{id}/delete")
    String deleteRouting(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        return act(flash, () -> {
            rules.deleteRoutingRule(CurrentUser.of(auth), id);
            return "Routing rule deleted.";
        });
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
    }

    private static String act(RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute(Pages.NOTICE, action.get());
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/cyber/rules";
    }
}

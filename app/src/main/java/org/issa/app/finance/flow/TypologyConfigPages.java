package org.issa.app.finance.flow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.alert.TypologyConfigs;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The typology configuration page: the configuration in force, its versions, and (for supervisors) a new version. */
@Controller
public class TypologyConfigPages {

    private final TypologyConfigs configs;

    public TypologyConfigPages(TypologyConfigs configs) {
        this.configs = configs;
    }

    /** {@code draft} is what a supervisor sent and had refused, shown again so that nothing typed is lost. */
    public record ConfigPage(String currentJson, String draft, List<TypologyConfigs.Saved> versions) {
    }

    @GetMapping("/finance/alerts/configuration")
    ModelAndView page(HttpServletRequest request, Authentication auth) {
        TypologyConfigApi.requireReader(CurrentUser.of(auth));
        String current = pretty(configs.current().toJson());
        Object draft = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request) == null ? null
                : org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request).get("draft");
        return Pages.view("financeTypologyConfig", Pages.page(request, "Typology configuration", "finance"),
                new ConfigPage(current, draft instanceof String d ? d : current, configs.history(100)));
    }

    @PostMapping("/finance/alerts/configuration")
    String save(@RequestParam(defaultValue = "") String config, @RequestParam(defaultValue = "") String reason, Authentication auth,
                RedirectAttributes flash) {
        try {
            var saved = configs.save(CurrentUser.of(auth), config, reason);
            flash.addFlashAttribute(Pages.NOTICE, "Version " + saved.config().version() + " saved; the next scan uses it.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, "Refused (" + e.field() + "): " + e.getMessage());
            flash.addFlashAttribute("draft", config);
        } catch (ConflictException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, "Refused: " + e.getMessage());
            flash.addFlashAttribute("draft", config);
        }
        return "redirect:/finance/alerts/configuration";
    }

    private static String pretty(String json) {
        tools.jackson.databind.json.JsonMapper m = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
        return m.writeValueAsString(m.readTree(json));
    }
}

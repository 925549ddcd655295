package org.issa.app.investigation.network;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.FtmModel;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The graph explorer page; its script asks {@link NetworkApi} under {@code /investigation/network/data}. */
@Controller
public class ExplorerPages {

    private final EntityStore store;

    public ExplorerPages(EntityStore store) {
        this.store = store;
    }

    /**
     * @param datasets the datasets the reader sees, with their entity counts
     * @param relations the relation types a link can have
     * @param seed     an entity to start from, if the page was opened from one
     */
    public record ExplorerPage(List<Map.Entry<String, Long>> datasets, List<String> relations, String seed) {
    }

    @GetMapping("/investigation/network")
    ModelAndView explorer(@RequestParam(defaultValue = "") String seed, HttpServletRequest request, Authentication auth) {
        String s = seed.length() > 270 ? "" : seed;
        return Pages.view("investigationExplorer", Pages.page(request, "Graph explorer", "investigation"),
                new ExplorerPage(store.datasets(CurrentUser.of(auth)), FtmModel.relations(), s));
    }
}

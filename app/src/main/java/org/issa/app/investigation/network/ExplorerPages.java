package org.issa.app.investigation.network;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import java.util.Optional;
import java.util.stream.Collectors;
import org.issa.core.security.Principal;
import org.issa.investigation.cases.CaseDesk;
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
    private final CaseDesk cases;

    public ExplorerPages(EntityStore store, CaseDesk cases) {
        this.store = store;
        this.cases = cases;
    }

    /**
     * @param datasets the datasets the reader sees, with their entity counts
     * @param relations the relation types a link can have
     * @param seed     the entities to start from (comma-separated), if the page was opened from an entity or a case
     * @param caseTitle the case the page was opened from, if any
     */
    public record ExplorerPage(List<Map.Entry<String, Long>> datasets, List<String> relations, String seed, String caseTitle) {
    }

    @GetMapping("/investigation/network")
    ModelAndView explorer(@RequestParam(defaultValue = "") String seed, HttpServletRequest request, Authentication auth) {
        String s = seed.length() > 270 ? "" : seed;
        return Pages.view("investigationExplorer", Pages.page(request, "Graph explorer", "investigation"),
                new ExplorerPage(store.datasets(CurrentUser.of(auth)), FtmModel.relations(), s, ""));
    }

    /**
     * The explorer opened from a case: the entities attached to the case that the reader may see in
     * the store are the starting points (attached ids the reader may not see are left out silently).
     */
    @GetMapping("/investigation/explorer")
    ModelAndView fromCase(@RequestParam(name = "case") String caseId, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        CaseDesk.CaseFile file = cases.file(p, caseId, Optional.empty());
        String seeds = file.entities().stream().map(e -> e.entityId()).filter(id -> store.find(p, id).isPresent()).limit(50)
                .collect(Collectors.joining(","));
        return Pages.view("investigationExplorer", Pages.page(request, "Graph explorer", "investigation"),
                new ExplorerPage(store.datasets(p), FtmModel.relations(), seeds, file.investigationCase().title()));
    }
}

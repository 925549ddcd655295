package org.issa.app.investigation.store;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.investigation.entity.EntityRecord;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.StoredEntity;
import org.issa.investigation.merge.MergeDesk;
import org.issa.investigation.merge.MergeRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Entity search and entity pages: every statement with its dataset, source, time and marking. */
@Controller
public class EntityPages {

    private final EntityStore store;
    private final MergeDesk merges;

    public EntityPages(EntityStore store, MergeDesk merges) {
        this.store = store;
        this.merges = merges;
    }

    public record SearchPage(String q, String dataset, List<Map.Entry<String, Long>> datasets, List<StoredEntity> results,
                             Optional<String> next) {
    }

    /** @param record empty until a purpose was stated for an entity that holds personal data */
    public record EntityPage(String id, String purpose, Optional<EntityRecord> record, List<MergeRecord> merges) {
    }

    @GetMapping("/investigation/entities")
    ModelAndView search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String dataset,
                        @RequestParam(required = false) String cursor, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Page<StoredEntity> page = store.search(p, q, Optional.empty(), dataset.isBlank() ? Optional.empty() : Optional.of(dataset), cursor, 50);
        return Pages.view("investigationEntities", Pages.page(request, "Entities", "investigation"),
                new SearchPage(q, dataset, store.datasets(p), page.items(), page.nextCursor()));
    }

    @GetMapping("/investigation/entities/{id}")
    ModelAndView entity(@PathVariable String id, @RequestParam(defaultValue = "") String purpose, HttpServletRequest request,
                        Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<EntityRecord> record;
        try {
            record = Optional.of(store.read(p, id, purpose));
        } catch (InvalidInputException e) {
            if (!"purpose".equals(e.field())) {
                throw e;
            }
            record = Optional.empty();
        }
        String title = record.map(r -> r.entity().caption()).orElse("Entity");
        List<MergeRecord> history = record.map(r -> merges.history(p, r.entity().id())).orElse(List.of());
        return Pages.view("investigationEntity", Pages.page(request, title, "investigation"), new EntityPage(id, purpose, record, history));
    }
}

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.issa.investigation.merge.MergeProposal;
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

    /** @param proposals empty until a purpose was stated (the names compared are personal data) */
    public record DuplicatesPage(String schema, String dataset, String purpose, List<Map.Entry<String, Long>> datasets,
                                 Optional<List<MergeProposal>> proposals) {
    }

    @GetMapping("/investigation/entities/duplicates")
    ModelAndView duplicates(@RequestParam(defaultValue = "Person") String schema, @RequestParam(defaultValue = "") String dataset,
                            @RequestParam(defaultValue = "") String purpose, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<List<MergeProposal>> proposals = purpose.isBlank() ? Optional.empty()
                : Optional.of(merges.proposals(p, schema, dataset.isBlank() ? Optional.empty() : Optional.of(dataset), 0.8, 50, purpose));
        return Pages.view("investigationDuplicates", Pages.page(request, "Possible duplicates", "investigation"),
                new DuplicatesPage(schema, dataset, purpose, store.datasets(p), proposals));
    }

    @PostMapping("/investigation/entities/merges")
    String merge(@RequestParam(defaultValue = "") String canonical, @RequestParam(defaultValue = "") String other,
                 @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes flash) {
        try {
            merges.merge(CurrentUser.of(auth), canonical, other, reason);
            flash.addFlashAttribute(Pages.NOTICE, "Merged. The statements of both entities are kept; the merge can be undone below.");
        } catch (InvalidInputException | org.issa.core.error.ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/investigation/entities/" + canonical;
    }

    @PostMapping("/investigation/entities/merges/{id}/undo")
    String undo(@PathVariable String id, @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String back,
                Authentication auth, RedirectAttributes flash) {
        try {
            merges.unmerge(CurrentUser.of(auth), id, reason);
            flash.addFlashAttribute(Pages.NOTICE, "Merge undone: each entity has its own statements again.");
        } catch (InvalidInputException | org.issa.core.error.ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/investigation/entities/" + (back.matches("[A-Za-z0-9._:-]{1,270}") ? back : "");
    }

    @PostMapping("/investigation/entities/duplicates/reject")
    String reject(@RequestParam(defaultValue = "") String left, @RequestParam(defaultValue = "") String right, Authentication auth,
                  RedirectAttributes flash) {
        merges.reject(CurrentUser.of(auth), left, right);
        flash.addFlashAttribute(Pages.NOTICE, "Recorded as not the same; the pair will not be proposed again.");
        return "redirect:/investigation/entities/duplicates";
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

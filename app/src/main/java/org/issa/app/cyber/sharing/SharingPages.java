package org.issa.app.cyber.sharing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Page;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.tlp.SharingGroup;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /cyber/sharing}: the sharing groups (MISP-style distribution to named organisations and states) and the
 * TAXII collections with their grants. Analysts read; supervisors and administrators create groups and collections
 * and change grants (each write audited by the store, in its transaction).
 */
@Controller
public class SharingPages {

    private final StixStore store;

    public SharingPages(StixStore store) {
        this.store = store;
    }

    /** One group as the page shows it: member organisations and member states apart. */
    public record GroupRow(SharingGroup group, List<String> organisations, List<String> states) {
    }

    /** The page; {@code form} holds what a refused form sent, to show it again. */
    public record SharingView(List<GroupRow> groups, List<Collection> collections, boolean manage, java.util.Map<String, String> form) {
        public String value(String name) {
            return form.getOrDefault(name, "");
        }

        public String grantText(Collection c) {
            return form.containsKey("grants:" + c.id()) ? form.get("grants:" + c.id()) : GrantLines.text(c.grants());
        }

        public static String describe(String grantee) {
            return GrantLines.describe(grantee);
        }
    }

    @GetMapping("/cyber/sharing")
    ModelAndView page(HttpServletRequest request, Authentication auth) {
        return view(request, CurrentUser.of(auth), frame(request), java.util.Map.of());
    }

    @PostMapping("/cyber/sharing/groups")
    ModelAndView createGroup(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                             @RequestParam(defaultValue = "") String organisations, @RequestParam(defaultValue = "") String states,
                             HttpServletRequest request, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            SharingGroup g = store.createSharingGroup(p, name, description, GrantLines.members(organisations, states));
            flash.addFlashAttribute(Pages.NOTICE, "Sharing group " + g.name() + " created.");
            return new ModelAndView("redirect:/cyber/sharing");
        } catch (InvalidInputException | ConflictException e) {
            return refused(request, p, "Sharing group not created: " + e.getMessage(),
                    java.util.Map.of("name", name, "description", description, "organisations", organisations, "states", states));
        }
    }

    @PostMapping("/cyber/sharing/collections")
    ModelAndView createCollection(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String alias,
                                  @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String grants,
                                  HttpServletRequest request, Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            Collection c = store.createCollection(p, title, description, Optional.of(alias), GrantLines.grants(grants));
            flash.addFlashAttribute(Pages.NOTICE, "Collection " + c.title() + " created.");
            return new ModelAndView("redirect:/cyber/sharing#collection-" + c.id());
        } catch (InvalidInputException | ConflictException e) {
            return refused(request, p, "Collection not created: " + e.getMessage(),
                    java.util.Map.of("title", title, "alias", alias, "description", description, "grants", grants));
        }
    }

    @PostMapping("/cyber/sharing/collections/{id}/grants")
    ModelAndView setGrants(@PathVariable String id, @RequestParam(defaultValue = "") String grants, HttpServletRequest request,
                           Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            Collection c = store.setGrants(p, id, GrantLines.grants(grants));
            flash.addFlashAttribute(Pages.NOTICE, "Grants of " + c.title() + " saved.");
            return new ModelAndView("redirect:/cyber/sharing#collection-" + c.id());
        } catch (InvalidInputException e) {
            return refused(request, p, "Grants not saved: " + e.getMessage(), java.util.Map.of("grants:" + id, grants));
        } catch (NotFoundException e) {
            return refused(request, p, "Grants not saved: " + e.getMessage(), java.util.Map.of());
        }
    }

    private ModelAndView refused(HttpServletRequest request, Principal p, String message, java.util.Map<String, String> form) {
        ModelAndView mv = view(request, p, frame(request).withError(message), form);
        mv.setStatus(HttpStatus.BAD_REQUEST);
        return mv;
    }

    private static Page frame(HttpServletRequest request) {
        return Pages.page(request, "Sharing groups and collections", "cert");
    }

    private ModelAndView view(HttpServletRequest request, Principal p, Page frame, java.util.Map<String, String> form) {
        List<GroupRow> groups = store.sharingGroups().stream().map(g -> new GroupRow(g,
                g.members().stream().filter(m -> m.startsWith("AGENCY:")).map(m -> m.substring(7)).sorted().toList(),
                g.members().stream().filter(m -> m.startsWith("STATE:")).map(m -> m.substring(6)).sorted().toList()))
                .sorted(java.util.Comparator.comparing(r -> r.group().name().toLowerCase(java.util.Locale.ROOT))).toList();
        return Pages.view("cyberSharing", frame, new SharingView(groups, store.collections(p), p.hasAny(Role.SUPERVISOR, Role.ADMIN), form));
    }
}

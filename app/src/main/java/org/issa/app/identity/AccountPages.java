package org.issa.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for one's own API tokens and password, and for administrators' account management. */
@Controller
public class AccountPages {

    private final UserDirectory directory;

    public AccountPages(UserDirectory directory) {
        this.directory = directory;
    }

    public record TokensPage(List<ApiToken> tokens, Optional<String> newSecret) {
    }

    public record UsersPage(List<UserAccount> users, List<ApiToken> tokens, List<Role> roles, List<Classification> clearances) {
    }

    public record UserPage(UserAccount user, List<Role> roles, List<Classification> clearances) {
    }

    @GetMapping("/tokens")
    ModelAndView tokens(HttpServletRequest request, Authentication auth) {
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        Optional<String> secret = Optional.ofNullable(flash == null ? null : (String) flash.get("secret"));
        return Pages.view("tokens", Pages.page(request, "My API tokens", "tokens"),
                new TokensPage(directory.tokensOf(CurrentUser.of(auth)), secret));
    }

    @PostMapping("/tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String days,
                 Authentication auth, RedirectAttributes flash) {
        try {
            IssuedToken t = directory.issueToken(CurrentUser.of(auth), name, parseDays(days));
            flash.addFlashAttribute("secret", t.secret());
            flash.addFlashAttribute(Pages.NOTICE, "Token created. Copy it now: it will not be shown again.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        directory.revokeToken(CurrentUser.of(auth), id);
        flash.addFlashAttribute(Pages.NOTICE, "Token revoked.");
        return "redirect:/tokens";
    }

    @PostMapping("/password")
    String password(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
                    Authentication auth, RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            directory.changePassword(p, p.username(), Optional.of(currentPassword), newPassword);
            flash.addFlashAttribute(Pages.NOTICE, "Password changed.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/tokens";
    }

    @GetMapping("/admin/users")
    ModelAndView users(HttpServletRequest request, Authentication auth) {
        Principal admin = CurrentUser.of(auth);
        return Pages.view("users", Pages.page(request, "Users and tokens", "admin"), new UsersPage(directory.list(admin),
                directory.allTokens(admin), List.of(Role.values()), List.of(Classification.values())));
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String agency,
                  @RequestParam(defaultValue = "") String memberState, @RequestParam(required = false) List<String> roles,
                  @RequestParam(defaultValue = "UNCLASSIFIED") String clearance, Authentication auth, RedirectAttributes flash) {
        try {
            directory.create(CurrentUser.of(auth), new NewAccount(username.trim(), displayName, password, agency.trim(),
                    memberState.trim(), AccountApi.roles(roles == null ? List.of() : roles), AccountApi.clearance(clearance)));
            flash.addFlashAttribute(Pages.NOTICE, "Account " + username.trim() + " created.");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{username}")
    ModelAndView user(@PathVariable String username, HttpServletRequest request, Authentication auth) {
        UserAccount u = directory.get(CurrentUser.of(auth), username);
        return Pages.view("user", Pages.page(request, "Account " + u.username(), "admin"),
                new UserPage(u, List.of(Role.values()), List.of(Classification.values())));
    }

    @PostMapping("/admin/users/{username}")
    String change(@PathVariable String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String memberState,
                  @RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "") String clearance,
                  @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String newPassword,
                  Authentication auth, RedirectAttributes flash) {
        Principal admin = CurrentUser.of(auth);
        try {
            directory.update(admin, username, Optional.of(displayName), Optional.of(agency.trim()), Optional.of(memberState.trim()),
                    Optional.of(AccountApi.roles(roles == null ? List.of() : roles)), Optional.of(AccountApi.clearance(clearance)),
                    Optional.of(enabled));
            if (!newPassword.isBlank()) {
                directory.changePassword(admin, username, Optional.empty(), newPassword);
            }
            flash.addFlashAttribute(Pages.NOTICE, "Account saved.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String adminRevoke(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        directory.revokeToken(CurrentUser.of(auth), id);
        flash.addFlashAttribute(Pages.NOTICE, "Token revoked.");
        return "redirect:/admin/users";
    }

    private static int parseDays(String days) {
        try {
            return Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", "days must be a whole number");
        }
    }
}

package org.issa.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.core.security.Principal;
import org.issa.strategy.StrategyMonitor;
import org.issa.strategy.progress.ObjectiveProgress;
import org.issa.strategy.progress.ProgressUpdate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** Sign-in page and the home dashboard. */
@Controller
public class HomePages {

    private final StrategyMonitor monitor;
    private final boolean demo;

    public HomePages(StrategyMonitor monitor, @org.springframework.beans.factory.annotation.Value("${issa.demo:false}") boolean demo) {
        this.monitor = monitor;
        this.demo = demo;
    }

    /** The sign-in page: a message after a failed sign-in or a sign-out, and a hint in demo mode. */
    public record LoginPage(String message, boolean failed, boolean demo) {
    }

    /** The dashboard: the five objectives with their progress, and the latest updates the reader may see. */
    public record Dashboard(String strategyTitle, String reference, List<ObjectiveProgress> objectives,
                            List<ProgressUpdate> recent, long visibleUpdates) {
    }

    /** Search results: updates whose text contains the words, among those the reader may see. */
    public record SearchPage(String q, java.util.List<ProgressUpdate> results, Optional<String> next) {
    }

    @GetMapping("/search")
    ModelAndView search(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                        @org.springframework.web.bind.annotation.RequestParam(required = false) String cursor,
                        HttpServletRequest request, Authentication auth) {
        String text = q.strip();
        SearchPage view;
        if (text.isEmpty()) {
            view = new SearchPage("", List.of(), Optional.empty());
        } else {
            var page = monitor.updates(CurrentUser.of(auth), new org.issa.strategy.progress.UpdateQuery(Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(text)), cursor, 50);
            view = new SearchPage(text, page.items(), page.nextCursor());
        }
        return Pages.view("search", Pages.page(request, "Search", "search"), view);
    }

    @GetMapping("/login")
    ModelAndView login(HttpServletRequest request) {
        boolean failed = request.getParameterMap().containsKey("error");
        String message = failed ? "Sign-in failed: wrong username or password, or the account is locked or disabled."
                : request.getParameterMap().containsKey("logout") ? "You have signed out." : "";
        return Pages.view("login", Pages.page(request, "Sign in", "login"), new LoginPage(message, failed, demo));
    }

    @GetMapping("/")
    ModelAndView home(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        var c = monitor.catalogue();
        Dashboard d = new Dashboard(c.title(), c.reference(), monitor.progress(),
                monitor.updates(p, Optional.empty(), "", 8).items(), monitor.countUpdates(p));
        return Pages.view("home", Pages.page(request, "Dashboard", "home"), d);
    }
}

package org.issa.app.investigation.deadline;

import jakarta.servlet.http.HttpServletRequest;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ForbiddenException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.investigation.deadline.DeadlineBoard;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.warrant.WarrantRegister;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The deadline board page; htmx refreshes its groups every minute. */
@Controller
public class DeadlinePages {

    private final ExchangeDesk exchange;
    private final WarrantRegister warrants;

    public DeadlinePages(ExchangeDesk exchange, WarrantRegister warrants) {
        this.exchange = exchange;
        this.warrants = warrants;
    }

    @GetMapping("/investigation/deadlines")
    ModelAndView board(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (!p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new ForbiddenException("your roles do not allow you to read exchange requests and warrants");
        }
        DeadlineBoard.Board board = DeadlineBoards.board(p, exchange, warrants);
        boolean fragment = "true".equals(request.getHeader("HX-Request"));
        return Pages.view(fragment ? "invDeadlineGroups" : "invDeadlines", Pages.page(request, "Deadline board", "inv-deadlines"), board);
    }
}

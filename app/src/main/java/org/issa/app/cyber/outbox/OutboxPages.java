package org.issa.app.cyber.outbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.cyber.outbox.OutboxDesk;
import org.issa.cyber.outbox.OutboxLine;
import org.issa.cyber.outbox.OutboxMessage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one staff outbox page: every queued message (reporters' notifications, subscription
 * confirmations, advisories, referral notices) with recipients masked; supervisors and the DPO may
 * show the full addresses after stating a purpose, which is recorded in the audit trail.
 */
@Controller
public class OutboxPages {

    private final OutboxDesk desk;

    public OutboxPages(OutboxDesk desk) {
        this.desk = desk;
    }

    /** The list, or (with a purpose) the messages in full. */
    public record OutboxView(List<OutboxLine> lines, String purpose, List<OutboxMessage> messages, boolean mayReveal) {

        /** Where a message's subject lives in the staff UI, or "" when it has no page. */
        public static String link(OutboxMessage.Kind kind, String subjectRef) {
            return switch (kind) {
                case REPORT_FORWARDED -> "/cyber/reports/" + subjectRef;
                case ADVISORY -> "/public/advisories/" + subjectRef;
                case REFERRAL_NOTICE, CONFIRM_SUBSCRIPTION -> "";
            };
        }
    }

    @GetMapping("/cyber/outbox")
    ModelAndView outbox(@RequestParam Optional<String> purpose, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        String why = purpose.map(String::strip).orElse("");
        List<OutboxMessage> full = why.isEmpty() ? List.of() : desk.messages(p, why, Optional.empty(), 200);
        return Pages.view("cyberOutbox", Pages.page(request, "Outbox", "cyber-outbox"),
                new OutboxView(why.isEmpty() ? desk.lines(p, 200) : List.of(), why, full, p.hasAny(Role.SUPERVISOR, Role.DPO)));
    }
}

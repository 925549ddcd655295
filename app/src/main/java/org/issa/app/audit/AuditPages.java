package org.issa.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Fmt;
import org.issa.app.web.Pages;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.audit.AuditEntry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The audit page: filters, a stated purpose for every search, and the chain check. */
@Controller
public class AuditPages {

    private final AuditSearch trail;
    private final AuditVerifier verifier;

    public AuditPages(AuditSearch trail, AuditVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    public record Filters(String purpose, String actor, String action, String recordType, String recordId, String from,
                          String to) {
        String query() {
            return "purpose=" + Fmt.url(purpose) + "&actor=" + Fmt.url(actor) + "&action=" + Fmt.url(action)
                    + "&recordType=" + Fmt.url(recordType) + "&recordId=" + Fmt.url(recordId) + "&from=" + Fmt.url(from)
                    + "&to=" + Fmt.url(to);
        }
    }

    public record AuditPage(Filters filters, Optional<Page<AuditEntry>> results, String nextLink, String exportLink,
                            List<String> actions,
                            long total, Optional<AuditVerifier.Result> verification) {
    }

    @GetMapping("/audit")
    ModelAndView audit(@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String actor,
                       @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String recordType,
                       @RequestParam(defaultValue = "") String recordId, @RequestParam(defaultValue = "") String from,
                       @RequestParam(defaultValue = "") String to, @RequestParam(required = false) String cursor,
                       @RequestParam(defaultValue = "false") boolean verify, HttpServletRequest request, Authentication auth) {
        Filters f = new Filters(purpose.strip(), actor.strip(), action.strip(), recordType.strip(), recordId.strip(), from.strip(),
                to.strip());
        Optional<Page<AuditEntry>> results = Optional.empty();
        org.issa.app.web.Page frame = Pages.page(request, "Audit trail", "audit");
        if (!f.purpose().isEmpty()) {
            try {
                AuditQuery q = new AuditQuery(opt(f.actor()), opt(f.action()), opt(f.recordType()), opt(f.recordId()),
                        day(f.from(), "from", 0), day(f.to(), "to", 1));
                results = Optional.of(trail.search(CurrentUser.of(auth), q, f.purpose(), cursor, 100));
            } catch (InvalidInputException e) {
                frame = frame.withError(e.getMessage());
            }
        }
        String next = results.flatMap(Page::nextCursor).map(c -> "/audit?" + f.query() + "&cursor=" + c).orElse("");
        String export = results.isPresent() ? "/audit/export?" + f.query() : "";
        return Pages.view("audit", frame, new AuditPage(f, results, next, export, trail.actions(), trail.count(),
                verify ? Optional.of(verifier.verify()) : Optional.empty()));
    }

    /** The entries matching the filters as CSV, with the purpose stated on the page. */
    @GetMapping("/audit/export")
    org.springframework.http.ResponseEntity<String> export(@RequestParam(defaultValue = "") String purpose,
                                                           @RequestParam(defaultValue = "") String actor,
                                                           @RequestParam(defaultValue = "") String action,
                                                           @RequestParam(defaultValue = "") String recordType,
                                                           @RequestParam(defaultValue = "") String recordId,
                                                           @RequestParam(defaultValue = "") String from,
                                                           @RequestParam(defaultValue = "") String to, Authentication auth) {
        AuditQuery q = new AuditQuery(opt(actor.strip()), opt(action.strip()), opt(recordType.strip()), opt(recordId.strip()),
                day(from.strip(), "from", 0), day(to.strip(), "to", 1));
        return AuditApi.csv(trail.exportCsv(CurrentUser.of(auth), q, purpose));
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<Instant> day(String s, String field, int plusDays) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " must be a date like 2026-01-31");
        }
    }
}

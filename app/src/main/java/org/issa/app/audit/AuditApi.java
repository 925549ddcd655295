package org.issa.app.audit;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.PageView;
import org.issa.core.audit.AuditEntry;
import org.issa.core.paging.Cursor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for data protection officers and auditors. The trail names people, so each
 * search states its purpose and is itself audited.
 */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditApi {

    private final AuditSearch trail;
    private final AuditVerifier verifier;

    public AuditApi(AuditSearch trail, AuditVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    public record EntryView(long seq, Instant at, String actor, String action, String recordType, String recordId,
                            String purpose, String detail, String hash) {
        static EntryView of(AuditEntry e) {
            var ev = e.event();
            return new EntryView(e.seq(), e.at(), ev.actor(), ev.action(), ev.recordType(), ev.recordId(), ev.purpose(),
                    ev.detail(), e.hash());
        }
    }

    public record VerifyView(boolean intact, long checked, Long brokenAt, String reason) {
    }

    @GetMapping
    PageView<EntryView> search(@RequestParam(required = false) @Size(max = 1000) String purpose,
                               @RequestParam Optional<String> actor, @RequestParam Optional<String> action,
                               @RequestParam Optional<String> recordType, @RequestParam Optional<String> recordId,
                               @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
                               @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                               Authentication auth) {
        AuditQuery q = new AuditQuery(actor, action, recordType, recordId, from, to);
        return PageView.of(trail.search(CurrentUser.of(auth), q, purpose, cursor, Cursor.size(limit, 100)), EntryView::of);
    }

    /** The entries matching the filters as CSV (at most 100,000, newest first); the export is audited with its purpose. */
    @GetMapping(value = "/export", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam(required = false) String purpose, @RequestParam Optional<String> actor,
                                  @RequestParam Optional<String> action, @RequestParam Optional<String> recordType,
                                  @RequestParam Optional<String> recordId, @RequestParam Optional<Instant> from,
                                  @RequestParam Optional<Instant> to, Authentication auth) {
        AuditQuery q = new AuditQuery(actor, action, recordType, recordId, from, to);
        return csv(trail.exportCsv(CurrentUser.of(auth), q, purpose));
    }

    static ResponseEntity<String> csv(String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").body(body);
    }

    @GetMapping("/verify")
    VerifyView verify() {
        AuditVerifier.Result r = verifier.verify();
        return new VerifyView(r.intact(), r.checked(), r.breach().map(b -> b.seq()).orElse(null),
                r.breach().map(b -> b.reason()).orElse(null));
    }
}

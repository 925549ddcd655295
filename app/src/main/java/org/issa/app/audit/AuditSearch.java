package org.issa.app.audit;

import org.issa.app.web.Csv;
import org.issa.core.audit.AuditEntry;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;

/**
 * Reading the audit trail, which names people: every search and export states its purpose, and
 * is itself recorded with it before any entry is returned. The API and the audit page both go through here.
 */
public final class AuditSearch {

    static final int MAX_EXPORT_ROWS = 100_000;

    private final AuditStore store;
    private final AuditLog audit;

    public AuditSearch(AuditStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public Page<AuditEntry> search(Principal reader, AuditQuery q, String purpose, String cursor, int limit) {
        audit.recordRead(reader.username(), "audit_log", describe("search", q), requirePurpose(purpose));
        return store.search(q, cursor, limit);
    }

    /** The entries matching the filters as CSV, newest first, at most {@value #MAX_EXPORT_ROWS}. */
    public String exportCsv(Principal reader, AuditQuery q, String purpose) {
        audit.recordRead(reader.username(), "audit_log", describe("export", q), requirePurpose(purpose));
        StringBuilder b = new StringBuilder("seq,at,actor,action,record_type,record_id,purpose,detail,prev_hash,hash\r\n");
        Page.walk(cursor -> store.search(q, cursor, 500), MAX_EXPORT_ROWS, e -> {
            var ev = e.event();
            b.append(e.seq()).append(',').append(e.at()).append(',').append(Csv.cell(ev.actor())).append(',')
                    .append(Csv.cell(ev.action())).append(',').append(Csv.cell(ev.recordType())).append(',')
                    .append(Csv.cell(ev.recordId())).append(',').append(Csv.cell(ev.purpose())).append(',')
                    .append(Csv.cell(ev.detail())).append(',').append(e.prevHash()).append(',').append(e.hash()).append("\r\n");
        });
        return b.toString();
    }

    public long count() {
        return store.count();
    }

    public java.util.List<String> actions() {
        return store.actions();
    }

    static String requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "state the purpose of this search of the audit trail");
        }
        String p = purpose.strip();
        return p.length() > 1000 ? p.substring(0, 1000) : p;
    }

    /** What was searched for, as the audit entry's record id (at most 128 characters). */
    static String describe(String what, AuditQuery q) {
        StringBuilder b = new StringBuilder(what);
        q.actor().ifPresent(a -> b.append(" actor=").append(a));
        q.action().ifPresent(a -> b.append(" action=").append(a));
        q.recordType().ifPresent(a -> b.append(" type=").append(a));
        q.recordId().ifPresent(a -> b.append(" record=").append(a));
        String s = b.toString();
        return s.length() > 128 ? s.substring(0, 128) : s;
    }
}

package org.issa.app.audit;

import org.issa.app.web.Csv;
import org.issa.core.audit.AuditEntry;
import org.issa.core.audit.AuditLog;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;

/** The audit trail as CSV for a data protection officer or auditor; the export itself is recorded with its purpose. */
final class AuditCsv {

    static final int MAX_ROWS = 100_000;

    private AuditCsv() {
    }

    static String export(AuditStore store, AuditLog audit, Principal reader, AuditQuery q, String purpose) {
        StringBuilder b = new StringBuilder("seq,at,actor,action,record_type,record_id,purpose,detail,prev_hash,hash\r\n");
        String cursor = "";
        int rows = 0;
        do {
            Page<AuditEntry> page = store.search(q, cursor, 500);
            for (AuditEntry e : page.items()) {
                var ev = e.event();
                b.append(e.seq()).append(',').append(e.at()).append(',').append(Csv.cell(ev.actor())).append(',')
                        .append(Csv.cell(ev.action())).append(',').append(Csv.cell(ev.recordType())).append(',')
                        .append(Csv.cell(ev.recordId())).append(',').append(Csv.cell(ev.purpose())).append(',')
                        .append(Csv.cell(ev.detail())).append(',').append(e.prevHash()).append(',').append(e.hash()).append("\r\n");
                rows++;
            }
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null && rows < MAX_ROWS);
        audit.recordRead(reader.username(), "audit_log", AuditApi.describe("export", q), purpose);
        return b.toString();
    }
}

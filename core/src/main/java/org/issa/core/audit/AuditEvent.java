package org.issa.core.audit;

/**
 * Something to record: who did what to which record, and for what purpose.
 *
 * @param actor      the username, or "system" for scheduled work
 * @param action     a dotted verb such as {@code strategy.update.create} or {@code personal-data.read}
 * @param recordType the kind of record, e.g. {@code progress_update}
 * @param recordId   the record's id, or empty
 * @param purpose    the purpose the user stated (required for reads of personal data), or empty
 * @param detail     a short human-readable detail (never a secret)
 */
public record AuditEvent(String actor, String action, String recordType, String recordId, String purpose, String detail) {

    public AuditEvent {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("audit actor is required");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit action is required");
        }
        recordType = recordType == null ? "" : recordType;
        recordId = recordId == null ? "" : recordId;
        purpose = purpose == null ? "" : purpose;
        detail = detail == null ? "" : truncate(detail, 2000);
    }

    public static AuditEvent write(String actor, String action, String recordType, String recordId, String detail) {
        return new AuditEvent(actor, action, recordType, recordId, "", detail);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package org.issa.core.audit;

/**
 * The audit port. {@link #record} must run inside the transaction of the change it records, so
 * that both are stored or neither.
 */
public interface AuditLog {

    AuditEntry record(AuditEvent event);

    /** Records a read of personal data; the purpose is required. */
    default AuditEntry recordRead(String actor, String recordType, String recordId, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new org.issa.core.error.InvalidInputException("purpose", "a purpose is required to read personal data");
        }
        return record(new AuditEvent(actor, "personal-data.read", recordType, recordId, purpose, ""));
    }
}

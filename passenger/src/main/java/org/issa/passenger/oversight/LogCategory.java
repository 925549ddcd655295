package org.issa.passenger.oversight;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;
import org.issa.core.sql.SqlFragment;

/**
 * The kinds of processing the DPO looks for, as predicates over the audit trail's action names.
 * The passenger modules follow one convention: their actions start with {@code passenger.} or
 * {@code pnr.}, reads of personal data are {@code personal-data.read} on a record type starting
 * with {@code passenger} or {@code pnr}, and unmasking, deletion and search actions carry those words.
 */
public enum LogCategory {
    CONSULTATION("(action = 'personal-data.read' OR action LIKE '%search%')"),
    UNMASKING("(action LIKE '%unmask%')"),
    REFERRAL("(action = 'passenger.hit.refer')"),
    TRANSFER("(action LIKE 'passenger.transfer.%' OR action = 'passenger.request.answer')"),
    REQUEST("(action LIKE 'passenger.request.%')"),
    REVIEW("(action LIKE 'passenger.hit.%' OR action LIKE 'passenger.case.%')"),
    DELETION("(action LIKE '%delet%' OR action LIKE '%erase%' OR action LIKE '%purge%')");

    /** Entries of the passenger domain, whatever their category. */
    public static final String SCOPE = "(action LIKE 'passenger.%' OR action LIKE 'pnr.%' OR record_type LIKE 'passenger%'"
            + " OR record_type LIKE 'pnr%')";

    private final String predicate;

    LogCategory(String predicate) {
        this.predicate = predicate;
    }

    public SqlFragment predicate() {
        return SqlFragment.of(predicate);
    }

    public static LogCategory parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + java.util.Arrays.toString(values()));
        }
    }
}

package org.issa.cyber.referral;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.issa.core.error.InvalidInputException;

/**
 * Where a referral stands. DRAFTED by an analyst; SENT once a supervisor approved it and its notice
 * was queued for the provider; ACKNOWLEDGED when the provider confirmed receipt; then one outcome:
 * REMOVED, ACCESS_DISABLED, REFUSED, or NO_RESPONSE when the deadline passed without one.
 */
public enum ReferralStatus {
    DRAFTED("Drafted"),
    SENT("Sent"),
    ACKNOWLEDGED("Acknowledged"),
    REMOVED("Removed"),
    ACCESS_DISABLED("Access disabled"),
    REFUSED("Refused"),
    NO_RESPONSE("No response");

    /** The outcomes a provider's response may record. */
    public static final Set<ReferralStatus> RESPONSES = EnumSet.of(REMOVED, ACCESS_DISABLED, REFUSED);

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Waiting for the provider. */
    public boolean awaitingProvider() {
        return this == SENT || this == ACKNOWLEDGED;
    }

    public boolean closed() {
        return this == REMOVED || this == ACCESS_DISABLED || this == REFUSED || this == NO_RESPONSE;
    }

    /** The content is no longer reachable: removed or access disabled. */
    public boolean takenDown() {
        return this == REMOVED || this == ACCESS_DISABLED;
    }

    public static ReferralStatus parse(String field, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " must be one of " + java.util.Arrays.toString(values()));
        }
    }
}

package org.issa.finance.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the times payment files carry: an ISO 8601 instant or offset date-time, a local date-time or
 * date (taken as UTC), or a whole number, taken as a simulation step counted in days from 1970-01-01
 * (AMLSim's {@code time} column).
 */
public final class PaymentTimes {

    private PaymentTimes() {
    }

    /** The instant, or null when the text is not a time in any of the accepted forms. */
    public static Instant parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        boolean digits = true;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                digits = false;
                break;
            }
        }
        try {
            if (digits) {
                return t.length() <= 7 ? Instant.EPOCH.plusSeconds(Long.parseLong(t) * 86_400L) : null;
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (t.endsWith("Z")) {
                return Instant.parse(t);
            }
            int tee = t.indexOf('T');
            if (tee > 0 && (t.indexOf('+', tee) > 0 || t.indexOf('-', tee) > 0)) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}

package org.issa.passenger.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Period;
import org.issa.core.error.InvalidInputException;

/**
 * How long PNR data are kept in full and at all, counted from their receipt by the PIU (Article 12 of Directive (EU)
 * 2016/681): depersonalised by masking after six months, deleted after five years, unless a Member State's policy
 * (as C-817/19 allows and may require) says shorter. A policy with {@code deleteAfter} equal to
 * {@code depersonaliseAfter} deletes at six months instead of masking.
 *
 * @param name               the policy's name, shown in audit entries
 * @param depersonaliseAfter time from receipt to masking of the Article 12(2) items
 * @param deleteAfter        time from receipt to permanent deletion
 */
public record RetentionPolicy(String name, Period depersonaliseAfter, Period deleteAfter) {

    /** Six months and five years: the Directive's periods. */
    public static final RetentionPolicy DIRECTIVE = new RetentionPolicy("Directive (EU) 2016/681 Art 12", Period.ofMonths(6),
            Period.ofYears(5));

    public RetentionPolicy {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a retention policy needs a name");
        }
        if (depersonaliseAfter == null || depersonaliseAfter.isNegative() || depersonaliseAfter.isZero()) {
            throw new InvalidInputException("depersonaliseAfter", "the time to depersonalisation must be positive");
        }
        if (deleteAfter == null || approxDays(deleteAfter) < approxDays(depersonaliseAfter)) {
            throw new InvalidInputException("deleteAfter", "deletion cannot come before depersonalisation");
        }
        if (approxDays(depersonaliseAfter) > approxDays(Period.ofMonths(6))) {
            throw new InvalidInputException("depersonaliseAfter", "Article 12(2) requires depersonalisation within six months");
        }
        if (approxDays(deleteAfter) > approxDays(Period.ofYears(5))) {
            throw new InvalidInputException("deleteAfter", "Article 12(1) allows at most five years");
        }
    }

    /** Whether this policy deletes at the end of the masking period instead of keeping depersonalised data. */
    public boolean deletesInsteadOfMasking() {
        return approxDays(deleteAfter) == approxDays(depersonaliseAfter);
    }

    public String describe() {
        return name + ": masked after " + depersonaliseAfter + ", deleted after " + deleteAfter;
    }

    private static long approxDays(Period p) {
        return p.toTotalMonths() * 31 + p.getDays();
    }

    /** Data received before this instant are due for depersonalisation at {@code now}. */
    public Instant maskingCutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(depersonaliseAfter).toInstant();
    }

    /** Data received before this instant are due for deletion at {@code now}. */
    public Instant deletionCutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(deleteAfter).toInstant();
    }

    /** The policy read from configuration text: ISO-8601 periods such as {@code P6M} and {@code P5Y}. */
    public static RetentionPolicy parse(String name, String depersonaliseAfter, String deleteAfter) {
        return new RetentionPolicy(name, period("depersonaliseAfter", depersonaliseAfter), period("deleteAfter", deleteAfter));
    }

    private static Period period(String field, String text) {
        try {
            return Period.parse(text.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " must be an ISO-8601 period such as P6M or P5Y, not '" + text + "'");
        }
    }
}

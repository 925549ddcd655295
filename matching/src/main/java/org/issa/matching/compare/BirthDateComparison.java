package org.issa.matching.compare;

import java.util.List;
import org.issa.matching.model.BirthDate;

/**
 * Compares dates of birth as sets (lists often give several): the best agreement between any two
 * decides. Levels, best first: the same day; the same year and month or a less precise date that
 * contains the other; day and month swapped; one digit off; years overlapping a range or within
 * two years of a "circa" year; the same year but a different day; different years. A mismatch is a
 * penalty, never a veto: dates are often wrong on lists.
 */
public final class BirthDateComparison {

    /** The level reached, with its score adjustment and the words for a reviewer. */
    public enum Level {
        SAME_DAY(0.03, "same date of birth"),
        COMPATIBLE(0.0, "dates of birth compatible (one is less precise)"),
        SWAPPED(-0.05, "day and month swapped"),
        ONE_DIGIT(-0.05, "one digit differs (possible typing error)"),
        IN_RANGE(0.0, "year within the range or approximation given"),
        SAME_YEAR(-0.1, "same year, different day or month"),
        DIFFERENT(-0.2, "different year of birth");

        private final double adjustment;
        private final String words;

        Level(double adjustment, String words) {
            this.adjustment = adjustment;
            this.words = words;
        }

        public double adjustment() {
            return adjustment;
        }

        public String words() {
            return words;
        }
    }

    /** The result: the level and the two dates that reached it. */
    public record Result(Level level, BirthDate query, BirthDate candidate) {
    }

    private BirthDateComparison() {
    }

    /** The best agreement, or null when either side has no date. */
    public static Result compare(List<BirthDate> query, List<BirthDate> candidate) {
        if (query.isEmpty() || candidate.isEmpty()) {
            return null;
        }
        Result best = null;
        for (BirthDate q : query) {
            for (BirthDate c : candidate) {
                Level l = level(q, c);
                if (best == null || l.ordinal() < best.level().ordinal()) {
                    best = new Result(l, q, c);
                }
            }
        }
        return best;
    }

    static Level level(BirthDate a, BirthDate b) {
        boolean aExact = !a.isRange() && !a.circa();
        boolean bExact = !b.isRange() && !b.circa();
        if (aExact && bExact && a.fromYear() == b.fromYear()) {
            if (a.month() == 0 || b.month() == 0) {
                return Level.COMPATIBLE;
            }
            if (a.month() == b.month()) {
                if (a.day() == b.day()) {
                    return a.day() == 0 ? Level.COMPATIBLE : Level.SAME_DAY;
                }
                if (a.day() == 0 || b.day() == 0) {
                    return Level.COMPATIBLE;
                }
            }
            if (a.day() > 0 && b.day() > 0 && a.day() == b.month() && a.month() == b.day()) {
                return Level.SWAPPED;
            }
            if (a.day() > 0 && b.day() > 0 && digitsApart(a, b) == 1) {
                return Level.ONE_DIGIT;
            }
            return Level.SAME_YEAR;
        }
        if (aExact && bExact) {
            if (a.month() > 0 && b.month() > 0 && a.day() > 0 && b.day() > 0 && digitsApart(a, b) == 1) {
                return Level.ONE_DIGIT;
            }
            if (a.month() > 0 && a.month() == b.month() && a.day() == b.day() && digitsApart(a, b) == 1) {
                return Level.ONE_DIGIT;
            }
            return Level.DIFFERENT;
        }
        int slackA = a.circa() ? 2 : 0;
        int slackB = b.circa() ? 2 : 0;
        int fromA = a.fromYear() - slackA;
        int toA = a.toYear() + slackA;
        int fromB = b.fromYear() - slackB;
        int toB = b.toYear() + slackB;
        return fromA <= toB && fromB <= toA ? Level.IN_RANGE : Level.DIFFERENT;
    }

    /** How many of the eight digits of YYYYMMDD differ (no strings made: this runs for every candidate). */
    private static int digitsApart(BirthDate a, BirthDate b) {
        return digitsApart(a.fromYear(), b.fromYear(), 4) + digitsApart(a.month(), b.month(), 2)
                + digitsApart(a.day(), b.day(), 2);
    }

    private static int digitsApart(int x, int y, int digits) {
        int n = 0;
        for (int i = 0; i < digits; i++, x /= 10, y /= 10) {
            if (x % 10 != y % 10) {
                n++;
            }
        }
        return n;
    }
}

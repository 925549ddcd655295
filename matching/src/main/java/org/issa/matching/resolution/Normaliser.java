package org.issa.matching.resolution;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings raw values to the form the comparisons work on: trimmed, inner spaces collapsed, case
 * folded, accents stripped (NFKD, combining marks removed). Dates become digit strings
 * {@code YYYYMMDD} (or {@code YYYYMM}, {@code YYYY}) without any calendar check, so the invalid
 * dates of corrupted sources still compare digit by digit. Returns null for an empty value.
 */
public final class Normaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private Normaliser() {
    }

    /** The normalised value of a field of the given type, or null when nothing is left. */
    public static String normalise(FieldType type, String raw) {
        return switch (type) {
            case NAME, TEXT -> text(raw);
            case CODE -> code(raw);
            case DATE -> date(raw);
        };
    }

    /** Trimmed, spaces collapsed, lower case, without accents. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    /** As {@link #text} but without any inner space: codes are compared as one token. */
    public static String code(String raw) {
        String s = text(raw);
        return s == null ? null : s.replace(" ", "");
    }

    /**
     * Digits of a date, year first: {@code 1956-04-09} and {@code 19560409} give {@code 19560409},
     * {@code 09.04.1956} gives {@code 19560409}. No calendar validation.
     */
    public static String date(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        Matcher m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return m.group(3) + pad(m.group(2)) + pad(m.group(1));
        }
        m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return m.group(1) + pad(m.group(2)) + pad(m.group(3));
        }
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static String pad(String twoDigits) {
        return twoDigits.length() == 1 ? "0" + twoDigits : twoDigits;
    }
}

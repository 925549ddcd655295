package org.issa.matching.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning of the free text lists put in names and details. */
final class NameText {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\"“”„‟«»]");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.&/-]{1,11}");
    static final int DETAIL_MAX = 500;

    private NameText() {
    }

    /** Collapses white space (line breaks included); null for null or blank text. */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        String t = SPACE.matcher(text).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    /** A name without double quotes (straight or typographic) and with collapsed white space. */
    static String name(String text) {
        return text == null ? null : collapse(DOUBLE_QUOTES.matcher(text).replaceAll(""));
    }

    /** Collapsed text cut to {@value #DETAIL_MAX} characters, ending in "…" when cut. */
    static String detail(String text) {
        String t = collapse(text);
        if (t == null || t.length() <= DETAIL_MAX) {
            return t;
        }
        return t.substring(0, DETAIL_MAX - 1).stripTrailing() + "…";
    }

    /** Splits at {@code ;} outside parentheses: "A ; B (C; D)" gives "A" and "B (C; D)". */
    static List<String> splitNames(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                addName(out, text.substring(start, i));
                start = i + 1;
            }
        }
        addName(out, text.substring(start));
        return out;
    }

    private static void addName(List<String> out, String part) {
        String n = name(part);
        if (n != null) {
            out.add(n);
        }
    }

    /** An organisation's name with its acronyms taken out of parentheses. */
    record Acronyms(String name, List<String> acronyms) {
    }

    /**
     * Takes acronyms out of an organisation's name: "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)"
     * gives the name without the parenthesis and "CAGL". A parenthesis counts as an acronym only
     * when it is one short token with two capitals whose letters follow, in order, the words of the
     * name before it from some word's initial on; "AL-HARAMAIN FOUNDATION (PAKISTAN)" keeps its
     * parenthesis.
     */
    static Acronyms acronyms(String name) {
        List<String> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = PARENTHESIS.matcher(name);
        int last = 0;
        while (m.find()) {
            String inner = m.group(1).strip();
            String before = name.substring(0, m.start());
            if (isAcronymOf(inner, before)) {
                found.add(inner);
                rest.append(name, last, m.start());
            } else {
                rest.append(name, last, m.end());
            }
            last = m.end();
        }
        rest.append(name, last, name.length());
        String cleaned = collapse(rest.toString());
        if (cleaned == null || found.isEmpty()) {
            return new Acronyms(name, List.of());
        }
        return new Acronyms(cleaned, found);
    }

    private static boolean isAcronymOf(String candidate, String before) {
        if (!ACRONYM.matcher(candidate).matches() || candidate.codePoints().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        String letters = candidate.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        String text = before.toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            boolean initial = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (initial && text.charAt(i) == letters.charAt(0) && isSubsequence(letters, text.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubsequence(String letters, String text) {
        int j = 0;
        for (int i = 0; i < text.length() && j < letters.length(); i++) {
            if (text.charAt(i) == letters.charAt(j)) {
                j++;
            }
        }
        return j == letters.length();
    }
}

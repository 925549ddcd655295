package org.issa.matching.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds any text to lower-case ASCII letters, digits and spaces. Latin text is folded by hand
 * (NFKD, marks removed, ß→ss, ø→o, æ→ae, ł→l…), which is fast; text in other scripts (Cyrillic,
 * Greek, Arabic, Hebrew, Armenian, Georgian, CJK, Hangul…) is transliterated with ICU's
 * {@code Any-Latin; Latin-ASCII} first. Apostrophes and dots vanish ("O'Brien" → "obrien",
 * "A.B.C." → "abc"); every other mark separates words.
 */
public final class Folding {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    private Folding() {
    }

    /** True when every letter is Latin (or the text has none), so no transliteration is needed. */
    public static boolean isLatin(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x250 && Character.isLetter(c)) {
                if (c >= 0x1E00 && c <= 0x1EFF) {
                    continue; // Latin Extended Additional (Vietnamese…)
                }
                return false;
            }
        }
        return true;
    }

    /** The text in lower-case ASCII words separated by single spaces. */
    public static String fold(String text) {
        String latin = isLatin(text) ? text : transliterate(text);
        return clean(latin);
    }

    /** ICU transliteration to Latin (cached); exposed so callers can show it to reviewers. */
    public static String transliterate(String text) {
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String out = TO_LATIN.get().transliterate(text);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, out);
        }
        return out;
    }

    private static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    b.append((char) (c + 32));
                    space = false;
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    b.append(c);
                    space = false;
                } else if (c == '\'' || c == '.' || c == '`') {
                    // dropped: O'Brien, A.B.C.
                } else if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            String special = special(c);
            if (special != null) {
                b.append(special);
                space = false;
            } else if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '\u02BF' || c == '\u02BE') {
                // typographic apostrophes and ayn/hamza marks: dropped like "'"
            } else if (Character.isLetterOrDigit(c)) {
                String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
                if (lower.chars().allMatch(ch -> ch < 0x80)) {
                    b.append(lower);
                    space = false;
                }
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') {
            b.setLength(end - 1);
        }
        return b.toString();
    }

    private static String special(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            case 'ħ', 'Ħ' -> "h";
            default -> null;
        };
    }
}

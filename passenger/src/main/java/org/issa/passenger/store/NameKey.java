package org.issa.passenger.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name that search compares: {@code SURNAME GIVEN NAMES} in capitals, without accents, punctuation
 * or repeated blanks, so that "Müller, Jürgen" and "MULLER/JURGEN" meet.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String surname, String given) {
        String s = normalise(surname) + " " + normalise(given);
        s = s.strip();
        return s.length() <= 400 ? s : s.substring(0, 400);
    }

    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String ascii = asciiKey(text);
        if (ascii != null) {
            return ascii;
        }
        return slow(text);
    }

    /** {@link #normalise} by regular expressions and Unicode decomposition, for any text. */
    static String slow(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ");
        return n.strip();
    }

    /**
     * The key of a plain ASCII text (the common case of carrier data) in one pass: letters in capitals, digits, every run of
     * anything else one blank, none at the ends; {@code null} when the text holds any other character.
     */
    private static String asciiKey(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                if (gap && !b.isEmpty()) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}

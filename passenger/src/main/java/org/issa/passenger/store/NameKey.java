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
        String n = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ");
        return n.strip();
    }
}

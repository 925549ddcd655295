package org.issa.finance.register;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The searchable form of a name: capitals, no accents or punctuation, words in alphabetical order, so that
 * "Müller, Jürgen", "JURGEN MULLER" and "Jürgen Müller" give the same key and one index lookup finds them.
 */
public final class PartyName {

    /** The longest key kept (the column's width). */
    public static final int MAX = 300;

    private PartyName() {
    }

    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.replace("ß", "SS").replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l")
                .replace("Æ", "AE").replace("æ", "ae").replace("Đ", "D").replace("đ", "d");
        n = n.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        if (n.isEmpty()) {
            return "";
        }
        String[] words = n.split(" ");
        Arrays.sort(words);
        String key = String.join(" ", words);
        return key.length() <= MAX ? key : key.substring(0, MAX);
    }
}

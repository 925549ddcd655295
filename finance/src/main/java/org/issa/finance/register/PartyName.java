package org.issa.finance.register;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The searchable form of a name: capitals, no accents or punctuation, words in alphabetical order, so that
 * "Müller, Jürgen", "JURGEN MULLER" and "Jürgen Müller" give the same key and one index lookup finds them.
 */
public final class PartyName {

    /** The longest key kept (the column's width). */
    public static final int MAX = 300;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private PartyName() {
    }

    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        n = n.replace("ß", "SS").replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l")
                .replace("Æ", "AE").replace("æ", "ae").replace("Đ", "D").replace("đ", "d");
        n = NOT_WORD.matcher(n.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        if (n.isEmpty()) {
            return "";
        }
        String[] words = n.split(" ");
        Arrays.sort(words);
        String key = String.join(" ", words);
        return key.length() <= MAX ? key : key.substring(0, MAX);
    }
}

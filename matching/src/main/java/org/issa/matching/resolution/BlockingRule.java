package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.codec.language.Soundex;

/**
 * A way to find candidate pairs: records that share one of the keys a rule gives them are compared.
 * A rule may give a record several keys (one per name part, so that swapped names still meet) or
 * none (a missing value). The engine takes the union of the pairs of all its rules.
 *
 * @param name what the rule groups by, for the report
 * @param keys the keys of one record, from its normalised values
 */
public record BlockingRule(String name, Function<Function<Field, String>, List<String>> keys) {

    private static final Soundex SOUNDEX = Soundex.US_ENGLISH;

    /** Records with the same value of a field. */
    public static BlockingRule same(Field field) {
        return new BlockingRule("same " + field.key(), v -> listOf(v.apply(field)));
    }

    /**
     * The default rules for the fields at hand: a name part's first three letters with the year of
     * birth; a name part's Soundex code; the same date of birth; the same postcode; the same e-mail
     * local part; the same identifier; the same city with the year of birth.
     */
    public static List<BlockingRule> defaults(Set<Field> fields) {
        List<BlockingRule> rules = new ArrayList<>();
        boolean names = fields.contains(Field.GIVEN_NAME) || fields.contains(Field.FAMILY_NAME)
                || fields.contains(Field.FULL_NAME);
        boolean dob = fields.contains(Field.DATE_OF_BIRTH);
        if (names && dob) {
            rules.add(new BlockingRule("name part prefix (3 letters) + year of birth", v -> {
                String year = year(v.apply(Field.DATE_OF_BIRTH));
                if (year == null) {
                    return List.of();
                }
                List<String> keys = new ArrayList<>();
                for (String part : nameParts(v)) {
                    keys.add(part.substring(0, Math.min(3, part.length())) + "|" + year);
                }
                return keys;
            }));
        }
        if (names) {
            rules.add(new BlockingRule("name part Soundex", v -> {
                List<String> keys = new ArrayList<>();
                for (String part : nameParts(v)) {
                    String code = soundex(part);
                    if (code != null) {
                        keys.add(code);
                    }
                }
                return keys;
            }));
        }
        if (dob) {
            rules.add(same(Field.DATE_OF_BIRTH));
        }
        if (fields.contains(Field.POSTCODE)) {
            rules.add(same(Field.POSTCODE));
        }
        if (fields.contains(Field.EMAIL)) {
            rules.add(new BlockingRule("same e-mail local part", v -> {
                String e = v.apply(Field.EMAIL);
                if (e == null) {
                    return List.of();
                }
                String local = CodeComparison.localPart(e);
                return List.of(local == null ? e : local);
            }));
        }
        if (fields.contains(Field.IDENTIFIER)) {
            rules.add(same(Field.IDENTIFIER));
        }
        if (fields.contains(Field.CITY) && dob) {
            rules.add(new BlockingRule("same city + year of birth", v -> {
                String city = v.apply(Field.CITY);
                String year = year(v.apply(Field.DATE_OF_BIRTH));
                return city == null || year == null ? List.of() : List.of(city + "|" + year);
            }));
        }
        return rules;
    }

    /** The letters-only words of the given, family and full names. */
    static List<String> nameParts(Function<Field, String> v) {
        List<String> parts = new ArrayList<>(3);
        for (Field f : new Field[] {Field.GIVEN_NAME, Field.FAMILY_NAME, Field.FULL_NAME}) {
            String s = v.apply(f);
            if (s == null) {
                continue;
            }
            for (String w : s.split("[^\\p{L}]+")) {
                if (!w.isEmpty() && !parts.contains(w)) {
                    parts.add(w);
                }
            }
        }
        return parts;
    }

    static String soundex(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.isEmpty() ? null : SOUNDEX.encode(b.toString().toUpperCase(Locale.ROOT));
    }

    private static String year(String date) {
        return date == null || date.length() < 4 ? null : date.substring(0, 4);
    }

    private static List<String> listOf(String v) {
        return v == null ? List.of() : List.of(v);
    }
}

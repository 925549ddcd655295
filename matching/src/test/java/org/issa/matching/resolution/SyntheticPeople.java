package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates test people: entities with a given name, family name, date of birth, city and e-mail,
 * each written as one to five records, some corrupted (a typo, a missing value, swapped names, a
 * shifted date). Seeded, so every run sees the same records. The true entity of a record is
 * {@link #entityOf}.
 */
final class SyntheticPeople {

    private static final String[] GIVEN = {"anna", "ben", "clara", "david", "emma", "felix", "greta", "hugo",
        "ines", "jonas", "karl", "lena", "marta", "nils", "olga", "paul", "rosa", "sven", "tina", "ugo", "vera",
        "walter", "xenia", "yusuf", "zoe", "amelie", "bruno", "carmen", "dario", "elena"};
    private static final String[] FAMILY = {"albers", "brandt", "costa", "dumont", "eriksen", "fischer", "garcia",
        "hansen", "ivanova", "jansen", "kowalski", "lindqvist", "moreau", "novak", "olsen", "petrov", "quist",
        "rossi", "schmidt", "tanaka", "umarov", "vogel", "weber", "xu", "young", "zimmermann", "bauer", "conti",
        "dupont", "engel"};
    private static final String[] CITY = {"berlin", "lyon", "porto", "gent", "brno", "turku", "graz", "bari",
        "cork", "riga"};
    private static final String[] DOMAINS = {"example.org", "example.net", "mail.example", "post.example"};

    final List<ResolutionRecord> records = new ArrayList<>();
    final List<Integer> entityOf = new ArrayList<>();
    private final Random rnd;

    SyntheticPeople(int entities, long seed) {
        rnd = new Random(seed);
        for (int e = 0; e < entities; e++) {
            Map<Field, String> truth = new EnumMap<>(Field.class);
            truth.put(Field.GIVEN_NAME, pick(GIVEN));
            truth.put(Field.FAMILY_NAME, pick(FAMILY));
            truth.put(Field.DATE_OF_BIRTH, String.format("%04d-%02d-%02d", 1940 + rnd.nextInt(70),
                    1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            truth.put(Field.CITY, pick(CITY));
            truth.put(Field.EMAIL, word(6 + rnd.nextInt(5)) + "@" + pick(DOMAINS));
            int copies = 1 + rnd.nextInt(5);
            for (int c = 0; c < copies; c++) {
                records.add(new ResolutionRecord(Integer.toString(records.size()), c == 0 ? truth : corrupt(truth)));
                entityOf.add(e);
            }
        }
    }

    private Map<Field, String> corrupt(Map<Field, String> truth) {
        Map<Field, String> r = new EnumMap<>(truth);
        for (Field f : truth.keySet()) {
            double x = rnd.nextDouble();
            if (x < 0.10) {
                r.remove(f);
            } else if (x < 0.25 && f != Field.DATE_OF_BIRTH) {
                r.put(f, typo(r.get(f)));
            }
        }
        if (rnd.nextDouble() < 0.2 && r.containsKey(Field.DATE_OF_BIRTH)) {
            String d = r.get(Field.DATE_OF_BIRTH);
            r.put(Field.DATE_OF_BIRTH, d.substring(0, 8) + String.format("%02d", 1 + rnd.nextInt(28)));
        }
        if (rnd.nextDouble() < 0.1 && r.containsKey(Field.GIVEN_NAME) && r.containsKey(Field.FAMILY_NAME)) {
            String g = r.get(Field.GIVEN_NAME);
            r.put(Field.GIVEN_NAME, r.get(Field.FAMILY_NAME));
            r.put(Field.FAMILY_NAME, g);
        }
        return r;
    }

    private String typo(String s) {
        if (s.length() < 3) {
            return s;
        }
        int i = 1 + rnd.nextInt(s.length() - 2);
        return s.substring(0, i) + (char) ('a' + rnd.nextInt(26)) + s.substring(i + 1);
    }

    private String word(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + rnd.nextInt(26)));
        }
        return b.toString();
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    /** Record id → true entity. */
    Map<String, Integer> truth() {
        Map<String, Integer> t = new java.util.LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            t.put(records.get(i).id(), entityOf.get(i));
        }
        return t;
    }
}

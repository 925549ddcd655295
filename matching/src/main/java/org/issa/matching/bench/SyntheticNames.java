package org.issa.matching.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Name;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * Seeded generator of fictitious persons and companies for benchmarks: given names from the
 * engine's own tables, family names built from syllables (tens of thousands of distinct ones),
 * skewed so that some names are common, as in real lists; and variants of existing names (typing
 * errors, swapped order, a part dropped) to act as true matches.
 */
public final class SyntheticNames {

    private static final String[] SYLLABLES = {
        "ka", "ro", "mi", "sen", "dor", "al", "ber", "ta", "lo", "vic", "an", "der", "son", "ma", "ri", "no",
        "ga", "li", "vo", "stan", "ko", "vi", "ch", "ez", "man", "sh", "ra", "hid", "ben", "ov", "ski", "ne",
        "to", "la", "mar", "tin", "el", "li", "pe", "tro", "ha", "san", "bu", "ku", "zi", "fa", "gor", "nik",
        "is", "sa", "da", "mo", "ru", "ya", "wen", "zhang", "lin", "hu", "wa", "ng", "ol", "sk", "ja", "ver"};
    private static final String[] COMPANY_WORDS = {
        "Atlas", "Nordic", "Orion", "Delta", "Sunrise", "Baltic", "Meridian", "Crescent", "Pioneer", "Summit",
        "Harbor", "Falcon", "Emerald", "Vertex", "Zenith", "Aurora", "Granite", "Silver", "Oak", "Cedar"};
    private static final String[] COMPANY_KINDS = {
        "Trading", "Shipping", "Logistics", "Holding", "Petroleum", "Minerals", "Electronics", "Textiles",
        "Construction", "Finance", "Imports", "Aviation", "Chemicals", "Pharma", "Systems"};
    private static final String[] LEGAL = {"LLC", "Ltd", "GmbH", "S.A.", "OOO", "JSC", "Inc.", "B.V.", "FZE"};
    private static final String[] COUNTRIES = {"DE", "FR", "IT", "ES", "PL", "NL", "RU", "UA", "IR", "SY", "IQ", "AF", "KP", "CN", "TR", "GB", "US"};

    private final Random random;
    private final List<String> given;
    private final List<String> family;

    public SyntheticNames(long seed, int familyNames) {
        this.random = new Random(seed);
        this.given = givenNames();
        java.util.Collections.shuffle(given, random); // the tables' order must not decide which names are common
        Set<String> fam = new LinkedHashSet<>();
        while (fam.size() < familyNames) {
            int n = 2 + random.nextInt(2);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            fam.add(Character.toUpperCase(b.charAt(0)) + b.substring(1));
        }
        this.family = new ArrayList<>(fam);
    }

    /** Picks with a skew: low indices much more often (roughly Zipf-like). */
    private String skewed(List<String> pool) {
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(u, 2.2) * pool.size());
        return pool.get(Math.min(i, pool.size() - 1));
    }

    public Subject person(String id) {
        String g = cap(skewed(given));
        String f = skewed(family);
        String full = random.nextInt(4) == 0 ? g + " " + cap(skewed(given)) + " " + f : g + " " + f;
        List<BirthDate> dob = random.nextInt(3) == 0 ? List.of()
                : List.of(BirthDate.of(java.time.LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28))));
        List<String> countries = random.nextBoolean() ? List.of(COUNTRIES[random.nextInt(COUNTRIES.length)]) : List.of();
        return new Subject(id, Schema.PERSON, List.of(Name.of(full)), dob, countries, Gender.UNKNOWN, List.of(), Map.of());
    }

    public Subject company(String id) {
        String distinctive = random.nextInt(3) == 0
                ? COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + " " + skewed(family) : skewed(family);
        String name = distinctive + " " + COMPANY_KINDS[random.nextInt(COMPANY_KINDS.length)] + " "
                + LEGAL[random.nextInt(LEGAL.length)];
        return new Subject(id, Schema.COMPANY, List.of(Name.of(name)), List.of(), List.of(), Gender.UNKNOWN, List.of(), Map.of());
    }

    /** A person 80 % of the time, else a company. */
    public Subject any(String id) {
        return random.nextInt(5) == 0 ? company(id) : person(id);
    }

    /** A variant of a subject's primary name: a typing error, another order, or a dropped middle part. */
    public Subject variant(Subject s, String id) {
        String[] parts = s.primaryName().full().split("\\s+");
        int kind = random.nextInt(3);
        if (kind == 0 || parts.length < 2) {
            int p = random.nextInt(parts.length);
            parts[p] = typo(parts[p]);
        } else if (kind == 1) {
            String first = parts[0];
            System.arraycopy(parts, 1, parts, 0, parts.length - 1);
            parts[parts.length - 1] = first;
        } else if (parts.length > 2) {
            String[] shorter = new String[parts.length - 1];
            int drop = 1 + random.nextInt(parts.length - 2);
            for (int i = 0, j = 0; i < parts.length; i++) {
                if (i != drop) {
                    shorter[j++] = parts[i];
                }
            }
            parts = shorter;
        } else {
            parts[1] = typo(parts[1]);
        }
        return new Subject(id, s.schema(), List.of(Name.of(String.join(" ", parts))), s.birthDates(), s.countries(),
                Gender.UNKNOWN, List.of(), Map.of());
    }

    private String typo(String w) {
        if (w.length() < 4) {
            return w;
        }
        int i = 1 + random.nextInt(w.length() - 2);
        char c = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(3)) {
            case 0 -> w.substring(0, i) + c + w.substring(i + 1);
            case 1 -> w.substring(0, i) + w.substring(i + 1);
            default -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
        };
    }

    public Random random() {
        return random;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> givenNames() {
        Set<String> out = new LinkedHashSet<>();
        read("/org/issa/matching/names/given-names.txt", line -> {
            for (String f : line.split(",")) {
                if (!f.contains(" ")) {
                    out.add(f);
                }
            }
        });
        read("/org/issa/matching/names/nicknames.csv", line -> out.add(line.split(",")[0]));
        return new ArrayList<>(out);
    }

    private static void read(String resource, java.util.function.Consumer<String> sink) {
        try (InputStream in = SyntheticNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.issa.matching.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reference tables the name analysis uses, loaded once from the module's resources:
 * equivalent given names ({@code given-names.txt}), English nicknames ({@code nicknames.csv},
 * from carltonnorthern/nicknames, Apache-2.0), legal forms and generic words of organisations
 * ({@code organisation-terms.txt}), honorifics and particles of persons ({@code person-terms.txt}).
 */
public final class NameTables {

    private static final NameTables DEFAULT = load();

    private final Map<String, Integer> givenNameGroup;
    private final long[] nicknamePairs;
    private final Map<String, String> legalForms;
    private final Map<String, Integer> legalFormIds;
    private final Set<String> genericWords;
    private final Set<String> honorifics;
    private final Set<String> particles;
    private final int maxLegalFormWords;

    private NameTables(Map<String, Integer> givenNameGroup, Set<Long> nicknamePairs, Map<String, String> legalForms,
                       Set<String> genericWords, Set<String> honorifics, Set<String> particles) {
        this.givenNameGroup = givenNameGroup;
        this.nicknamePairs = nicknamePairs.stream().mapToLong(Long::longValue).sorted().toArray();
        this.legalForms = legalForms;
        this.genericWords = genericWords;
        this.honorifics = honorifics;
        this.particles = particles;
        this.legalFormIds = new HashMap<>();
        int max = 1;
        for (Map.Entry<String, String> e : legalForms.entrySet()) {
            legalFormIds.computeIfAbsent(e.getValue(), k -> legalFormIds.size());
            max = Math.max(max, e.getKey().split(" ").length);
        }
        this.maxLegalFormWords = max;
    }

    public static NameTables defaults() {
        return DEFAULT;
    }

    /** The equivalence group of a folded given name, or -1. */
    public int givenNameGroup(String token) {
        Integer g = givenNameGroup.get(token);
        return g == null ? -1 : g;
    }

    /** Whether one name is a recorded nickname of the other (either way). */
    public boolean nicknames(String a, String b) {
        return java.util.Arrays.binarySearch(nicknamePairs, pairKey(a, b)) >= 0;
    }

    /** The canonical legal form for a folded phrase ("gesellschaft mit beschrankter haftung" → "gmbh"), or null. */
    public String legalForm(String phrase) {
        return legalForms.get(phrase);
    }

    public int legalFormId(String canonical) {
        return legalFormIds.getOrDefault(canonical, -1);
    }

    public int maxLegalFormWords() {
        return maxLegalFormWords;
    }

    public boolean isGeneric(String token) {
        return genericWords.contains(token);
    }

    public boolean isHonorific(String token) {
        return honorifics.contains(token);
    }

    public boolean isParticle(String token) {
        return particles.contains(token);
    }

    private static long pairKey(String a, String b) {
        int ha = a.hashCode();
        int hb = b.hashCode();
        return ha < hb ? ((long) ha << 32) | (hb & 0xffffffffL) : ((long) hb << 32) | (ha & 0xffffffffL);
    }

    private static NameTables load() {
        Map<String, Integer> groups = new HashMap<>();
        int[] next = {0};
        lines("given-names.txt", line -> {
            int id = next[0]++;
            for (String form : line.split(",")) {
                groups.putIfAbsent(Folding.fold(form), id);
            }
        });
        Set<Long> nicks = new HashSet<>();
        lines("nicknames.csv", line -> {
            String[] p = line.split(",");
            if (p.length == 2 && !p[0].isBlank() && !p[1].isBlank()) {
                nicks.add(pairKey(p[0].strip(), p[1].strip()));
            }
        });
        Map<String, String> legal = new HashMap<>();
        Set<String> generic = new HashSet<>();
        lines("organisation-terms.txt", line -> {
            int sp = line.indexOf(' ');
            String kind = line.substring(0, sp);
            List<String> forms = List.of(line.substring(sp + 1).split(","));
            String canonical = Folding.fold(forms.get(0));
            for (String f : forms) {
                String folded = Folding.fold(f);
                if (kind.equals("legal")) {
                    legal.putIfAbsent(folded, canonical);
                } else {
                    generic.add(folded);
                }
            }
        });
        Set<String> honor = new HashSet<>();
        Set<String> part = new HashSet<>();
        lines("person-terms.txt", line -> {
            int sp = line.indexOf(' ');
            Set<String> target = line.startsWith("honorific") ? honor : part;
            for (String f : line.substring(sp + 1).split(",")) {
                target.add(Folding.fold(f));
            }
        });
        return new NameTables(groups, nicks, legal, generic, honor, part);
    }

    private static void lines(String resource, Consumer<String> sink) {
        try (InputStream in = NameTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (resource.equals("nicknames.csv")) {
                    return; // optional table
                }
                throw new IllegalStateException("name table " + resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name table " + resource, e);
        }
    }
}

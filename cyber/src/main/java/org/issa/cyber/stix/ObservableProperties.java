package org.issa.cyber.stix;

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
import java.util.Optional;
import java.util.Set;

/**
 * The properties STIX 2.1 defines for each Cyber-observable type, its predefined extensions and its
 * sub-types (section 6), read from {@code observable-properties.txt}, which names its sources.
 */
final class ObservableProperties {

    /** What a property holds. */
    enum Shape { STRING, INTEGER, FLOAT, BOOLEAN, TIMESTAMP, BINARY, HEX, IDENTIFIER, HASHES, DICTIONARY, EXTENSIONS, REF, STRUCT }

    /**
     * One property.
     *
     * @param list    whether it holds a list of {@code shape}
     * @param targets for REF the referenced SCO types ({@code *} any SCO, {@code -} not an SCO); for
     *                STRUCT the sub-type; for EXTENSIONS the predefined extensions of the type
     */
    record Property(String name, Shape shape, boolean list, List<String> targets) {
    }

    /** hash-algorithm-ov (section 10.10). */
    static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256", "SHA3-512", "SSDEEP",
            "TLSH");

    static final ObservableProperties STIX_2_1 = load();

    private final Map<String, Map<String, Property>> structures;
    private final Map<String, Set<String>> removedIn21;

    private ObservableProperties(Map<String, Map<String, Property>> structures, Map<String, Set<String>> removedIn21) {
        this.structures = structures;
        this.removedIn21 = removedIn21;
    }

    /** A property of an SCO type (its own or a common one), of an extension or of a sub-type. */
    Optional<Property> property(String structure, String name) {
        Map<String, Property> own = structures.getOrDefault(structure, Map.of());
        Property p = own.get(name);
        if (p == null && StixTypes.SCO.contains(structure)) {
            p = structures.get("common").get(name);
        }
        return Optional.ofNullable(p);
    }

    /** Whether STIX 2.0 defined {@code name} for {@code structure} (a type or extension) and 2.1 no longer does. */
    boolean removedIn21(String structure, String name) {
        return removedIn21.getOrDefault(structure, Set.of()).contains(name);
    }

    /** The SCO type whose predefined extension {@code extension} is, if any. */
    Optional<String> ownerOfExtension(String extension) {
        return StixTypes.SCO.stream()
                .filter(t -> property(t, "extensions").map(p -> p.targets().contains(extension)).orElse(false))
                .findFirst();
    }

    /** The names of a structure's properties (an SCO type's include the common ones). */
    Set<String> names(String structure) {
        Set<String> names = new HashSet<>(structures.getOrDefault(structure, Map.of()).keySet());
        if (StixTypes.SCO.contains(structure)) {
            names.addAll(structures.get("common").keySet());
        }
        return names;
    }

    private static ObservableProperties load() {
        Map<String, Map<String, Property>> structures = new HashMap<>();
        Map<String, Set<String>> removed = new HashMap<>();
        try (InputStream in = ObservableProperties.class.getResourceAsStream("observable-properties.txt")) {
            if (in == null) {
                throw new IllegalStateException("observable-properties.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Property> current = null;
            Set<String> currentRemoved = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    String name = line.substring(1, line.length() - 1);
                    current = null;
                    currentRemoved = null;
                    if (name.startsWith("2.0 ")) {
                        currentRemoved = removed.computeIfAbsent(name.substring(4), k -> new HashSet<>());
                    } else {
                        current = structures.computeIfAbsent(name, k -> new HashMap<>());
                    }
                } else if (currentRemoved != null) {
                    currentRemoved.add(line);
                } else if (current != null) {
                    Property p = parse(line);
                    current.put(p.name(), p);
                } else {
                    throw new IllegalStateException("observable-properties.txt: a property outside a structure: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ObservableProperties(Map.copyOf(structures), Map.copyOf(removed));
    }

    private static Property parse(String line) {
        String[] words = line.split("\\s+");
        String shape = words[1];
        boolean list = shape.startsWith("list-");
        if (list) {
            shape = shape.substring(5);
        }
        return new Property(words[0], Shape.valueOf(shape.toUpperCase(java.util.Locale.ROOT)), list,
                List.of(words).subList(2, words.length));
    }
}

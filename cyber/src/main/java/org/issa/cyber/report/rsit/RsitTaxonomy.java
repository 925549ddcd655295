package org.issa.cyber.report.rsit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RSIT as published in MISP taxonomy format (namespace {@code rsit}, version 1003): classes
 * (the taxonomy's predicates) and their types (its values). Loaded from the copy shipped with the
 * module; its source and licence are in the README beside it.
 */
public final class RsitTaxonomy {

    /** One class with its types. */
    public record RsitClass(String value, String expanded, String description, String uuid, List<RsitType> types) {
        public RsitClass {
            types = List.copyOf(types);
        }
    }

    /** One incident type of a class. */
    public record RsitType(String classValue, String value, String expanded, String description, String uuid) {
        /** The MISP machine tag, e.g. {@code rsit:fraud="phishing"}. */
        public String machineTag() {
            return "rsit:" + classValue + "=\"" + value + "\"";
        }
    }

    /** Spellings of other tools (IntelMQ's American spelling) mapped to RSIT's. */
    private static final Map<String, String> ALIASES = Map.of("unauthorized-use-of-resources", "unauthorised-use-of-resources",
            "unauthorized-information-access", "unauthorised-information-access",
            "unauthorized-information-modification", "unauthorised-information-modification");

    private final int version;
    private final Map<String, RsitClass> classes;

    private RsitTaxonomy(int version, Map<String, RsitClass> classes) {
        this.version = version;
        this.classes = classes;
    }

    private static final RsitTaxonomy BUILT_IN = load();

    public static RsitTaxonomy builtIn() {
        return BUILT_IN;
    }

    private static RsitTaxonomy load() {
        try (InputStream in = RsitTaxonomy.class.getResourceAsStream("rsit-machinetag.json")) {
            if (in == null) {
                throw new IllegalStateException("rsit-machinetag.json is missing from the classpath");
            }
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RsitTaxonomy parse(JsonNode root) {
        if (!"rsit".equals(root.path("namespace").asString(""))) {
            throw new IllegalArgumentException("not the RSIT taxonomy: namespace is '" + root.path("namespace").asString("") + "'");
        }
        Map<String, List<RsitType>> typesByClass = new LinkedHashMap<>();
        for (JsonNode v : root.path("values")) {
            String cls = v.path("predicate").asString("");
            List<RsitType> types = new ArrayList<>();
            for (JsonNode e : v.path("entry")) {
                types.add(new RsitType(cls, e.path("value").asString(""), e.path("expanded").asString(""),
                        e.path("description").asString(""), e.path("uuid").asString("")));
            }
            typesByClass.put(cls, types);
        }
        Map<String, RsitClass> classes = new LinkedHashMap<>();
        for (JsonNode p : root.path("predicates")) {
            String value = p.path("value").asString("");
            classes.put(value, new RsitClass(value, p.path("expanded").asString(""), p.path("description").asString(""),
                    p.path("uuid").asString(""), typesByClass.getOrDefault(value, List.of())));
        }
        return new RsitTaxonomy(root.path("version").asInt(0), java.util.Collections.unmodifiableMap(classes));
    }

    public int version() {
        return version;
    }

    /** Classes in the taxonomy's order. */
    public List<RsitClass> classes() {
        return List.copyOf(classes.values());
    }

    public Optional<RsitClass> rsitClass(String value) {
        return Optional.ofNullable(classes.get(normalise(value)));
    }

    public Optional<RsitType> type(String classValue, String typeValue) {
        String t = normalise(typeValue);
        return rsitClass(classValue).flatMap(c -> c.types().stream().filter(x -> x.value().equals(t)).findFirst());
    }

    public int typeCount() {
        return classes.values().stream().mapToInt(c -> c.types().size()).sum();
    }

    /** Lower case, trimmed, and other tools' spellings mapped to RSIT's. */
    public static String normalise(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(v, v);
    }

    /**
     * Checks a class and type pair: the class must exist; the type, when given, must belong to it.
     *
     * @throws org.issa.core.error.InvalidInputException naming {@code rsitClass} or {@code rsitType}
     */
    public RsitType require(String classValue, String typeValue) {
        RsitClass c = rsitClass(classValue).orElseThrow(() -> new org.issa.core.error.InvalidInputException("rsitClass",
                "'" + classValue + "' is not an RSIT class; expected one of " + String.join(", ", classes.keySet())));
        return type(c.value(), typeValue).orElseThrow(() -> new org.issa.core.error.InvalidInputException("rsitType",
                "'" + typeValue + "' is not a type of RSIT class " + c.value() + "; expected one of "
                        + String.join(", ", c.types().stream().map(RsitType::value).toList())));
    }
}

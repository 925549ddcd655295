package org.issa.cyber.stix;

import java.util.List;
import java.util.Optional;
import org.issa.cyber.stix.Issue.Severity;
import org.issa.cyber.stix.ObjectPath.Step;
import org.issa.cyber.stix.ObservableProperties.Property;
import org.issa.cyber.stix.ObservableProperties.Shape;

/**
 * Checks an object path of a STIX pattern against the properties STIX 2.1 defines (section 6): the
 * first property must belong to the object type; then hashes take an algorithm of hash-algorithm-ov,
 * {@code extensions} a predefined extension of the type, list indexes stand only after lists, and a
 * {@code *_ref} or {@code *_refs[..]} leads into the referenced type where the specification fixes it.
 * Custom types, {@code x_} properties, custom extensions and dictionary keys are not looked into.
 */
final class ObjectPathCheck {

    /**
     * What the path ends at, for checking the value compared with it.
     *
     * @param shape what the property holds; HASHES with {@code name} the algorithm for {@code hashes.<algo>}
     * @param name  the property name, or the hash algorithm
     */
    record End(Shape shape, String name) {
    }

    private final ObservableProperties schema;
    private final ObjectPath path;
    private final String text;
    private final Findings findings;

    private ObjectPathCheck(ObservableProperties schema, ObjectPath path, String text, Findings findings) {
        this.schema = schema;
        this.path = path;
        this.text = StixValidator.cut(text);
        this.findings = findings;
    }

    /**
     * Reports what is wrong with {@code path} (written as {@code text}) and returns what it ends at, when
     * that is known and a single value (not a whole list, not inside a custom or dictionary part).
     */
    static Optional<End> check(ObjectPath path, String text, Findings findings) {
        if (!StixTypes.SCO.contains(path.type())) {
            return Optional.empty();
        }
        return new ObjectPathCheck(ObservableProperties.STIX_2_1, path, text, findings).walk();
    }

    private Optional<End> walk() {
        List<String> within = List.of(path.type());
        Property current = null;
        boolean indexed = false;
        List<Step> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (current == null) {
                if (step.index()) {
                    return fail(step, "[" + step.name() + "] must follow a list property, not " + join(within));
                }
                current = lookUp(within, step);
                if (current == null) {
                    return Optional.empty();
                }
                indexed = false;
                continue;
            }
            if (step.index()) {
                if (!current.list() || indexed) {
                    return fail(step, "'" + current.name() + "' is not a list, so it takes no list index [" + step.name() + "]");
                }
                indexed = true;
                continue;
            }
            if (current.list() && !indexed) {
                return fail(step, "'" + current.name() + "' is a list: select its items with [*] (any) or [n] before ."
                        + step.name());
            }
            switch (current.shape()) {
                case HASHES -> {
                    return hash(step, i == steps.size() - 1 ? null : steps.get(i + 1));
                }
                case EXTENSIONS -> {
                    if (!current.targets().contains(step.name())) {
                        extension(step);
                        return Optional.empty();
                    }
                    within = List.of(step.name());
                }
                case REF, STRUCT -> {
                    if (current.targets().contains("*") || current.targets().contains("-")) {
                        return Optional.empty();
                    }
                    within = current.targets();
                    i--;
                }
                case DICTIONARY -> {
                    return Optional.empty();
                }
                default -> {
                    return fail(step, "'" + current.name() + "' holds a " + describe(current.shape())
                            + ", which has no property '" + step.name() + "'");
                }
            }
            current = null;
        }
        if (current == null || current.list() && !indexed) {
            return Optional.empty();
        }
        return Optional.of(new End(current.shape(), current.name()));
    }

    private Property lookUp(List<String> within, Step step) {
        for (String structure : within) {
            Optional<Property> p = schema.property(structure, step.name());
            if (p.isPresent()) {
                return p.get();
            }
        }
        String name = step.name();
        if (name.startsWith("x_")) {
            add(Severity.WARNING, step, "'" + name + "' is a custom property of " + join(within) + " (accepted, not checked)");
        } else if (within.stream().anyMatch(s -> schema.removedIn21(s, name))) {
            String owner = within.stream().filter(s -> schema.removedIn21(s, name)).findFirst().orElseThrow();
            add(Severity.WARNING, step, "'" + name + "' is a property of " + owner + " in STIX 2.0 that STIX 2.1 "
                    + "removed or renamed; a STIX 2.1 " + owner + " does not have it, so this comparison will not match");
        } else {
            add(Severity.ERROR, step, "'" + StixValidator.cut(name) + "' is not a property of " + join(within) + " in STIX 2.1"
                    + closest(within, name).map(n -> " (did you mean '" + n + "'?)").orElse("")
                    + "; custom properties start with x_");
        }
        return null;
    }

    private Optional<End> hash(Step algorithm, Step next) {
        String name = algorithm.name();
        if (!ObservableProperties.HASH_ALGORITHMS.contains(name)) {
            Optional<String> spelled = ObservableProperties.HASH_ALGORITHMS.stream().filter(a -> a.equalsIgnoreCase(name)).findFirst();
            add(Severity.WARNING, algorithm, "'" + StixValidator.cut(name) + "' is not a hash algorithm of hash-algorithm-ov ("
                    + spelled.map(s -> "written '" + s + "' there").orElse("MD5, SHA-1, SHA-256, SHA-512, SHA3-256, SHA3-512, "
                    + "SSDEEP, TLSH") + "); values under other names are compared only if the producer used the same name");
        }
        if (next != null) {
            return fail(next, "a hash value is a string and has no property or list item " + (next.index() ? "[" + next.name() + "]"
                    : "'" + next.name() + "'"));
        }
        return Optional.of(new End(Shape.HASHES, name));
    }

    private void extension(Step step) {
        String name = step.name();
        if (name.startsWith("extension-definition--")) {
            return;
        }
        Optional<String> owner = schema.ownerOfExtension(name);
        if (owner.isPresent()) {
            add(Severity.ERROR, step, "'" + name + "' is a predefined extension of " + owner.get() + ", not of " + path.type());
        } else {
            add(Severity.WARNING, step, "'" + StixValidator.cut(name) + "' is neither a predefined extension of " + path.type()
                    + " nor an extension-definition--<uuid> (a custom extension, deprecated in STIX 2.1; not checked)");
        }
    }

    private Optional<End> fail(Step step, String problem) {
        add(Severity.ERROR, step, problem);
        return Optional.empty();
    }

    private void add(Severity severity, Step step, String problem) {
        findings.add(severity, step.at(), "in " + text + ": " + problem);
    }

    private static String join(List<String> structures) {
        if (structures.size() == 1) {
            return structures.getFirst();
        }
        return String.join(", ", structures.subList(0, structures.size() - 1)) + " or " + structures.getLast();
    }

    private static String describe(Shape shape) {
        return switch (shape) {
            case INTEGER -> "number";
            case FLOAT -> "decimal number";
            case BOOLEAN -> "boolean";
            case TIMESTAMP -> "timestamp";
            case BINARY -> "binary value";
            case HEX -> "hex value";
            default -> "string";
        };
    }

    /** The defined name nearest to a misspelt one, at most two edits away. */
    private Optional<String> closest(List<String> within, String name) {
        String best = null;
        int bestDistance = 3;
        for (String structure : within) {
            for (String candidate : schema.names(structure)) {
                int d = distance(candidate, name);
                if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || b.length() > 250) {
            return 3;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

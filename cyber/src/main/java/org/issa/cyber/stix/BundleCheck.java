package org.issa.cyber.stix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.issa.cyber.stix.Issue.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Validates every object of a bundle, then the bundle as a whole: the same id and version twice
 * with different content is an error for the later copy (STIX leaves such a pair undefined), the
 * same content twice is skipped, and references to objects that are neither in the bundle nor
 * known to the caller are reported as warnings (STIX allows them).
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    public static ValidationReport check(Bundle bundle, Predicate<String> knownElsewhere) {
        List<Checked> entries = new ArrayList<>(bundle.objects().size());
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, String> canonicalOf = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> objects = bundle.objects();
        for (JsonNode node : objects) {
            StixValidator.text(node, "id").ifPresent(ids::add);
        }
        for (int i = 0; i < objects.size(); i++) {
            JsonNode node = objects.get(i);
            List<Issue> issues = new ArrayList<>(StixValidator.validate(node, "objects[" + i + "]"));
            boolean refused = issues.stream().anyMatch(Issue::isError);
            if (refused) {
                entries.add(new Checked(i, java.util.Optional.empty(), issues, false));
                continue;
            }
            StixObject o = StixObject.of(node);
            String key = o.id() + "|" + o.versionKey();
            String canonical = o.canonical();
            boolean duplicate = false;
            Integer earlier = firstIndex.putIfAbsent(key, i);
            if (earlier != null) {
                if (canonicalOf.get(key).equals(canonical)) {
                    duplicate = true;
                    issues.add(new Issue(Severity.WARNING, o.id(), "$", "duplicate",
                            "the same object and version came earlier as objects[" + earlier + "]; this copy is skipped"));
                } else {
                    issues.add(new Issue(Severity.ERROR, o.id(), "$.modified", "version-conflict",
                            "objects[" + earlier + "] has the same id and version but different content; a changed object needs a later modified"));
                    entries.add(new Checked(i, java.util.Optional.empty(), issues, false));
                    continue;
                }
            } else {
                canonicalOf.put(key, canonical);
            }
            for (String ref : o.references()) {
                if (!ids.contains(ref) && !knownElsewhere.test(ref)) {
                    issues.add(new Issue(Severity.WARNING, o.id(), "$", "unresolved-reference",
                            "refers to " + ref + ", which is neither in this bundle nor stored here"));
                }
            }
            entries.add(new Checked(i, java.util.Optional.of(o), issues, duplicate));
        }
        return new ValidationReport(bundle.id(), entries, bundle.warnings());
    }
}

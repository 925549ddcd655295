package org.issa.cyber.stix;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a bundle after validation.
 *
 * @param index     its place in {@code objects}
 * @param object    the object, when it has no ERROR (empty when refused)
 * @param issues    errors and warnings, each naming the object and a JSON path
 * @param duplicate true when the same id, version and content came earlier in the same bundle (skipped)
 */
public record Checked(int index, Optional<StixObject> object, List<Issue> issues, boolean duplicate) {

    public Checked {
        issues = List.copyOf(issues);
    }

    public boolean refused() {
        return object.isEmpty();
    }

    /** The object's id as given, or {@code objects[i]} when it has none. */
    public String label() {
        return object.map(StixObject::id).orElseGet(() -> issues.isEmpty() ? "objects[" + index + "]" : issues.getFirst().objectId());
    }
}

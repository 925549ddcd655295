package org.issa.matching.lists;

import java.util.LinkedHashMap;
import java.util.Map;

/** A subject's details in insertion order, leaving out blank values. */
final class Details {

    private final Map<String, String> values = new LinkedHashMap<>();

    Details put(String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
        return this;
    }

    Map<String, String> toMap() {
        return values;
    }
}

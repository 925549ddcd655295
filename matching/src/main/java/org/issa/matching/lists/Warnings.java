package org.issa.matching.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects a reader's warnings, each distinct message once with its count, up to a bound. */
final class Warnings {

    private static final int MAX_DISTINCT = 500;

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private long dropped;

    void add(String message) {
        if (counts.containsKey(message) || counts.size() < MAX_DISTINCT) {
            counts.merge(message, 1, Integer::sum);
        } else {
            dropped++;
        }
    }

    List<String> toList() {
        List<String> out = new ArrayList<>(counts.size() + 1);
        counts.forEach((message, n) -> out.add(n == 1 ? message : message + " (" + n + " times)"));
        if (dropped > 0) {
            out.add(dropped + " further warnings not listed");
        }
        return out;
    }
}

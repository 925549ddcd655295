package org.issa.matching.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;

/**
 * A subject's names in order, each written form once: a repeated name keeps its first position
 * and the stronger of its strengths.
 */
final class NameList {

    private final Map<String, Name> names = new LinkedHashMap<>();

    void add(Name name) {
        String key = name.full().toLowerCase(Locale.ROOT);
        Name known = names.get(key);
        if (known == null) {
            names.put(key, name);
        } else if (name.strength().ordinal() < known.strength().ordinal()) {
            names.put(key, new Name(known.full(), known.given(), known.middle(), known.family(), name.strength()));
        }
    }

    void add(String full, NameStrength strength) {
        if (full != null && !full.isBlank()) {
            add(Name.of(full, strength));
        }
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    List<Name> toList() {
        return new ArrayList<>(names.values());
    }
}

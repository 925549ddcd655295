package org.issa.core.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.issa.core.marking.Marking;

/**
 * A typed record in a FollowTheMoney-like model: a {@code Person}, {@code Flight},
 * {@code BankAccount}, or a link between such records ({@code Ownership}, {@code Associate},
 * {@code Payment}…) whose properties name the linked entities' ids, as in FtM.
 *
 * @param id         stable within its dataset, so that publishing again replaces rather than duplicates
 * @param schema     the FtM schema name, e.g. {@code Person}
 * @param properties FtM property names to their values (multi-valued, in order, none empty)
 * @param marking    the marking that reading this entity requires
 * @param provenance where it comes from
 */
public record Entity(String id, String schema, Map<String, List<String>> properties, Marking marking,
                     Provenance provenance) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    private static final Pattern SCHEMA = Pattern.compile("[A-Z][A-Za-z]{1,63}");

    public Entity {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("entity id '" + id
                    + "' must be 1-200 letters, digits, '.', '_', ':' or '-'");
        }
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema '" + schema + "' is not an FtM schema name such as Person");
        }
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(provenance, "provenance");
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        (properties == null ? Map.<String, List<String>>of() : properties).forEach((name, values) -> {
            List<String> kept = values == null ? List.of()
                    : values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!kept.isEmpty()) {
                copy.put(name, kept);
            }
        });
        properties = Collections.unmodifiableMap(copy);
    }

    /** The values of a property, possibly none. */
    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first value of a property, or empty. */
    public String first(String property) {
        List<String> values = values(property);
        return values.isEmpty() ? "" : values.get(0);
    }
}

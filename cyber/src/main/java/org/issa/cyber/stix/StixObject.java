package org.issa.cyber.stix;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One STIX object as received, with the properties the store indexes. The JSON is kept whole:
 * unknown, custom and extension properties travel with it untouched.
 *
 * @param node the object (a private copy; never modified)
 */
public record StixObject(String id, String type, String specVersion, Optional<StixTimestamp> created,
                         Optional<StixTimestamp> modified, JsonNode node) {

    public StixObject {
        node = node.deepCopy();
    }

    /**
     * Reads the indexed properties of an object that passed {@link StixValidator} without errors.
     *
     * @throws IllegalArgumentException when the object lacks a type or id (validate first)
     */
    public static StixObject of(JsonNode node) {
        String type = StixValidator.text(node, "type").orElseThrow(() -> new IllegalArgumentException("object has no type"));
        String id = StixValidator.text(node, "id").orElseThrow(() -> new IllegalArgumentException("object has no id"));
        return new StixObject(id, type, StixValidator.text(node, "spec_version").orElse("2.1"),
                StixValidator.text(node, "created").flatMap(StixTimestamp::parse),
                StixValidator.text(node, "modified").flatMap(StixTimestamp::parse), node);
    }

    /** The version: modified, else created (marking-definitions), else none (SCOs are not versioned). */
    public Optional<StixTimestamp> version() {
        return modified.or(() -> created);
    }

    /** The store's version key: {@link StixTimestamp#sortKey()} of the version, or "" for an unversioned object. */
    public String versionKey() {
        return version().map(StixTimestamp::sortKey).orElse("");
    }

    public boolean revoked() {
        JsonNode r = node.get("revoked");
        return r != null && r.isBoolean() && r.asBoolean();
    }

    public String json() {
        return StixJson.compact(node);
    }

    /** The canonical (RFC 8785) JSON: equal for two objects that mean the same. */
    public String canonical() {
        return StixJson.canonical(node);
    }

    /** A short human title: name, value, relationship summary or pattern, else the id. */
    public String title() {
        for (String p : List.of("name", "value", "path", "key", "pattern")) {
            Optional<String> t = StixValidator.text(node, p);
            if (t.isPresent() && !t.get().isBlank()) {
                return StixValidator.cut(t.get().strip());
            }
        }
        if (type.equals("relationship")) {
            return StixValidator.text(node, "source_ref").orElse("?") + " " + StixValidator.text(node, "relationship_type").orElse("?")
                    + " " + StixValidator.text(node, "target_ref").orElse("?");
        }
        if (type.equals("sighting")) {
            return "sighting of " + StixValidator.text(node, "sighting_of_ref").orElse("?");
        }
        return id;
    }

    /** Every identifier this object refers to: *_ref, *_refs and granular marking refs, at its top level. */
    public List<String> references() {
        java.util.LinkedHashSet<String> refs = new java.util.LinkedHashSet<>();
        for (var e : node.properties()) {
            if (e.getKey().endsWith("_ref") && e.getValue().isString()) {
                refs.add(e.getValue().asString());
            } else if (e.getKey().endsWith("_refs") && e.getValue().isArray()) {
                e.getValue().forEach(r -> {
                    if (r.isString()) {
                        refs.add(r.asString());
                    }
                });
            }
        }
        node.path("granular_markings").forEach(g -> StixValidator.text(g, "marking_ref").ifPresent(refs::add));
        return List.copyOf(refs);
    }
}

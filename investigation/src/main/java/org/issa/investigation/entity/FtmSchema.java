package org.issa.investigation.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One schema of the store's FollowTheMoney-compatible model.
 *
 * @param name       the FtM schema name, e.g. {@code Ownership}
 * @param extendsAll the schemata it inherits from, nearest first ({@code Company} → LegalEntity, Organization, Asset, Thing)
 * @param edge       for link schemata: which properties hold the two ends, and how the link reads
 * @param references entity-typed properties of a node schema that link it to another entity (a
 *                   BankAccount's {@code bank}), each read "this entity {verb} the referenced one"
 * @param custom     whether ISSA added it (FtM has no such schema): {@code Phone}, {@code Email},
 *                   {@code Flight}, {@code CoTravel}, {@code Communication}
 */
public record FtmSchema(String name, List<String> extendsAll, Optional<Edge> edge, List<Reference> references, boolean custom) {

    /** How a link schema becomes an edge: {@code source} and {@code target} name properties holding entity ids. */
    public record Edge(String source, String target, boolean directed, String verb, Optional<String> weight) {
    }

    /** An entity-typed property of a node schema and the verb that reads it. */
    public record Reference(String property, String verb) {
    }

    public FtmSchema {
        extendsAll = List.copyOf(extendsAll);
        references = List.copyOf(references);
    }

    public boolean isEdge() {
        return edge.isPresent();
    }

    /** Whether this schema is {@code other} or inherits from it. */
    public boolean is(String other) {
        return name.equals(other) || extendsAll.contains(other);
    }

    /** The properties whose values are entity ids (edge ends and references). */
    public Set<String> entityProperties() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        edge.ifPresent(e -> {
            out.add(e.source());
            out.add(e.target());
        });
        references.forEach(r -> out.add(r.property()));
        return out;
    }
}

package org.issa.investigation.entity;

import java.util.List;

/**
 * An entity with the statements the reader may see: its own and, when others were merged into
 * it, theirs, each with its own dataset, source and marking.
 *
 * @param entity     the canonical entity
 * @param members    the entities merged into it (empty unless merged), the reader's visible ones
 * @param statements every visible statement of the entity and its members
 */
public record EntityRecord(StoredEntity entity, List<StoredEntity> members, List<Statement> statements) {

    public EntityRecord {
        members = List.copyOf(members);
        statements = List.copyOf(statements);
    }

    public List<String> values(String property) {
        return statements.stream().filter(s -> s.property().equals(property)).map(Statement::value).distinct().toList();
    }
}

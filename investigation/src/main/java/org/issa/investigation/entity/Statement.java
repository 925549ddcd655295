package org.issa.investigation.entity;

import java.time.Instant;
import org.issa.core.marking.Marking;

/**
 * One property value of one entity, as FollowTheMoney's statement model keeps it, with the
 * marking a reader needs to see it and where it came from.
 *
 * @param id        content hash of entity, property and value (so that publishing again adds nothing)
 * @param entityId  the stored entity ({@code dataset:id}) the value belongs to
 * @param schema    that entity's schema
 * @param property  the FtM property name
 * @param value     the value as published
 * @param dataset   the dataset that published it
 * @param source    the record within the dataset it was read from
 * @param firstSeen when the source recorded it
 * @param marking   what reading this value requires
 */
public record Statement(String id, String entityId, String schema, String property, String value, String dataset,
                        String source, Instant firstSeen, Marking marking) {
}

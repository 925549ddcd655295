package org.issa.investigation.entity;

import java.time.Instant;
import org.issa.core.marking.Marking;

/**
 * An entity as the store keeps it: one dataset's record of a person, company, account or link.
 *
 * @param id          {@code dataset:sourceId}, the store's key
 * @param dataset     the dataset that published it
 * @param sourceId    its id within that dataset
 * @param schema      the FtM schema name
 * @param caption     a display name (its name, number or label)
 * @param canonicalId its own id, or the id of the entity an analyst merged it into
 * @param source      the record it was read from
 * @param recordedAt  when the source recorded it
 * @param marking     what a reader needs to know this entity exists
 */
public record StoredEntity(String id, String dataset, String sourceId, String schema, String caption, String canonicalId,
                           String source, Instant recordedAt, Marking marking) {

    /** The store key of an entity published by a dataset under an id. */
    public static String key(String dataset, String sourceId) {
        return dataset + ":" + sourceId;
    }

    public boolean isMerged() {
        return !canonicalId.equals(id);
    }

    /** Whether reading it is a read of personal data (a person, or marked so), which needs a purpose and is audited. */
    public boolean isPersonalData() {
        return marking.isPersonalData() || FtmModel.find(schema).map(s -> s.is("Person")).orElse(false);
    }
}

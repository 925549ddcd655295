package org.issa.core.entity;

import java.util.Collection;
import java.util.List;

/**
 * The port through which a domain module hands its entities to the entity store of the
 * investigation module. Implemented and wired by the application; publishers never see the store.
 *
 * <p>Publishing is idempotent on (dataset, id): publishing an entity again replaces the statements
 * that dataset made about it. A module whose own retention rules delete or depersonalise a record
 * withdraws what it published, so that the store does not keep it longer than its source may.
 */
public interface EntityPort {

    /** Stores or replaces the given entities, in one transaction. */
    void publish(List<Entity> entities);

    /** Removes what the dataset published under these ids; unknown ids are ignored. */
    void withdraw(String dataset, Collection<String> ids);
}

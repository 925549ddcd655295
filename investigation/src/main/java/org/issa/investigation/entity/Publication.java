package org.issa.investigation.entity;

import java.util.Map;
import org.issa.core.entity.Entity;
import org.issa.core.marking.Marking;

/**
 * An entity to store, with the properties whose values need a marking other than the entity's
 * (a passport number released to fewer readers than the person's name, say).
 *
 * @param entity          the entity as its dataset publishes it
 * @param propertyMarking property name → the marking of its values; properties not named carry the entity's marking
 */
public record Publication(Entity entity, Map<String, Marking> propertyMarking) {

    public Publication {
        propertyMarking = Map.copyOf(propertyMarking);
    }

    public static Publication of(Entity entity) {
        return new Publication(entity, Map.of());
    }

    public Marking markingOf(String property) {
        return propertyMarking.getOrDefault(property, entity.marking());
    }
}

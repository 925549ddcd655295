package org.issa.finance.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * An asset the office traces, freezes, confiscates, manages and disposes of: its kind and identifier, the offence,
 * its stage, the investigation case (the investigation module's case id) and the persons (entity-store ids).
 */
public record Asset(String id, String reference, AssetKind kind, String description, String identifier, OffenceType offence,
                    AssetStage stage, Optional<String> caseId, List<LinkedPerson> persons, LocalDate identifiedOn, Instant createdAt,
                    String createdBy, Marking marking) {

    /** A person linked to the asset: the entity-store id and their role (owner, convicted person, third party…). */
    public record LinkedPerson(String entityId, String role) {
    }

    public Asset {
        persons = List.copyOf(persons);
    }

    public Asset at(AssetStage s) {
        return new Asset(id, reference, kind, description, identifier, offence, s, caseId, persons, identifiedOn, createdAt, createdBy, marking);
    }
}

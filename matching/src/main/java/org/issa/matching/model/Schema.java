package org.issa.matching.model;

import java.util.Locale;

/** What kind of thing a subject is, after the FollowTheMoney schemata the lists use. */
public enum Schema {
    PERSON, ORGANIZATION, COMPANY, LEGAL_ENTITY, VESSEL, AIRCRAFT;

    /** True for companies, organisations and unknown legal entities: names with legal forms. */
    public boolean isOrganisation() {
        return this == ORGANIZATION || this == COMPANY || this == LEGAL_ENTITY;
    }

    /**
     * Reads a FollowTheMoney schema name ({@code Person}, {@code Company}, {@code LegalEntity}, …)
     * or this enum's own names; anything else is refused.
     */
    public static Schema parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("schema is empty");
        }
        String t = text.trim().replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "person", "individual" -> PERSON;
            case "organization", "organisation" -> ORGANIZATION;
            case "company", "enterprise" -> COMPANY;
            case "legalentity", "entity" -> LEGAL_ENTITY;
            case "vessel" -> VESSEL;
            case "airplane", "aircraft" -> AIRCRAFT;
            default -> throw new IllegalArgumentException("unknown schema '" + text
                    + "' (expected Person, Organization, Company, LegalEntity, Vessel or Airplane)");
        };
    }

    /** The FollowTheMoney name of this schema. */
    public String ftmName() {
        return switch (this) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case COMPANY -> "Company";
            case LEGAL_ENTITY -> "LegalEntity";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
        };
    }

    /** Whether a query of this schema may be compared with an entry of the other. */
    public boolean comparableWith(Schema other) {
        if (this == other || this == LEGAL_ENTITY || other == LEGAL_ENTITY) {
            return true;
        }
        return isOrganisation() && other.isOrganisation();
    }
}

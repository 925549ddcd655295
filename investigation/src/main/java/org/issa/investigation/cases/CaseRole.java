package org.issa.investigation.cases;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/**
 * A member's role in one case. The LEAD manages membership and closes the case; MEMBERs (including
 * members seconded from another state to a joint team) write notes, tasks and attach entities;
 * OBSERVERs (for instance a Europol or Eurojust liaison, or a partner authority) read only.
 */
public enum CaseRole {
    LEAD("Lead"),
    MEMBER("Member"),
    OBSERVER("Observer");

    private final String label;

    CaseRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean writes() {
        return this != OBSERVER;
    }

    public static CaseRole parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be LEAD, MEMBER or OBSERVER");
        }
    }
}

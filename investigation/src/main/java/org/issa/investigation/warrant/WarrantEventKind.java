package org.issa.investigation.warrant;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** The procedural steps of a warrant that the register records and the time limits follow. */
public enum WarrantEventKind {
    /** The requested person is arrested in the executing state: the 60-day limit of Art. 17(3) starts. */
    ARRESTED("Arrested"),
    /** The person consents to surrender: the 10-day limit of Art. 17(2) applies from now. */
    CONSENTED("Consented to surrender"),
    /** The limit cannot be kept; the issuing authority is told with reasons: +30 days (Art. 17(4)). */
    EXTENDED("Time limit extended"),
    /** Eurojust informed that the limits cannot be observed (Art. 17(7)). */
    EUROJUST_INFORMED("Eurojust informed"),
    /** The final decision to execute the warrant: surrender within 10 days (Art. 23(2)). */
    SURRENDER_DECIDED("Surrender decided"),
    /** The final decision refusing execution, with its ground (Art. 3, 4, 4a; reasons per Art. 17(6)). */
    REFUSED("Execution refused"),
    /** Surrender prevented by circumstances beyond control; a new date agreed: surrender within 10 days of it (Art. 23(3)). */
    SURRENDER_DATE_AGREED("New surrender date agreed"),
    /** The person has been surrendered: the warrant is executed. */
    SURRENDERED("Surrendered (executed)"),
    /** The issuing authority withdrew the warrant. */
    WITHDRAWN("Withdrawn");

    private final String label;

    WarrantEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static WarrantEventKind parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + java.util.Arrays.toString(values()));
        }
    }
}

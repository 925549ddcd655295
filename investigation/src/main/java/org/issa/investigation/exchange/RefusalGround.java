package org.issa.investigation.exchange;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** The grounds on which Article 10 of Framework Decision 2006/960/JHA lets a requested authority withhold information. */
public enum RefusalGround {
    NATIONAL_SECURITY("Art. 10(1)(a): would harm essential national security interests"),
    JEOPARDISE_INVESTIGATION("Art. 10(1)(b): would jeopardise a current investigation, a criminal intelligence operation or the safety of individuals"),
    DISPROPORTIONATE("Art. 10(1)(c): clearly disproportionate or irrelevant for the purposes requested"),
    MINOR_OFFENCE("Art. 10(2): offence punishable by imprisonment of one year or less"),
    JUDICIAL_REFUSAL("Art. 10(3): the competent judicial authority did not authorise access");

    private final String label;

    RefusalGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RefusalGround parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of NATIONAL_SECURITY, JEOPARDISE_INVESTIGATION,"
                    + " DISPROPORTIONATE, MINOR_OFFENCE, JUDICIAL_REFUSAL");
        }
    }
}

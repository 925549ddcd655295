package org.issa.investigation.warrant;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** Grounds for non-execution of a European arrest warrant: mandatory (Art. 3), optional (Art. 4) and trials in absentia (Art. 4a). */
public enum WarrantRefusalGround {
    AMNESTY("Art. 3(1): amnesty in the executing state"),
    NE_BIS_IN_IDEM("Art. 3(2): finally judged in a Member State for the same acts"),
    MINOR("Art. 3(3): under the age of criminal responsibility in the executing state"),
    NO_DOUBLE_CRIMINALITY("Art. 4(1): the act is not an offence under the executing state's law"),
    PROSECUTION_PENDING("Art. 4(2): prosecuted in the executing state for the same act"),
    NOT_PROSECUTED_OR_JUDGED("Art. 4(3): decision not to prosecute, or final judgment, in the executing state"),
    STATUTE_BARRED("Art. 4(4): statute-barred under the executing state's law"),
    THIRD_STATE_JUDGMENT("Art. 4(5): finally judged in a third state for the same acts"),
    NATIONAL_OR_RESIDENT("Art. 4(6): national or resident who will serve the sentence in the executing state"),
    TERRITORIALITY("Art. 4(7): committed on the executing state's territory, or outside the issuing state's"),
    IN_ABSENTIA("Art. 4a: decision rendered in absentia without the guarantees required");

    private final String label;

    WarrantRefusalGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static WarrantRefusalGround parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + java.util.Arrays.toString(values()));
        }
    }
}

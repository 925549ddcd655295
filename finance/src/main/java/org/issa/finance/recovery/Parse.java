package org.issa.finance.recovery;

import java.util.Arrays;
import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** Reads an enum constant a user named, or a 400 naming the field and the choices. */
final class Parse {

    private Parse() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}

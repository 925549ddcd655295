package org.issa.core.error;

/** Checks of user input that name the field at fault. */
public final class Require {

    private Require() {
    }

    /** Non-blank text of at most {@code max} characters, stripped of surrounding white space. */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters (got " + t.length() + ")");
        }
        return t;
    }
}

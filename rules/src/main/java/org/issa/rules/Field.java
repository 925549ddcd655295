package org.issa.rules;

import java.util.regex.Pattern;

/**
 * One field of a rule model: a dotted name such as {@code booking.payment_form}, its type, what it
 * means in an analyst's words, an example value, and how rules may use it.
 *
 * @param name        qualified name, {@code group.field} in lower snake case
 * @param type        the CEL type
 * @param label       a short analyst-facing name ("Form of payment"), used in explanations
 * @param description what the field holds and where it comes from
 * @param example     an example value as CEL would write it
 * @param use         whether it targets, qualifies or is forbidden
 * @param forbiddenBecause for a forbidden field, the legal reason given to whoever tries to use it; else empty
 */
public record Field(String name, FieldType type, String label, String description, String example, FieldUse use,
                    String forbiddenBecause) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public Field {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("field name must be group.field in lower snake case: " + name);
        }
        if (type == null || use == null) {
            throw new IllegalArgumentException("field " + name + " needs a type and a use");
        }
        label = label == null ? name : label;
        description = description == null ? "" : description;
        example = example == null ? "" : example;
        forbiddenBecause = forbiddenBecause == null ? "" : forbiddenBecause;
        if (use == FieldUse.FORBIDDEN && forbiddenBecause.isBlank()) {
            throw new IllegalArgumentException("forbidden field " + name + " must say why");
        }
    }

    public static Field targeting(String name, FieldType type, String label, String description, String example) {
        return new Field(name, type, label, description, example, FieldUse.TARGETING, "");
    }

    public static Field qualifying(String name, FieldType type, String label, String description, String example) {
        return new Field(name, type, label, description, example, FieldUse.QUALIFYING, "");
    }

    public static Field forbidden(String name, FieldType type, String label, String because) {
        return new Field(name, type, label, "Not available to rules.", "", FieldUse.FORBIDDEN, because);
    }

    public boolean isForbidden() {
        return use == FieldUse.FORBIDDEN;
    }
}

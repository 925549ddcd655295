package org.issa.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.List;

/** The types a model field may have, with the CEL type each is declared as and the Java value it carries. */
public enum FieldType {
    BOOL("bool", SimpleType.BOOL),
    INT("int", SimpleType.INT),
    DOUBLE("double", SimpleType.DOUBLE),
    STRING("string", SimpleType.STRING),
    STRING_LIST("list(string)", ListType.create(SimpleType.STRING)),
    INT_LIST("list(int)", ListType.create(SimpleType.INT));

    private final String celName;
    private final CelType celType;

    FieldType(String celName, CelType celType) {
        this.celName = celName;
        this.celType = celType;
    }

    /** The type as CEL writes it, for documentation and error messages. */
    public String celName() {
        return celName;
    }

    CelType celType() {
        return celType;
    }

    /**
     * The value as the CEL runtime wants it (int as Long, double as Double, lists as immutable
     * lists of those), or an {@link IllegalArgumentException} naming the mismatch.
     */
    Object normalise(String field, Object value) {
        return switch (this) {
            case BOOL -> value instanceof Boolean b ? b : mismatch(field, value);
            case INT -> value instanceof Long || value instanceof Integer || value instanceof Short
                    ? Long.valueOf(((Number) value).longValue()) : mismatch(field, value);
            case DOUBLE -> value instanceof Number n ? Double.valueOf(n.doubleValue()) : mismatch(field, value);
            case STRING -> value instanceof String s ? s : mismatch(field, value);
            case STRING_LIST -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance)
                    ? List.copyOf(l) : mismatch(field, value);
            case INT_LIST -> value instanceof List<?> l && l.stream().allMatch(v -> v instanceof Long || v instanceof Integer)
                    ? l.stream().map(v -> Long.valueOf(((Number) v).longValue())).toList() : mismatch(field, value);
        };
    }

    private Object mismatch(String field, Object value) {
        throw new IllegalArgumentException("field " + field + " is " + celName + ", not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}

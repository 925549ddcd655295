package org.issa.rules;

import dev.cel.runtime.CelVariableResolver;
import java.util.Optional;

/**
 * The values of one subject (a passenger, an account…) for the fields of a {@link Model}. A field
 * without a value is missing, never null or a made-up default: a rule that needs it does not hit,
 * and says so. Forbidden fields can never be given a value.
 */
public final class Facts {

    private final Model model;
    private final Object[] values;
    private final CelVariableResolver resolver;

    private Facts(Model model, Object[] values) {
        this.model = model;
        this.values = values;
        this.resolver = name -> {
            int i = model.position(name);
            return i < 0 || values[i] == null ? Optional.empty() : Optional.of(values[i]);
        };
    }

    public Model model() {
        return model;
    }

    /** The value of a field, if it has one. */
    public Optional<Object> value(String field) {
        int i = model.position(field);
        return i < 0 ? Optional.empty() : Optional.ofNullable(values[i]);
    }

    CelVariableResolver resolver() {
        return resolver;
    }

    /** Builds facts field by field; values are checked against the field's type. */
    public static final class Builder {
        private final Model model;
        private final Object[] values;

        Builder(Model model) {
            this.model = model;
            this.values = new Object[model.fields().size()];
        }

        /** Sets a field's value; an absent Optional or null leaves the field missing. */
        public Builder put(String field, Object value) {
            int i = model.position(field);
            if (i < 0) {
                throw new IllegalArgumentException("model " + model.name() + " has no field " + field);
            }
            Field f = model.fields().get(i);
            if (f.isForbidden()) {
                throw new IllegalArgumentException("field " + field + " is forbidden and never carries a value");
            }
            Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
            values[i] = v == null ? null : f.type().normalise(field, v);
            return this;
        }

        public Facts build() {
            return new Facts(model, values.clone());
        }
    }
}

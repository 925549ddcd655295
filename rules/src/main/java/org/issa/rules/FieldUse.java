package org.issa.rules;

/**
 * How a rule may use a field. The specificity test ({@link Specificity}) needs every alternative of
 * a rule to condition at least one {@link #TARGETING} field; {@link #FORBIDDEN} fields are refused
 * by the compiler and never carry a value.
 */
public enum FieldUse {
    /** Selects the object of a rule (in passenger criteria: the route, airports, flights). */
    TARGETING,
    /** Narrows a targeted population (payment, timing, baggage, history…). */
    QUALIFYING,
    /** Sensitive or prohibited: declared only so that the compiler can refuse it by name. */
    FORBIDDEN
}

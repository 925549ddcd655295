package org.issa.rules;

import java.util.List;
import java.util.Set;

/**
 * A condition that one alternative of a rule cannot do without, in a form an index can look up: the value of a
 * string field is one of {@code values}, or, for a list field, one of its elements is. Found by the compiler in
 * conditions such as {@code itinerary.destination == 'IST'}, {@code itinerary.origin in ['IST', 'SAW']},
 * {@code 'IST-BEY' in itinerary.segments} and {@code itinerary.airports.exists(a, a in ['IST', 'BEY'])}. A rule
 * can only hit facts that meet one requirement of one of its alternatives (see {@link RuleIndex}).
 *
 * @param field  the model field tested
 * @param values the strings that meet it (never empty)
 */
public record Requirement(String field, Set<String> values) {

    public Requirement {
        values = Set.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs at least one value");
        }
    }

    /** Whether a value of the field (a string, or a list of strings) meets the requirement; a missing value never does. */
    public boolean metBy(Object value) {
        if (value instanceof String s) {
            return values.contains(s);
        }
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s && values.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }
}

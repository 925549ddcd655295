package org.issa.rules;

import java.util.List;

/**
 * Why a rule hit, in an analyst's words: the conditions of the alternative that was met, each with
 * the values that made it true.
 *
 * @param hit        whether the rule hit
 * @param summary    one sentence, e.g. "All 3 conditions were met: Origin airport = IST; …"
 * @param conditions the conditions of the alternative that was met (empty for a no-hit)
 */
public record Explanation(boolean hit, String summary, List<Met> conditions) {

    public Explanation {
        conditions = List.copyOf(conditions);
    }

    /** A condition and the values it was true for. */
    public record Met(String condition, List<Value> values) {
        public Met {
            values = List.copyOf(values);
        }
    }

    /** A field's value as shown to the analyst. */
    public record Value(String field, String label, String value) {
    }
}

package org.issa.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A set of rules indexed by their {@link Requirement}s, so that a subject's facts are evaluated only against the rules
 * that could hit them. A rule whose every alternative has a requirement on a usable field is filed under the values
 * of one requirement per alternative (the one with the fewest values); a rule with an alternative that has none is a
 * candidate for every subject. Since an alternative holds only when each of its conditions does, a rule that is not a
 * candidate cannot hit: the candidates' hits are exactly the hits of evaluating every rule. (A rule left out would
 * have been a no-hit or, when a required field is missing, undecided: callers that count undecided verdicts evaluate
 * every rule.) Immutable and thread-safe.
 *
 * @param <T> what the caller keeps per rule (its criterion, version…)
 */
public final class RuleIndex<T> {

    private final List<T> items;
    private final BitSet always = new BitSet();
    private final Map<String, Map<String, BitSet>> byField = new HashMap<>();

    /**
     * @param items  the rules, in the order candidates are given back
     * @param rule   the compiled rule of an item
     * @param usable the fields a requirement may be looked up on (those the facts given to {@link #candidates} carry)
     */
    public RuleIndex(List<T> items, Function<T, CompiledRule> rule, Predicate<String> usable) {
        this.items = List.copyOf(items);
        for (int i = 0; i < this.items.size(); i++) {
            List<Requirement> chosen = new ArrayList<>();
            for (List<Requirement> alternative : rule.apply(this.items.get(i)).requirements()) {
                Requirement best = null;
                for (Requirement r : alternative) {
                    if (usable.test(r.field()) && (best == null || r.values().size() < best.values().size())) {
                        best = r;
                    }
                }
                if (best == null) {
                    chosen = null;
                    break;
                }
                chosen.add(best);
            }
            if (chosen == null || chosen.isEmpty()) {
                always.set(i);
                continue;
            }
            for (Requirement r : chosen) {
                Map<String, BitSet> values = byField.computeIfAbsent(r.field(), f -> new HashMap<>());
                for (String v : r.values()) {
                    values.computeIfAbsent(v, x -> new BitSet()).set(i);
                }
            }
        }
    }

    /** The rules that could hit these facts, in the order given. */
    public List<T> candidates(Facts facts) {
        BitSet marks = (BitSet) always.clone();
        for (Map.Entry<String, Map<String, BitSet>> e : byField.entrySet()) {
            Object value = facts.value(e.getKey()).orElse(null);
            if (value instanceof String s) {
                mark(marks, e.getValue(), s);
            } else if (value instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof String s) {
                        mark(marks, e.getValue(), s);
                    }
                }
            }
        }
        if (marks.isEmpty()) {
            return Collections.emptyList();
        }
        List<T> out = new ArrayList<>(marks.cardinality());
        for (int i = marks.nextSetBit(0); i >= 0; i = marks.nextSetBit(i + 1)) {
            out.add(items.get(i));
        }
        return out;
    }

    private static void mark(BitSet marks, Map<String, BitSet> values, String value) {
        BitSet b = values.get(value);
        if (b != null) {
            marks.or(b);
        }
    }

    /** How many rules are evaluated for every subject (no usable requirement). */
    public int unindexed() {
        return always.cardinality();
    }

    public int size() {
        return items.size();
    }
}

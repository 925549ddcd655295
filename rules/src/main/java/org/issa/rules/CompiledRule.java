package org.issa.rules;

import dev.cel.runtime.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rule that passed the compiler: its program, built once and reused, and its conditions for
 * explanations. Evaluation never throws: missing data or a reached limit is a no-hit with a reason.
 * Thread-safe.
 */
public final class CompiledRule {

    private final String source;
    private final Model model;
    private final Program program;
    private final List<String> fields;
    private final List<List<Condition>> alternatives;
    private final List<List<Requirement>> requirements;

    CompiledRule(String source, Model model, Program program, List<String> fields, List<List<Condition>> alternatives,
                 List<List<Requirement>> requirements) {
        this.source = source;
        this.model = model;
        this.program = program;
        this.fields = fields;
        this.alternatives = alternatives.stream().map(List::copyOf).toList();
        this.requirements = requirements.stream().map(List::copyOf).toList();
    }

    public String source() {
        return source;
    }

    public Model model() {
        return model;
    }

    /** The model fields the rule reads, sorted. */
    public List<String> fields() {
        return fields;
    }

    /**
     * Per alternative (in the order of {@link #alternativeCount()}), the {@link Requirement}s found among its conditions:
     * what a {@link RuleIndex} files the rule under. An alternative with none is evaluated for every subject.
     */
    public List<List<Requirement>> requirements() {
        return requirements;
    }

    /** How many alternatives the rule has once its and/or are expanded. */
    public int alternativeCount() {
        return alternatives.size();
    }

    public Verdict evaluate(Facts facts) {
        if (facts.model() != model) {
            return Verdict.undecided("the facts are of model " + facts.model().name() + ", the rule of " + model.name());
        }
        Object result;
        try {
            result = program.eval(facts.resolver());
        } catch (Exception e) {
            return Verdict.undecided(reason(facts, e));
        }
        if (result instanceof Boolean b) {
            return b ? Verdict.ofHit() : Verdict.noHit();
        }
        // The runtime answers an unknown (not an exception) when a needed variable has no value.
        return Verdict.undecided(reason(facts, null));
    }

    /** Why the rule hit (or the reason it did not), naming the conditions met and the values that met them. */
    public Explanation explain(Facts facts) {
        Verdict v = evaluate(facts);
        if (!v.hit()) {
            return new Explanation(false, v.undecided() ? "No hit: " + v.reason() : "No hit: the conditions were not met.",
                    List.of());
        }
        Map<Program, Boolean> truth = new HashMap<>();
        for (List<Condition> alternative : alternatives) {
            boolean all = true;
            for (Condition c : alternative) {
                if (!holds(c, facts, truth)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return explanation(alternative, facts);
            }
        }
        // Unreachable for a rule that hit, since one alternative must hold; said plainly rather than hidden.
        return new Explanation(true, "Hit, but no single alternative could be shown as met.", List.of());
    }

    private Explanation explanation(List<Condition> alternative, Facts facts) {
        List<Explanation.Met> met = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Condition c : alternative) {
            List<Explanation.Value> values = new ArrayList<>();
            for (String f : c.fields()) {
                Field field = model.field(f).orElseThrow();
                String shown = facts.value(f).map(CompiledRule::show).orElse("(missing)");
                values.add(new Explanation.Value(f, field.label(), shown));
            }
            met.add(new Explanation.Met(c.text(), values));
            words.add((c.negated() ? "not (" : "") + values.stream().map(x -> x.label() + " = " + x.value())
                    .collect(Collectors.joining(", ")) + (c.negated() ? ")" : ""));
        }
        String summary = (alternative.size() == 1 ? "The condition was met: " : "All " + alternative.size()
                + " conditions were met: ") + String.join("; ", words) + ".";
        return new Explanation(true, summary, met);
    }

    private static boolean holds(Condition c, Facts facts, Map<Program, Boolean> truth) {
        Boolean atom = truth.computeIfAbsent(c.program(), p -> {
            try {
                Object r = p.eval(facts.resolver());
                return r instanceof Boolean b ? b : null;
            } catch (Exception e) {
                return null;
            }
        });
        return atom != null && atom != c.negated();
    }

    static String show(Object value) {
        if (value instanceof List<?> l) {
            return l.isEmpty() ? "(none)" : l.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return String.valueOf(value);
    }

    private String reason(Facts facts, Exception e) {
        List<String> missing = fields.stream().filter(f -> facts.value(f).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return "missing data: " + String.join(", ", missing.stream()
                    .map(f -> model.field(f).map(Field::label).orElse(f) + " (" + f + ")").toList());
        }
        if (e == null) {
            return "could not be evaluated";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "could not be evaluated: " + (m.length() > 200 ? m.substring(0, 200) + "…" : m);
    }

    @Override
    public String toString() {
        return "CompiledRule[" + source + "]";
    }
}

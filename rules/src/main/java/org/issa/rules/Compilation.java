package org.issa.rules;

import java.util.List;
import java.util.Optional;

/** What the compiler made of a source: a rule ready to evaluate, or the problems that refused it. */
public record Compilation(String source, Optional<CompiledRule> rule, List<RuleProblem> problems) {

    public Compilation {
        problems = List.copyOf(problems);
        if (rule.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a compilation has either a rule or problems");
        }
    }

    public boolean ok() {
        return rule.isPresent();
    }

    /** The rule, or a {@link RuleRejectedException} listing the problems. */
    public CompiledRule orThrow() {
        return rule.orElseThrow(() -> new RuleRejectedException(problems));
    }
}

package org.issa.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.issa.core.error.InvalidInputException;

/** A rule the compiler refused; an {@link InvalidInputException} on the field {@code expression}, with every problem. */
public class RuleRejectedException extends InvalidInputException {

    private final transient List<RuleProblem> problems;

    public RuleRejectedException(List<RuleProblem> problems) {
        super("expression", "the expression was refused: "
                + problems.stream().map(RuleProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

package org.issa.cyber.report;

import java.util.List;
import org.issa.core.error.InvalidInputException;

/** A report refused as submitted; carries every problem found, the first naming the field of the HTTP 400. */
public class ReportRejected extends InvalidInputException {

    private final transient List<FieldProblem> problems;

    public ReportRejected(List<FieldProblem> problems) {
        super(problems.getFirst().field(), String.join("; ", problems.stream().map(FieldProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package org.issa.cyber.report;

import java.util.List;

/**
 * One thing wrong with a submitted report: the field, a stable code that the forms translate
 * ({@code cyber.error.<code>} in the message bundles), an English message for the API, and the
 * values the translated message may quote.
 */
public record FieldProblem(String field, String code, String message, List<String> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public FieldProblem(String field, String code, String message) {
        this(field, code, message, List.of());
    }
}

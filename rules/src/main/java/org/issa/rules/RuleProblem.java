package org.issa.rules;

import java.util.Optional;

/**
 * Why the compiler refused a rule: a stable code, a message for the author, and where (1-based
 * line and column; 0 when the problem concerns the whole expression), and the field at fault when
 * there is one.
 *
 * <p>Codes: {@code empty}, {@code too-long}, {@code too-deep}, {@code too-large}, {@code syntax}
 * (parse or type error, including an unknown name), {@code forbidden-field}, {@code constant},
 * {@code not-specific}, {@code too-complex}.
 */
public record RuleProblem(String code, String message, int line, int column, Optional<String> field) {

    public RuleProblem {
        field = field == null ? Optional.empty() : field;
    }

    static RuleProblem whole(String code, String message) {
        return new RuleProblem(code, message, 0, 0, Optional.empty());
    }

    /** "line 1, column 12: …" or just the message when there is no position. */
    public String describe() {
        return line == 0 ? message : "line " + line + ", column " + column + ": " + message;
    }
}

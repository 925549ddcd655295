package org.issa.cyber.stix;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A structural check of a STIX pattern: observation expressions in square brackets, balanced
 * brackets and parentheses, closed string literals. It is not the STIX patterning grammar (not
 * built yet), so what it finds is reported as a warning.
 */
final class StixPatternShape {

    private StixPatternShape() {
    }

    static Optional<String> problem(String pattern) {
        String p = pattern.strip();
        if (!p.startsWith("[") && !p.startsWith("(")) {
            return Optional.of("a STIX pattern starts with '[' (an observation expression) or '('");
        }
        Deque<Character> open = new ArrayDeque<>();
        boolean inString = false;
        boolean sawObservation = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '\'' -> inString = true;
                case '[', '(' -> {
                    open.push(c);
                    sawObservation |= c == '[';
                }
                case ']', ')' -> {
                    char expected = c == ']' ? '[' : '(';
                    if (open.isEmpty() || open.pop() != expected) {
                        return Optional.of("unbalanced '" + c + "' at character " + (i + 1) + " of the pattern");
                    }
                }
                default -> { }
            }
        }
        if (inString) {
            return Optional.of("a string literal in the pattern is not closed");
        }
        if (!open.isEmpty()) {
            return Optional.of("'" + open.peek() + "' is not closed in the pattern");
        }
        if (!sawObservation) {
            return Optional.of("a STIX pattern needs at least one observation expression in square brackets");
        }
        return Optional.empty();
    }
}

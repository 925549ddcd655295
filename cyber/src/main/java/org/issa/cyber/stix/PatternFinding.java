package org.issa.cyber.stix;

/**
 * One finding of the STIX pattern checker.
 *
 * @param severity ERROR when the pattern does not conform to STIX patterning 2.1 or tests what STIX 2.1
 *                 does not define; WARNING for what the specification allows or leaves open (a custom
 *                 object type, an x_ property, a custom extension, a STIX 2.0 property, a suspect value)
 * @param position the 1-based character of the pattern where the problem is
 * @param problem  what was expected and what was found
 */
public record PatternFinding(Issue.Severity severity, int position, String problem) {

    public boolean isError() {
        return severity == Issue.Severity.ERROR;
    }

    /** E.g. {@code at character 17: expected a comparison operator, found 'foo'}. */
    public String message() {
        return "at character " + position + ": " + problem;
    }
}

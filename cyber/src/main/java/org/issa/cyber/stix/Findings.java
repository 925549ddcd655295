package org.issa.cyber.stix;

/** Where the checks of a STIX pattern put what they find: a severity, an index into the pattern, the problem. */
@FunctionalInterface
interface Findings {

    void add(Issue.Severity severity, int index, String problem);
}

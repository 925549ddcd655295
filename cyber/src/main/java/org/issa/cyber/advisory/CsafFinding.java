package org.issa.cyber.advisory;

/**
 * One failed CSAF 2.0 mandatory test: the test's section number, where in the document (a JSON Pointer, RFC 6901)
 * and what an analyst should fix.
 *
 * @param test the section of CSAF 2.0, e.g. {@code 6.1.7}
 * @param path the JSON Pointer of the faulty value, e.g. {@code /vulnerabilities/0/scores/1}
 */
public record CsafFinding(String test, String path, String message) {

    /** The form the publication flow reports: {@code "6.1.7: /vulnerabilities/0/scores/1: ..."}. */
    @Override
    public String toString() {
        return test + ": " + path + ": " + message;
    }
}

package org.issa.cyber.report;

/** Who reports: a private person, a business, a CERT or CSIRT, or someone else (RTIR's "Reporter Type", simplified). */
public enum ReporterType {
    CITIZEN, BUSINESS, CERT, OTHER;

    public static ReporterType parse(String s) {
        try {
            return valueOf(s == null ? "" : s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReportRejected(java.util.List.of(new FieldProblem("reporterType", "choice", "reporterType must be one of CITIZEN, BUSINESS, CERT, OTHER")));
        }
    }
}

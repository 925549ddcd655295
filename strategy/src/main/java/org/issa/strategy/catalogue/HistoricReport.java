package org.issa.strategy.catalogue;

import java.util.List;

/** An implementation report of the past (2011, 2013): its findings and the challenges it named. */
public record HistoricReport(int year, String reference, String title, List<Finding> findings, List<String> challenges) {

    public HistoricReport {
        findings = List.copyOf(findings);
        challenges = List.copyOf(challenges);
    }

    /** A finding, for one objective or (objectiveCode empty) for the strategy as a whole. */
    public record Finding(String objectiveCode, String text) {
    }
}

package org.issa.strategy.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.strategy.catalogue.Action;
import org.issa.strategy.catalogue.HistoricReport;
import org.issa.strategy.catalogue.Indicator;
import org.issa.strategy.catalogue.Objective;
import org.issa.strategy.progress.ObjectiveProgress;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.ProgressUpdate;

/**
 * The annual report on the implementation of the strategy, in the structure of the Commission's
 * 2011 and 2013 reports: progress per objective, indicators, and the challenges still open. It
 * holds only what its reader may see, and carries the highest marking of what it holds.
 */
public record AnnualReport(int year, String strategyTitle, String strategyReference, Instant generatedAt,
                           String generatedFor, String banner, List<Section> sections,
                           Optional<HistoricReport> history, List<String> openChallenges) {

    /** One strategic objective in the report. */
    public record Section(Objective objective, ObjectiveProgress progress, List<ActionLine> actions,
                          List<IndicatorLine> indicators, List<String> historicFindings) {
    }

    /** An action: where it stood at the end of the year and what was reported on it during the year. */
    public record ActionLine(Action action, ActionStatus status, boolean overdue, List<ProgressUpdate> updates) {
    }

    /**
     * An indicator's figure for the year: the sum of its values for counts and amounts, the last
     * value for percentages, days and numbers of states. Empty when nothing was recorded.
     */
    public record IndicatorLine(Indicator indicator, Optional<BigDecimal> figure, int values, String aggregation) {
    }
}

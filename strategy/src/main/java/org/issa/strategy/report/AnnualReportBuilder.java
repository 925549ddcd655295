package org.issa.strategy.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.strategy.StrategyMonitor;
import org.issa.strategy.catalogue.Action;
import org.issa.strategy.catalogue.Catalogue;
import org.issa.strategy.catalogue.HistoricReport;
import org.issa.strategy.catalogue.Indicator;
import org.issa.strategy.catalogue.Objective;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.IndicatorValue;
import org.issa.strategy.progress.ProgressUpdate;

/** Builds the annual report for a year from the live data the reader may see. */
public final class AnnualReportBuilder {

    /** Updates taken into one report at most; a year with more is summarised by the newest. */
    static final int MAX_UPDATES = 5000;

    private final StrategyMonitor monitor;

    public AnnualReportBuilder(StrategyMonitor monitor) {
        this.monitor = monitor;
    }

    public AnnualReport build(Principal reader, int year) {
        Catalogue c = monitor.catalogue();
        int thisYear = LocalDate.ofInstant(monitor.now(), ZoneOffset.UTC).getYear();
        if (year < c.periodFrom() || year > Math.max(c.periodTo(), thisYear)) {
            throw new InvalidInputException("year", "year must lie between " + c.periodFrom() + " and "
                    + Math.max(c.periodTo(), thisYear));
        }
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, ActionStatus> statuses = monitor.statusesBefore(end);
        List<ProgressUpdate> updates = monitor.updatesBetween(reader, start, end, MAX_UPDATES);
        Optional<HistoricReport> history = c.historyOf(year);

        List<Marking> seen = new ArrayList<>();
        updates.forEach(u -> seen.add(u.marking()));
        List<AnnualReport.Section> sections = new ArrayList<>();
        List<String> challenges = new ArrayList<>();
        for (Objective o : c.objectives()) {
            List<AnnualReport.ActionLine> lines = new ArrayList<>();
            for (Action a : c.measures(o)) {
                ActionStatus s = statuses.getOrDefault(a.code(), ActionStatus.PLANNED);
                boolean overdue = a.dueBy(year) && !s.closed();
                List<ProgressUpdate> own = updates.stream().filter(u -> u.actionCode().equals(a.code()))
                        .sorted(Comparator.comparing(ProgressUpdate::at)).toList();
                lines.add(new AnnualReport.ActionLine(a, s, overdue, own));
                if (overdue) {
                    challenges.add(a.code() + " " + a.title() + " — planned by " + a.periodTo() + ", "
                            + s.label().toLowerCase() + " at the end of " + year + ".");
                } else if (s == ActionStatus.DELAYED) {
                    challenges.add(a.code() + " " + a.title() + " — delayed.");
                }
            }
            List<IndicatorValue> values = monitor.values(reader, o.code(), Optional.of(start.atZone(ZoneOffset.UTC)
                    .toLocalDate()), Optional.of(end.atZone(ZoneOffset.UTC).toLocalDate()));
            values.forEach(v -> seen.add(v.marking()));
            List<AnnualReport.IndicatorLine> indicatorLines = new ArrayList<>();
            for (Indicator i : c.indicatorsOf(o)) {
                indicatorLines.add(line(i, values.stream().filter(v -> v.indicatorCode().equals(i.code())).toList()));
            }
            List<String> findings = history.map(h -> h.findings().stream()
                    .filter(f -> f.objectiveCode().equals(o.code())).map(HistoricReport.Finding::text).toList())
                    .orElse(List.of());
            sections.add(new AnnualReport.Section(o, monitor.progressOf(o, statuses), lines, indicatorLines, findings));
        }
        return new AnnualReport(year, c.title(), c.reference(), monitor.now(), reader.username(), banner(seen),
                sections, history, challenges);
    }

    static AnnualReport.IndicatorLine line(Indicator i, List<IndicatorValue> values) {
        boolean summed = i.unit().equals("count") || i.unit().equals("EUR");
        if (values.isEmpty()) {
            return new AnnualReport.IndicatorLine(i, Optional.empty(), 0, summed ? "total" : "latest");
        }
        BigDecimal figure = summed
                ? values.stream().map(IndicatorValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                : values.getLast().value();
        return new AnnualReport.IndicatorLine(i, Optional.of(figure), values.size(), summed ? "total" : "latest");
    }

    /** The report carries the highest classification and the most restrictive TLP of what it contains. */
    static String banner(List<Marking> seen) {
        if (seen.isEmpty()) {
            return "UNCLASSIFIED · TLP:GREEN";
        }
        String classification = seen.stream().map(Marking::classification).max(Comparator.naturalOrder()).orElseThrow()
                .label();
        String tlp = seen.stream().map(Marking::tlp).max(Comparator.naturalOrder()).orElseThrow().label();
        return classification + " · " + tlp;
    }
}

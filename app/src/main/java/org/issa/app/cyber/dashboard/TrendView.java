package org.issa.app.cyber.dashboard;

import java.util.List;
import java.util.Locale;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.issa.cyber.statistics.ReportTrends.Dimension;
import org.issa.cyber.statistics.ReportTrends.Trend;

/**
 * A {@link Trend} as JSON and for the page: each key with a label a person reads (RSIT names,
 * country names), periods with their first day and the day after their last. {@code from} is the
 * first day of the first period (the asked day, widened to a whole week or month); {@code to} the last day asked.
 *
 * @param by     rsit-class, rsit-type or country
 * @param bucket week or month
 * @param zone   the time zone periods are cut in (UTC)
 */
public record TrendView(String by, String bucket, String from, String to, boolean includeRejected, String zone,
                        List<PeriodView> periods, List<SeriesView> series, List<Long> totals, long total) {

    public record PeriodView(String label, String start, String end) {
    }

    public record SeriesView(String key, String label, List<Long> counts, long total) {
    }

    static TrendView of(Trend t, RsitTaxonomy taxonomy) {
        Dimension d = t.query().by();
        return new TrendView(d.name().toLowerCase(Locale.ROOT).replace('_', '-'), t.query().bucket().name().toLowerCase(Locale.ROOT),
                t.periods().getFirst().start().toString(), t.query().to().toString(), t.query().includeRejected(), "UTC",
                t.periods().stream().map(p -> new PeriodView(p.label(), p.start().toString(), p.end().toString())).toList(),
                t.series().stream().map(s -> new SeriesView(s.key(), label(d, s.key(), taxonomy), s.counts(), s.total())).toList(),
                t.totals(), t.total());
    }

    static String label(Dimension d, String key, RsitTaxonomy taxonomy) {
        if (key.isEmpty()) {
            return d == Dimension.COUNTRY ? "No country" : "Not yet classified";
        }
        return switch (d) {
            case COUNTRY -> {
                String name = Locale.of("", key).getDisplayCountry(Locale.ENGLISH);
                yield name.isEmpty() || name.equals(key) ? key : name + " (" + key + ")";
            }
            case RSIT_CLASS -> taxonomy.rsitClass(key).map(c -> c.expanded()).filter(x -> !x.isEmpty()).orElse(key);
            case RSIT_TYPE -> {
                String[] parts = key.split("/", 2);
                yield taxonomy.type(parts[0], parts.length > 1 ? parts[1] : "").map(x -> x.expanded()).filter(x -> !x.isEmpty())
                        .map(x -> x + " (" + key + ")").orElse(key);
            }
        };
    }
}

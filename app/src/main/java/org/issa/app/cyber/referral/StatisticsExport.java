package org.issa.app.cyber.referral;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.issa.cyber.referral.ReferralDesk;
import org.issa.cyber.referral.ReferralStatistics;

/** The referral statistics as CSV: one row per provider and per category, then the total. */
final class StatisticsExport {

    private StatisticsExport() {
    }

    static String csv(ReferralDesk.Statistics s) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("group", "key", "label", "total", "sent", "open",
                "taken_down", "refused", "no_response", "median_hours_to_removal", "p90_hours_to_removal", "refusal_rate").get())) {
            rows(p, "provider", s.byProvider());
            rows(p, "category", s.byCategory());
            rows(p, "all", List.of(s.overall()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter p, String group, List<ReferralStatistics.Row> rows) throws IOException {
        for (ReferralStatistics.Row r : rows) {
            p.printRecord(group, r.key(), r.label(), r.total(), r.sent(), r.open(), r.takenDown(), r.refused(), r.noResponse(),
                    r.medianHours().map(StatisticsExport::number).orElse(""), r.p90Hours().map(StatisticsExport::number).orElse(""),
                    r.refusalRate().map(StatisticsExport::number).orElse(""));
        }
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}

package org.issa.app.passenger.dpo;

import org.issa.app.web.Csv;
import org.issa.passenger.oversight.Article20Statistics;

/**
 * The Article 20 statistics as one CSV file: one section per table, each row labelled by its
 * table, so that a spreadsheet can filter them; counts only.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String of(Article20Statistics.Statistics s) {
        StringBuilder b = new StringBuilder("table,month,label,bookings,passengers_assessed,list_hits,criterion_hits,"
                + "passengers_with_hits,passengers_referred,referrals,count\r\n");
        for (var c : s.carriers()) {
            b.append("carrier,").append(c.month()).append(',').append(Csv.cell(c.carrier())).append(',').append(c.bookings()).append(',')
                    .append(c.passengersAssessed()).append(',').append(c.listHits()).append(',').append(c.criterionHits()).append(',')
                    .append(c.passengersWithHits()).append(',').append(c.passengersReferred()).append(',').append(c.referrals())
                    .append(",\r\n");
        }
        for (var a : s.authorities()) {
            b.append("authority,").append(a.month()).append(',').append(Csv.cell(a.authorityCode() + " " + a.authorityName()))
                    .append(",,,,,,,").append(a.referrals()).append(",\r\n");
        }
        for (var e : s.exchanges()) {
            b.append(Csv.cell(e.kind())).append(',').append(e.month()).append(',').append(Csv.cell(e.label())).append(",,,,,,,,")
                    .append(e.count()).append("\r\n");
        }
        return b.toString();
    }
}

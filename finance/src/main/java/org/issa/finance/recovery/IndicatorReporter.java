package org.issa.finance.recovery;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.core.indicator.IndicatorFeed;
import org.issa.core.sql.Sql;
import org.issa.finance.freezing.FreezingRegister;

/**
 * Reports the asset-recovery figures to the strategy monitor through its {@link IndicatorFeed}: the value of
 * confiscation orders ({@value #CONFISCATED}) and of freezing orders ({@value #FROZEN}) per year, dated the year's
 * last day (today for the running year), and the funds frozen today under terrorism regimes ({@value #TERRORIST}).
 * The monitor's indicators are in euro, so only EUR amounts are summed. A figure is sent again only when it changed
 * since it was last sent for that day, so a scheduled run and on-demand runs can follow each other freely.
 */
public final class IndicatorReporter {

    public static final String CONFISCATED = "O1.A3.1-I1";
    public static final String FROZEN = "O1.A3.1-I2";
    public static final String TERRORIST = "O2.A2.1-I1";
    public static final String SOURCE = "finance";
    private static final int FIRST_YEAR = 2010;

    private final RecoveryIndicators indicators;
    private final FreezingRegister freezing;
    private final IndicatorFeed feed;
    private final Sql sql;
    private final Clock clock;

    public IndicatorReporter(RecoveryIndicators indicators, FreezingRegister freezing, IndicatorFeed feed, Sql sql, Clock clock) {
        this.indicators = indicators;
        this.freezing = freezing;
        this.feed = feed;
        this.sql = sql;
        this.clock = clock;
    }

    /** One figure: the indicator, its day and value, and whether it was sent in this run (false: unchanged since last sent). */
    public record Figure(String indicatorCode, LocalDate date, BigDecimal value, boolean sent) {
    }

    public synchronized List<Figure> report() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Figure> out = new ArrayList<>();
        List<RecoveryIndicators.Row> rows = indicators.compute(Optional.empty());
        for (RecoveryIndicators.Row r : rows) {
            if (r.offence().isPresent() || r.year() < FIRST_YEAR || r.year() > today.getYear()) {
                continue;
            }
            LocalDate day = r.year() == today.getYear() ? today : LocalDate.of(r.year(), 12, 31);
            out.add(send(CONFISCATED, day, r.confiscationValue().getOrDefault("EUR", BigDecimal.ZERO)));
            out.add(send(FROZEN, day, r.freezingValue().getOrDefault("EUR", BigDecimal.ZERO)));
        }
        out.add(send(TERRORIST, today, freezing.terroristFundsFrozen(today).getOrDefault("EUR", BigDecimal.ZERO)));
        return out;
    }

    private Figure send(String code, LocalDate day, BigDecimal value) {
        BigDecimal v = value.setScale(2, java.math.RoundingMode.HALF_EVEN);
        Optional<BigDecimal> last = sql.queryOne("SELECT reported_value FROM fin_indicator_report WHERE indicator_code = ? AND ref_date = ?",
                rs -> rs.getBigDecimal(1), code, Date.valueOf(day));
        if (last.isPresent() && last.get().compareTo(v) == 0) {
            return new Figure(code, day, v, false);
        }
        feed.report(code, day, v, SOURCE);
        sql.update("DELETE FROM fin_indicator_report WHERE indicator_code = ? AND ref_date = ?", code, Date.valueOf(day));
        sql.update("INSERT INTO fin_indicator_report (indicator_code, ref_date, reported_value, reported_at) VALUES (?, ?, ?, ?)", code,
                Date.valueOf(day), v, clock.instant());
        return new Figure(code, day, v, true);
    }
}

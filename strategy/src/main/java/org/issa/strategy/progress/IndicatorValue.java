package org.issa.strategy.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.issa.core.marking.Marking;

/**
 * A value of an indicator on a day: entered by hand ({@code source} "manual") or reported by a
 * module through the indicator feed ({@code source} its name).
 */
public record IndicatorValue(String id, String indicatorCode, LocalDate date, BigDecimal value, String source,
                             String author, Instant recordedAt, Marking marking) {
}

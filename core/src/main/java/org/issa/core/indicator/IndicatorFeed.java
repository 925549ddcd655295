package org.issa.core.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where operational modules report the figures that measure the strategy's implementation (PNR
 * hits reviewed, assets confiscated, incidents reported). Implemented by the strategy monitor and
 * wired by the application; reporters never see the monitor itself.
 */
public interface IndicatorFeed {

    /**
     * Records a measured value for an indicator of the catalogue.
     *
     * @param indicatorCode the catalogue's indicator code, e.g. {@code O1.A1.1-I1}
     * @param date          the day the value refers to
     * @param value         the figure, in the indicator's unit
     * @param source        who measured it: a module name such as {@code passenger}
     * @throws org.issa.core.error.InvalidInputException when the code is not in the catalogue
     */
    void report(String indicatorCode, LocalDate date, BigDecimal value, String source);
}

package org.issa.app.finance.recovery;

import java.util.List;
import org.issa.finance.recovery.IndicatorReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reports the asset-recovery indicators to the strategy monitor on the application's scheduler: ten minutes after
 * start-up, then every six hours ({@code issa.finance.indicators.report-every}); only changed figures are sent.
 */
public final class IndicatorJob {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorJob.class);

    private final IndicatorReporter reporter;

    public IndicatorJob(IndicatorReporter reporter) {
        this.reporter = reporter;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "${issa.finance.indicators.report-every:PT6H}")
    public void run() {
        try {
            List<IndicatorReporter.Figure> figures = reporter.report();
            long sent = figures.stream().filter(IndicatorReporter.Figure::sent).count();
            if (sent > 0) {
                LOG.info("asset-recovery indicators: {} figures sent to the strategy monitor", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("asset-recovery indicators not reported: {}", e.getMessage());
        }
    }
}

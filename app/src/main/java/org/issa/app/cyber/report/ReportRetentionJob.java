package org.issa.app.cyber.report;

import org.issa.cyber.report.ReportRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs report retention an hour after start-up and then daily, on the application's scheduler; each
 * erasure is audited by the domain, and a run that finds nothing due changes and records nothing.
 */
public final class ReportRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRetentionJob.class);

    private final ReportRetention retention;

    public ReportRetentionJob(ReportRetention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "P1D")
    public void run() {
        int n = retention.run();
        if (n > 0) {
            LOG.info("report retention erased {} reports ({})", n, retention.policy().describe());
        }
    }
}

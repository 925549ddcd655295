package org.issa.app.cyber.report;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.issa.cyber.report.ReportRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs report retention an hour after start-up and then daily; each erasure is audited by the domain. */
public final class ReportRetentionJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRetentionJob.class);

    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("report-retention").factory());

    public ReportRetentionJob(ReportRetention retention) {
        schedule.scheduleAtFixedRate(() -> {
            try {
                int n = retention.run();
                if (n > 0) {
                    LOG.info("report retention erased {} reports ({})", n, retention.policy().describe());
                }
            } catch (RuntimeException e) {
                LOG.error("report retention failed; it runs again in a day", e);
            }
        }, 1, 24, TimeUnit.HOURS);
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}

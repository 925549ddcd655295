package org.issa.app.passenger;

import org.issa.passenger.retention.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the PIU retention policy ten minutes after start-up and then hourly; the domain audits each message it masks
 * or deletes, and a run with nothing due changes and records nothing.
 */
public final class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    public void run() {
        Retention.Outcome o = retention.run();
        if (!o.nothing()) {
            LOG.info("passenger retention: {} messages depersonalised, {} deleted ({} held for a case); {}", o.messagesDepersonalised(),
                    o.messagesDeleted(), o.heldBack(), retention.policy().describe());
        }
    }
}

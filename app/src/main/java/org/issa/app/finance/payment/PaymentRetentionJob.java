package org.issa.app.finance.payment;

import java.util.List;
import org.issa.finance.payment.retention.PaymentDeletion;
import org.issa.finance.payment.retention.PaymentRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs payment retention fifteen minutes after start-up and then every six hours, on the application's clock; the
 * domain logs and audits each import's deletion, and a run with nothing due changes and records nothing.
 */
public final class PaymentRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentRetentionJob.class);

    private final PaymentRetention retention;

    public PaymentRetentionJob(PaymentRetention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "PT15M", fixedDelayString = "PT6H")
    public void run() {
        List<PaymentDeletion> done = retention.run();
        if (!done.isEmpty()) {
            LOG.info("payment retention: {} payments deleted from {} imports; {}", done.stream().mapToLong(PaymentDeletion::deleted).sum(),
                    done.size(), retention.policy());
        }
    }
}

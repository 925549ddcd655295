package org.issa.app.finance.payment;

import java.time.Clock;
import java.util.Optional;
import org.issa.core.audit.AuditLog;
import org.issa.core.entity.EntityPort;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.payment.retention.PaymentRetention;
import org.issa.finance.payment.search.PaymentSearches;
import org.issa.finance.payment.store.PaymentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Wires the payment store, which is also the node's {@link org.issa.finance.payment.PaymentLedger} (the payments the
 * follow-the-money engine reads), the imports and their hand-off to the entity store, targeted searches and retention
 * with its daily job; at start-up, discards what an interrupted import left behind.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentsConfig {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentsConfig.class);

    @Bean
    PaymentStore paymentStore(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new PaymentStore(sql, audit, tx, clock);
    }

    @Bean
    PaymentPublication paymentPublication(ObjectProvider<EntityPort> port, PaymentStore store, PaymentSettings settings) {
        return new PaymentPublication(Optional.ofNullable(port.getIfAvailable()), store, settings.publishLimit());
    }

    @Bean
    PaymentImports paymentImports(PaymentStore store, PaymentPublication publication, PaymentParties parties,
                                  org.issa.app.screening.Rescreening screening) {
        // the parties of each new import are screened against every list at once, in the background
        return new PaymentImports(store, publication, batch -> screening.screenIntake(PaymentParties.RECORD_TYPE, "payment-import-" + batch,
                "payment import " + batch, () -> parties.recordsOfBatch(batch)));
    }

    /** The parties of stored payments, re-screened when a watch list changes. */
    @Bean
    PaymentParties paymentParties(PaymentStore store) {
        return new PaymentParties(store);
    }

    @Bean
    PaymentSearches paymentSearches(PaymentStore store, AuditLog audit, Transactions tx, Clock clock, PaymentSettings settings) {
        return new PaymentSearches(store, audit, tx, clock, settings.reviewSampleRate());
    }

    @Bean
    PaymentRetention paymentRetention(Sql sql, AuditLog audit, Transactions tx, Clock clock, PaymentSettings settings, PaymentStore store,
                                      PaymentPublication publication) {
        return new PaymentRetention(sql, audit, tx, clock, settings.retention(), store, publication::withdraw);
    }

    @Bean
    PaymentRetentionJob paymentRetentionJob(PaymentRetention retention) {
        return new PaymentRetentionJob(retention);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner paymentStoreRecovery(PaymentStore store) {
        return args -> {
            int discarded = store.recover();
            if (discarded > 0) {
                LOG.warn("payment store: {} interrupted imports discarded (kept as FAILED)", discarded);
            }
        };
    }
}

package org.issa.app.cyber.outbox;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the one outbox shared by reports, advisories and referrals, and its retention job. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfig {

    @Bean
    Outbox outbox(Sql sql) {
        return new Outbox(sql);
    }

    @Bean
    OutboxDesk outboxDesk(Outbox outbox, AuditLog audit, Transactions tx, Clock clock) {
        return new OutboxDesk(outbox, audit, tx, clock);
    }

    @Bean
    OutboxRetention outboxRetention(OutboxDesk desk) {
        return new OutboxRetention(desk);
    }

    /** Deletes queued messages past their retention every hour (and shortly after start); audited by the desk. */
    public static final class OutboxRetention {
        private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);
        private final OutboxDesk desk;

        OutboxRetention(OutboxDesk desk) {
            this.desk = desk;
        }

        @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
        public void purge() {
            int n = desk.purge();
            if (n > 0) {
                LOG.info("outbox retention deleted {} queued messages", n);
            }
        }
    }
}

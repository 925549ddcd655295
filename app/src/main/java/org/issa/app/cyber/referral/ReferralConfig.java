package org.issa.app.cyber.referral;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.referral.ReferralDesk;
import org.issa.cyber.referral.ReferralStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the referral desk; its notices go to the same outbox as the advisories' messages. */
@Configuration(proxyBeanMethods = false)
public class ReferralConfig {

    @Bean
    ReferralDesk referralDesk(Sql sql, Outbox outbox, AuditLog audit, Transactions tx, Clock clock) {
        return new ReferralDesk(new ReferralStore(sql), outbox, audit, tx, clock);
    }
}

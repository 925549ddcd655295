package org.issa.app.finance.freezing;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.freezing.FreezingRegister;
import org.issa.finance.freezing.FreezingStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the freezing register. */
@Configuration(proxyBeanMethods = false)
public class FreezingConfig {

    @Bean
    FreezingRegister freezingRegister(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new FreezingRegister(new FreezingStore(sql), audit, tx, clock);
    }
}

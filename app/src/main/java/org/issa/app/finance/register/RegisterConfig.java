package org.issa.app.finance.register;

import java.time.Clock;
import java.util.Optional;
import org.issa.core.audit.AuditLog;
import org.issa.core.entity.EntityPort;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.register.BankRegister;
import org.issa.finance.register.RegisterEntities;
import org.issa.finance.register.RegisterScreening;
import org.issa.finance.register.RegisterSearch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the bank account register: the store (publishing to the entity store when the node runs one), the
 * authorities' search, and the holders and beneficial owners offered to re-screening as a {@code ScreenedRecords} bean.
 */
@Configuration(proxyBeanMethods = false)
public class RegisterConfig {

    @Bean
    BankRegister bankRegister(Sql sql, AuditLog audit, Transactions tx, Clock clock, ObjectProvider<EntityPort> port) {
        return new BankRegister(sql, audit, tx, clock, new RegisterEntities(Optional.ofNullable(port.getIfAvailable())));
    }

    @Bean
    RegisterSearch registerSearch(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new RegisterSearch(sql, audit, tx, clock);
    }

    @Bean
    RegisterLoads registerLoads(BankRegister register, RegisterScreening holders, org.issa.app.screening.Rescreening screening) {
        return new RegisterLoads(register, holders, screening);
    }

    /** Re-screened by {@code org.issa.app.screening.Rescreening} whenever a watch list changes. */
    @Bean
    RegisterScreening registerScreening(Sql sql) {
        return new RegisterScreening(sql);
    }
}

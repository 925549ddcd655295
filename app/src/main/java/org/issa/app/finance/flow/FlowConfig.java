package org.issa.app.finance.flow;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.alert.TypologyAlerts;
import org.issa.finance.payment.PaymentLedger;
import org.issa.finance.alert.TypologyConfigs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the follow-the-money engine over the node's payment ledger, and the typology alerts. */
@Configuration(proxyBeanMethods = false)
public class FlowConfig {

    @Bean
    TypologyAlerts typologyAlerts(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new TypologyAlerts(sql, audit, tx, clock);
    }

    @Bean
    TypologyConfigs typologyConfigs(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new TypologyConfigs(sql, audit, tx, clock);
    }

    @Bean
    MoneyFlows moneyFlows(PaymentLedger ledger, Sql sql, TypologyAlerts alerts, AuditLog audit, TypologyConfigs configs) {
        // the distinct markings of the stored imports: readers who may read the same ones share a payment graph
        return new MoneyFlows(ledger, () -> sql.query("SELECT DISTINCT " + MarkingFilter.COLUMNS
                + " FROM fin_payment_batch WHERE status = 'STORED'", MarkingFilter::read), alerts, audit, configs::current);
    }
}

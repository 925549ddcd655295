package org.issa.app.investigation.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.issa.app.investigation.deadline.DeadlineWatchJob;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.cases.CaseStore;
import org.issa.investigation.deadline.AlertStore;
import org.issa.investigation.deadline.DeadlineWatch;
import org.issa.investigation.deadline.WarningPolicy;
import org.issa.investigation.exchange.ExchangeDeadlines;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.exchange.ExchangeStore;
import org.issa.investigation.warrant.WarrantDeadlineSource;
import org.issa.investigation.warrant.WarrantRegister;
import org.issa.investigation.warrant.WarrantStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the case workspace, the exchange request and arrest warrant registers, and the deadline watch.
 * The watch's lead times are configuration: {@code issa.investigation.deadlines.short-lead} (limits of a
 * day or less, default 2 hours) and {@code issa.investigation.deadlines.long-lead} (default 2 days).
 */
@Configuration(proxyBeanMethods = false)
public class CasesConfig {

    @Bean
    CaseDesk caseDesk(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new CaseDesk(new CaseStore(sql), audit, tx, clock);
    }

    @Bean
    ExchangeDesk exchangeDesk(Sql sql, CaseDesk cases, AuditLog audit, Transactions tx, Clock clock) {
        return new ExchangeDesk(new ExchangeStore(sql), cases, audit, tx, clock);
    }

    @Bean
    WarrantRegister warrantRegister(Sql sql, CaseDesk cases, AuditLog audit, Transactions tx, Clock clock) {
        return new WarrantRegister(new WarrantStore(sql), cases, audit, tx, clock);
    }

    @Bean
    AlertStore deadlineAlerts(Sql sql) {
        return new AlertStore(sql);
    }

    @Bean
    DeadlineWatch deadlineWatch(Sql sql, AlertStore alerts, AuditLog audit, Transactions tx, Clock clock,
                                @Value("${issa.investigation.deadlines.short-lead:PT2H}") Duration shortLead,
                                @Value("${issa.investigation.deadlines.long-lead:P2D}") Duration longLead) {
        return new DeadlineWatch(List.of(new ExchangeDeadlines(new ExchangeStore(sql)), new WarrantDeadlineSource(new WarrantStore(sql))),
                alerts, audit, tx, clock, new WarningPolicy(shortLead, longLead));
    }

    @Bean
    DeadlineWatchJob deadlineWatchJob(DeadlineWatch watch) {
        return new DeadlineWatchJob(watch);
    }
}

package org.issa.app.strategy;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.strategy.StrategyMonitor;
import org.issa.strategy.catalogue.CatalogueLoader;
import org.issa.strategy.progress.ProgressStore;
import org.issa.strategy.report.AnnualReportBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the monitor; it is also the {@link org.issa.core.indicator.IndicatorFeed} other modules report to. */
@Configuration(proxyBeanMethods = false)
public class StrategyConfig {

    @Bean
    StrategyMonitor strategyMonitor(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new StrategyMonitor(CatalogueLoader.builtIn(), new ProgressStore(sql), audit, tx, clock);
    }

    @Bean
    AnnualReportBuilder annualReportBuilder(StrategyMonitor monitor) {
        return new AnnualReportBuilder(monitor);
    }
}

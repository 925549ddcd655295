package org.issa.app.finance.recovery;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.indicator.IndicatorFeed;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.freezing.FreezingRegister;
import org.issa.finance.recovery.AssetRegister;
import org.issa.finance.recovery.AssetStore;
import org.issa.finance.recovery.IndicatorReporter;
import org.issa.finance.recovery.ReacquisitionCheck;
import org.issa.finance.recovery.RecoveryIndicators;
import org.issa.investigation.cases.CaseDesk;
import org.issa.matching.compare.SubjectScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the asset register, its reacquisition check over the investigation entity store, and the indicators. */
@Configuration(proxyBeanMethods = false)
public class RecoveryConfig {

    @Bean
    EntityCaseNetwork caseNetwork(Sql sql, CaseDesk cases) {
        return new EntityCaseNetwork(sql, cases);
    }

    @Bean
    AssetRegister assetRegister(Sql sql, EntityCaseNetwork network, AuditLog audit, Transactions tx, Clock clock) {
        ReacquisitionCheck check = new ReacquisitionCheck(network, new NameMatchedPersons(new SubjectScorer()), clock);
        return new AssetRegister(new AssetStore(sql), check, network, audit, tx, clock);
    }

    @Bean
    RecoveryIndicators recoveryIndicators(Sql sql) {
        return new RecoveryIndicators(sql);
    }

    @Bean
    IndicatorReporter recoveryIndicatorReporter(RecoveryIndicators indicators, FreezingRegister freezing, IndicatorFeed feed, Sql sql,
                                                Clock clock) {
        return new IndicatorReporter(indicators, freezing, feed, sql, clock);
    }

    @Bean
    IndicatorJob recoveryIndicatorJob(IndicatorReporter reporter) {
        return new IndicatorJob(reporter);
    }
}

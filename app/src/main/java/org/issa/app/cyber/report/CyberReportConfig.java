package org.issa.app.cyber.report;

import java.time.Clock;
import java.time.Duration;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.report.IntakePolicy;
import org.issa.cyber.report.ReportIntake;
import org.issa.cyber.report.ReportRetention;
import org.issa.cyber.report.ReportStore;
import org.issa.cyber.report.RetentionPolicy;
import org.issa.cyber.report.RuleBook;
import org.issa.cyber.report.RuleStore;
import org.issa.cyber.report.Triage;
import org.issa.cyber.report.incident.IncidentStore;
import org.issa.cyber.report.incident.Incidents;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires cybercrime reporting. Settings: {@code issa.cyber.reports.intake-agency} (the originator
 * of incoming reports), {@code retention-days} (after closure) and the public form's
 * {@code min-fill-seconds}; the form's rate limits are the section's {@link org.issa.app.cyber.PublicRateLimits}.
 */
@Configuration(proxyBeanMethods = false)
public class CyberReportConfig {

    @Bean
    ReportStore reportStore(Sql sql) {
        return new ReportStore(sql);
    }

    @Bean
    RuleStore ruleStore(Sql sql) {
        return new RuleStore(sql);
    }

    @Bean
    ReportIntake reportIntake(ReportStore store, RuleStore rules, AuditLog audit, Transactions tx, Clock clock,
                              @Value("${issa.cyber.reports.intake-agency:CYBER-INTAKE}") String agency) {
        return new ReportIntake(store, rules, audit, tx, clock, IntakePolicy.defaults(agency));
    }

    @Bean
    Triage triage(ReportStore store, RuleStore rules, AuditLog audit, Transactions tx, Clock clock) {
        return new Triage(store, rules, RsitTaxonomy.builtIn(), audit, tx, clock);
    }

    @Bean
    RuleBook ruleBook(RuleStore rules, AuditLog audit, Transactions tx) {
        return new RuleBook(rules, RsitTaxonomy.builtIn(), audit, tx);
    }

    @Bean
    Incidents incidents(Sql sql, ReportStore reports, AuditLog audit, Transactions tx, Clock clock) {
        return new Incidents(new IncidentStore(sql), reports, audit, tx, clock);
    }

    @Bean
    ReportRetention reportRetention(ReportStore store, AuditLog audit, Transactions tx, Clock clock,
                                    @Value("${issa.cyber.reports.retention-days:730}") long days) {
        return new ReportRetention(store, audit, tx, clock, new RetentionPolicy(Duration.ofDays(days)));
    }

    @Bean
    FormTokens reportFormTokens(Clock clock, @Value("${issa.cyber.reports.min-fill-seconds:3}") long minFill) {
        return new FormTokens(clock, Duration.ofSeconds(minFill), Duration.ofHours(3));
    }

    @Bean
    ReportRetentionJob reportRetentionJob(ReportRetention retention) {
        return new ReportRetentionJob(retention);
    }
}

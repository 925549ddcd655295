package org.issa.app.cyber.dashboard;

import java.time.Clock;
import org.issa.core.sql.Sql;
import org.issa.cyber.statistics.ReportTrends;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the report statistics behind the dashboard. */
@Configuration(proxyBeanMethods = false)
public class DashboardConfig {

    @Bean
    ReportTrends reportTrends(Sql sql, Clock clock) {
        return new ReportTrends(sql, clock);
    }
}

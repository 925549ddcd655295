package org.issa.app.db;

import java.time.Clock;
import javax.sql.DataSource;
import org.issa.app.audit.AuditSearch;
import org.issa.app.audit.AuditStore;
import org.issa.app.audit.AuditVerifier;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The modules run plain JDBC ({@link Sql}); here it is handed a data source that joins Spring's
 * current transaction, so a domain write and its audit entry commit or roll back together.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Sql sql(DataSource dataSource) {
        return new Sql(new TransactionAwareDataSourceProxy(dataSource));
    }

    @Bean
    Transactions transactions(PlatformTransactionManager txManager) {
        TransactionTemplate template = new TransactionTemplate(txManager);
        return new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return template.execute(status -> work.get());
            }
        };
    }

    @Bean
    AuditLog auditLog(Sql sql, Transactions tx, Clock clock) {
        return new JdbcAuditLog(sql, tx, clock);
    }

    @Bean
    AuditStore auditStore(Sql sql) {
        return new AuditStore(sql);
    }

    @Bean
    AuditSearch auditSearch(AuditStore store, AuditLog audit) {
        return new AuditSearch(store, audit);
    }

    @Bean
    AuditVerifier auditVerifier(DataSource dataSource) {
        return new AuditVerifier(dataSource);
    }
}

package org.issa.app.investigation.store;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.importer.DatasetImports;
import org.issa.investigation.importer.ImportLimits;
import org.issa.investigation.link.LinkAnalysis;
import org.issa.investigation.merge.MergeDesk;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the entity store. It is also the {@link org.issa.core.entity.EntityPort} bean through which
 * other modules publish their entities (as the system, audited).
 */
@Configuration(proxyBeanMethods = false)
public class EntityStoreConfig {

    @Bean
    EntityStore entityStore(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new EntityStore(sql, audit, tx, clock);
    }

    @Bean
    DatasetImports datasetImports(EntityStore store) {
        return new DatasetImports(store, ImportLimits.DEFAULT);
    }

    @Bean
    MergeDesk mergeDesk(EntityStore store) {
        return new MergeDesk(store);
    }

    @Bean
    LinkAnalysis linkAnalysis(EntityStore store) {
        return new LinkAnalysis(store);
    }
}

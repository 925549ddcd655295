package org.issa.app.cyber.cert;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.stix.BundleLimits;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.store.StixStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the STIX store and the bundle reader with the configured bound on bundle size. */
@Configuration(proxyBeanMethods = false)
public class CertConfig {

    @Bean
    StixStore stixStore(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new StixStore(sql, audit, tx, clock);
    }

    @Bean
    BundleReader stixBundleReader(@Value("${issa.cyber.stix.max-bundle-bytes:52428800}") long maxBytes) {
        BundleLimits d = BundleLimits.DEFAULT;
        return new BundleReader(new BundleLimits(maxBytes, d.maxObjects(), d.maxDepth(), d.maxStringLength()));
    }
}

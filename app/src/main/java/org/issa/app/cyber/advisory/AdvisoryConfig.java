package org.issa.app.cyber.advisory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.advisory.AdvisoryDesk;
import org.issa.cyber.advisory.AdvisorySources;
import org.issa.cyber.advisory.AdvisoryStore;
import org.issa.cyber.advisory.CsafPublisher;
import org.issa.cyber.advisory.StixBundleSources;
import org.issa.cyber.advisory.StixStoreSources;
import org.issa.cyber.advisory.SubscriberStore;
import org.issa.cyber.advisory.Subscriptions;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.stix.store.StixStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires the advisory desk. Who publishes and from which public address is configuration
 * ({@code issa.cyber.publisher.*}, {@code issa.cyber.public-base-url}); where TLP:CLEAR sources come
 * from is the {@link AdvisorySources} port: the CERT network's STIX store ({@link StixStoreSources}), or a
 * STIX bundle file instead when {@code issa.cyber.advisories.sources-bundle} names one.
 */
@Configuration(proxyBeanMethods = false)
public class AdvisoryConfig {

    @Bean
    CsafPublisher csafPublisher(@Value("${issa.cyber.publisher.name:ISSA national CERT}") String name,
                                @Value("${issa.cyber.publisher.namespace:}") String namespace,
                                @Value("${issa.cyber.publisher.contact:}") String contact,
                                @Value("${issa.cyber.publisher.authority:Alerts for citizens and small businesses under the European Information Sharing and Alert System (EISAS).}") String authority,
                                @Value("${issa.cyber.public-base-url:http://localhost:8080}") String baseUrl,
                                @Value("${issa.cyber.advisories.tracking-prefix:ISSA-EISAS}") String prefix) {
        return new CsafPublisher(name, namespace.isBlank() ? baseUrl : namespace, "coordinator", contact, authority, baseUrl, prefix);
    }

    @Bean
    @ConditionalOnMissingBean(AdvisorySources.class)
    AdvisorySources advisorySources(@Value("${issa.cyber.advisories.sources-bundle:}") String bundle, StixStore stix) throws IOException {
        if (!bundle.isBlank()) {
            return StixBundleSources.read(Files.readAllBytes(Path.of(bundle)));
        }
        return new StixStoreSources(stix);
    }

    @Bean
    Subscriptions subscriptions(Sql sql, Outbox outbox, AuditLog audit, Transactions tx, Clock clock, CsafPublisher publisher) {
        return new Subscriptions(new SubscriberStore(sql), outbox, audit, tx, clock, publisher);
    }

    @Bean
    AdvisoryDesk advisoryDesk(Sql sql, AdvisorySources sources, Subscriptions subscriptions, AuditLog audit, Transactions tx, Clock clock,
                              CsafPublisher publisher) {
        String version = AdvisoryConfig.class.getPackage().getImplementationVersion();
        return new AdvisoryDesk(new AdvisoryStore(sql), sources, subscriptions, audit, tx, clock, publisher,
                version == null ? "0.1.0" : version);
    }

    @Bean
    SubscriptionRetention subscriptionRetention(Subscriptions subscriptions) {
        return new SubscriptionRetention(subscriptions);
    }

    /** Runs the subscription retention rule every hour (and once shortly after start). */
    public static final class SubscriptionRetention {
        private final Subscriptions subscriptions;

        SubscriptionRetention(Subscriptions subscriptions) {
            this.subscriptions = subscriptions;
        }

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
        public void purge() {
            subscriptions.purge();
        }
    }
}

package org.issa.app.passenger;

import java.time.Clock;
import java.util.Optional;
import org.issa.core.audit.AuditLog;
import org.issa.core.entity.EntityPort;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.retention.Disclosures;
import org.issa.passenger.retention.Retention;
import org.issa.passenger.retention.Vault;
import org.issa.passenger.search.PassengerViews;
import org.issa.passenger.store.Carriers;
import org.issa.passenger.store.EntityPublication;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.keep.KeepFilter;
import org.issa.passenger.ingest.PassengerMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the PIU store: the store with the PIU's marking, retention with its policy and hourly job, approvals and DPO
 * notices, the analysts' views (with hit counts from the review module when present), carrier accounts, and the
 * entity port when the node runs an entity store.
 */
@Configuration(proxyBeanMethods = false)
public class PassengerConfig {

    @Bean
    EntityPublication passengerEntities(ObjectProvider<EntityPort> port) {
        return new EntityPublication(Optional.ofNullable(port.getIfAvailable()));
    }

    @Bean
    PnrStore pnrStore(Sql sql, AuditLog audit, Transactions tx, Clock clock, PassengerSettings settings, EntityPublication entities) {
        return new PnrStore(sql, audit, tx, clock, settings.marking(), entities);
    }

    /** The vault of depersonalised values, sealed with the node's key; entries kept in plain text before are sealed at start. */
    @Bean
    Vault passengerVault(Sql sql, @Value("${issa.passenger.vault-key:}") String key, @Value("${issa.passenger.vault-key-file:}") String file,
                         @Value("${issa.data-dir:./data}") String dataDir) {
        return new Vault(sql, VaultKeys.resolve(key, file, dataDir));
    }

    /** Once the schema is migrated: seals vault entries an earlier version kept in plain text. */
    @Bean
    org.springframework.boot.ApplicationRunner passengerVaultSealing(Vault vault) {
        return args -> {
            int sealed = vault.sealPlainEntries();
            if (sealed > 0) {
                org.slf4j.LoggerFactory.getLogger(PassengerConfig.class).info("PIU vault: {} entries kept in plain text were sealed", sealed);
            }
        };
    }

    @Bean
    Retention passengerRetention(Sql sql, AuditLog audit, Transactions tx, Clock clock, PassengerSettings settings,
                                 EntityPublication entities, Vault vault, ObjectProvider<Retention.Follower> followers) {
        return new Retention(sql, audit, tx, clock, settings.retention(), entities, vault, followers.orderedStream().toList());
    }

    @Bean
    RetentionJob passengerRetentionJob(Retention retention) {
        return new RetentionJob(retention);
    }

    @Bean
    Disclosures passengerDisclosures(Sql sql, AuditLog audit, Transactions tx, Clock clock, Vault vault) {
        return new Disclosures(sql, audit, tx, clock, vault);
    }

    @Bean
    PassengerViews passengerViews(Sql sql, AuditLog audit, Transactions tx, Disclosures disclosures) {
        return new PassengerViews(sql, audit, tx, disclosures, new ReviewHitCounts(sql));
    }

    /**
     * The ingest pipeline: the ingest module's reader, the ingest module's {@link KeepFilter} (what may be kept; a
     * {@code PnrIngest.Keeper} bean replaces it, e.g. with another keep policy), the store, and what runs after
     * storage (assessment, when the application provides it).
     */
    @Bean
    PnrIngest pnrIngest(PnrStore store, ObjectProvider<PnrIngest.Keeper> keeper, ObjectProvider<PnrIngest.AfterStore> after) {
        PassengerMessages reader = new PassengerMessages();
        return new PnrIngest(reader::read, keeper.getIfAvailable(() -> new KeepFilter()::keep), store,
                after.getIfAvailable(PnrIngest.AfterStore::nothing));
    }

    @Bean
    Carriers carriers(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        return new Carriers(sql, audit, tx, clock);
    }
}

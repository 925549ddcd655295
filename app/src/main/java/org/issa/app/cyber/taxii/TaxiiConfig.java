package org.issa.app.cyber.taxii;

import java.time.Clock;
import java.util.Optional;
import org.issa.core.marking.Tlp;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.stix.store.StixStore;
import org.issa.core.audit.AuditLog;
import org.issa.cyber.taxii.ClientLimits;
import org.issa.cyber.taxii.PeerStore;
import org.issa.cyber.taxii.PeerSync;
import org.issa.cyber.taxii.ScheduleStore;
import org.issa.cyber.taxii.ScheduledSync;
import org.issa.cyber.taxii.TaxiiInbox;
import org.issa.cyber.taxii.TaxiiStatusStore;
import org.issa.cyber.tlp.Distribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the TAXII server's inbox, status store and settings ({@code issa.cyber.taxii.*}), the peers and their scheduled syncs. */
@Configuration(proxyBeanMethods = false)
public class TaxiiConfig {

    @Bean
    TaxiiSettings taxiiSettings(@Value("${issa.cyber.taxii.title:ISSA CERT network (TAXII 2.1)}") String title,
                                @Value("${issa.cyber.taxii.contact:}") String contact,
                                @Value("${issa.cyber.taxii.public-url:}") String publicUrl,
                                @Value("${issa.cyber.taxii.max-content-length:10485760}") long maxContentLength,
                                @Value("${issa.cyber.stix.max-bundle-bytes:52428800}") long maxBundle,
                                @Value("${issa.cyber.taxii.default-page:100}") int defaultPage) {
        if (maxContentLength < 1 || maxContentLength > maxBundle) {
            throw new IllegalStateException("issa.cyber.taxii.max-content-length must be 1 to issa.cyber.stix.max-bundle-bytes ("
                    + maxBundle + ")");
        }
        return new TaxiiSettings(title, Optional.of(contact).filter(s -> !s.isBlank()), Optional.of(publicUrl).filter(s -> !s.isBlank()),
                maxContentLength, defaultPage);
    }

    @Bean
    TaxiiStatusStore taxiiStatusStore(Sql sql) {
        return new TaxiiStatusStore(sql);
    }

    @Bean
    PeerStore taxiiPeerStore(Sql sql) {
        return new PeerStore(sql);
    }

    @Bean
    PeerSync taxiiPeerSync(PeerStore peers, StixStore store, TaxiiInbox inbox, AuditLog audit, Transactions tx, Clock clock,
                           @Value("${issa.cyber.taxii.client.timeout-seconds:60}") long timeout,
                           @Value("${issa.cyber.taxii.client.max-response-bytes:20971520}") long maxResponse) {
        ClientLimits d = ClientLimits.DEFAULT;
        return new PeerSync(peers, store, inbox, audit, tx, clock, new ClientLimits(d.connectTimeout(), java.time.Duration.ofSeconds(timeout),
                maxResponse, d.maxPages(), d.maxObjects(), d.pageSize()));
    }

    @Bean
    ScheduleStore taxiiScheduleStore(Sql sql) {
        return new ScheduleStore(sql);
    }

    /** Scheduled syncs; a claim holds six hours (longer than any one bounded sync), so a node that dies blocks its peer at most that long. */
    @Bean
    ScheduledSync taxiiScheduledSync(PeerStore peers, ScheduleStore schedules, PeerSync sync, AuditLog audit, Transactions tx, Clock clock) {
        String node = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        return new ScheduledSync(peers, schedules, sync, audit, tx, clock, java.time.Duration.ofHours(6),
                node.length() > 50 ? node.substring(0, 50) : node);
    }

    @Bean
    TaxiiScheduleJob taxiiScheduleJob(ScheduledSync scheduled, org.issa.app.identity.UserDirectory directory) {
        return new TaxiiScheduleJob(scheduled, directory);
    }

    @Bean
    TaxiiInbox taxiiInbox(StixStore store, TaxiiStatusStore statuses, Transactions tx, Clock clock,
                          @Value("${issa.cyber.taxii.unmarked-tlp:GREEN}") String unmarkedTlp,
                          @Value("${issa.cyber.taxii.received-distribution:COMMUNITY}") String received) {
        return new TaxiiInbox(store, statuses, tx, clock, Tlp.parse(unmarkedTlp), Distribution.parse(received));
    }
}

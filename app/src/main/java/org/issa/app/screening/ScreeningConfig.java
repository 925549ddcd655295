package org.issa.app.screening;

import java.time.Clock;

import org.issa.app.watchlist.ListImport;
import org.issa.app.watchlist.ListReaders;
import org.issa.app.watchlist.ListSource;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.app.watchlist.Watchlists;
import org.issa.core.audit.AuditLog;
import org.issa.core.screening.ScreenedRecords;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.matching.lists.ListFormats;
import org.issa.matching.lists.ListReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires watch lists and screening. List readers are the {@link ListReader} beans, each named
 * after its format; every {@link ScreenedRecords} bean is re-screened when a list changes.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningConfig {

    @Bean
    WatchlistStore watchlistStore(Sql sql) {
        return new WatchlistStore(sql);
    }

    @Bean("un")
    ListReader unListReader() {
        return ListFormats.forName("un");
    }

    @Bean("eu")
    ListReader euListReader() {
        return ListFormats.forName("eu");
    }

    @Bean("ftm")
    ListReader ftmListReader() {
        return ListFormats.forName("ftm");
    }

    @Bean("csv")
    ListReader csvListReader() {
        return ListFormats.forName("csv");
    }

    @Bean
    ListSource listSource(ApplicationContext context) {
        return new ListReaders(context.getBeansOfType(ListReader.class));
    }

    @Bean(destroyMethod = "close")
    ScreeningWorkers screeningWorkers() {
        return new ScreeningWorkers();
    }

    @Bean
    ListIndexes listIndexes(WatchlistStore store) {
        return new ListIndexes(store);
    }

    @Bean
    Screening screening(WatchlistStore store, ListIndexes indexes, AuditLog audit, Transactions tx, Clock clock) {
        return new Screening(store, indexes, audit, tx, clock);
    }

    @Bean
    HitStore hitStore(Sql sql) {
        return new HitStore(sql);
    }

    @Bean
    ReviewQueue reviewQueue(HitStore hits, AuditLog audit, Transactions tx, Clock clock) {
        return new ReviewQueue(hits, audit, tx, clock);
    }

    /** The core port through which domains (the passenger assessment) screen a record against every list. */
    @Bean
    org.issa.core.screening.WatchlistCheck watchlistCheck(Screening screening, WatchlistStore store, Sql sql) {
        return new WatchlistChecks(screening, store, sql);
    }

    @Bean
    RecordScreener recordScreener(Screening screening, ReviewQueue queue) {
        return new RecordScreener(screening, queue);
    }

    @Bean
    MonitoredSubjects monitoredSubjects(Sql sql, WatchlistStore store, RecordScreener screener, HitStore hits, AuditLog audit,
                                        Transactions tx, Clock clock) {
        return new MonitoredSubjects(sql, store, screener, hits, audit, tx, clock);
    }

    @Bean
    Rescreening rescreening(WatchlistStore store, ListIndexes indexes, RecordScreener screener,
                            ObjectProvider<ScreenedRecords> sources, AuditLog audit, Transactions tx, ScreeningWorkers workers,
                            ObjectProvider<DomainReview> reviews, Screening screening, Sql sql) {
        return new Rescreening(store, indexes, screener, () -> sources.orderedStream().toList(), audit, tx, workers.rescreening(),
                () -> reviews.orderedStream().toList(), new WatchlistChecks(screening, store, sql));
    }

    @Bean
    Watchlists watchlists(WatchlistStore store, ListSource formats, AuditLog audit, Transactions tx, Clock clock,
                          Rescreening rescreening) {
        return new Watchlists(store, formats, audit, tx, clock, rescreening);
    }

    @Bean
    ListImport listImport(WatchlistStore store, Watchlists lists, ListSource formats, AuditLog audit, Transactions tx, Clock clock,
                          Rescreening rescreening) {
        return new ListImport(store, lists, formats, audit, tx, clock, rescreening);
    }

    @Bean
    Batches batches(Sql sql, Screening screening, ReviewQueue queue, AuditLog audit, Transactions tx, Clock clock,
                    ScreeningWorkers workers) {
        return new Batches(sql, screening, queue, audit, tx, clock, workers.batches());
    }

}

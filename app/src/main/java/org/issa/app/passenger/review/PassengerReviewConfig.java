package org.issa.app.passenger.review;

import java.time.Clock;
import java.time.Duration;
import org.issa.core.audit.AuditLog;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.assessment.AssessmentStore;
import org.issa.passenger.assessment.CriteriaCheck;
import org.issa.passenger.assessment.CriteriaInForce;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.assessment.PassengersInWindow;
import org.issa.passenger.exchange.ExchangeDesk;
import org.issa.passenger.exchange.ExchangeStore;
import org.issa.passenger.exchange.ResponseDeadlines;
import org.issa.passenger.oversight.Article20Statistics;
import org.issa.passenger.oversight.ProcessingLog;
import org.issa.passenger.review.HitRetention;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewStore;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.store.PnrStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires assessment, review, exchange and oversight of the PIU. The watch lists come through the
 * core {@link WatchlistCheck} port (the screening service); the criteria through a
 * {@link CriteriaCheck} bean when the criteria engine provides one, none otherwise (the
 * assessment then records 0 criteria evaluated). Answer periods of requests are configurable.
 */
@Configuration(proxyBeanMethods = false)
public class PassengerReviewConfig {

    @Bean
    ReviewStore passengerReviewStore(Sql sql) {
        return new ReviewStore(sql);
    }

    /** Review hits follow the retention of the PNR they were raised on (the retention job calls it). */
    @Bean
    HitRetention passengerHitRetention(Sql sql, AuditLog audit, org.issa.passenger.retention.Vault vault) {
        return new HitRetention(sql, audit, vault);
    }

    @Bean
    ReviewDesk passengerReviewDesk(ReviewStore store, AuditLog audit, Transactions tx, Clock clock) {
        return new ReviewDesk(store, audit, tx, clock);
    }

    /**
     * The criteria come from the criteria register's evaluator when the application wires one
     * (with the store's travel history when there is a lookup), else from a {@link CriteriaCheck}
     * bean, else none.
     */
    @Bean
    PassengerAssessment passengerAssessment(WatchlistCheck lists, ObjectProvider<CriteriaCheck> criteria,
                                            ObjectProvider<CriteriaEvaluator> evaluator, ObjectProvider<TravelHistoryLookup> history,
                                            Sql sql, ReviewDesk desk, AuditLog audit, Transactions tx, Clock clock) {
        CriteriaCheck check = criteria.getIfAvailable(() -> {
            CriteriaEvaluator e = evaluator.getIfAvailable();
            return e == null ? CriteriaCheck.NONE : new CriteriaInForce(e, history.getIfAvailable(() -> TravelHistoryLookup.NONE));
        });
        return assessment(lists, check, sql, desk, audit, tx, clock);
    }

    /** The assessment as the server wires it; the CLI import builds it with the same call ({@link #standalone}). */
    public static PassengerAssessment assessment(WatchlistCheck lists, CriteriaCheck criteria, Sql sql, ReviewDesk desk, AuditLog audit,
                                                 Transactions tx, Clock clock) {
        return new PassengerAssessment(lists, criteria, new AssessmentStore(sql), desk, audit, tx, clock);
    }

    /**
     * What runs after the store keeps a push, for the server's ingest (bean below) and the CLI import alike: the push
     * assessment of its passengers, whose result goes to {@code assessed} (empty when the push could not be assessed).
     */
    public static PnrIngest.AfterStore afterStore(PushAssessment push, PnrStore store,
                                                  java.util.function.Consumer<java.util.Optional<PassengerAssessment.Result>> assessed) {
        return (delivery, message, kept, receipt) -> assessed.accept(push.stored(delivery, message, kept, receipt, store.marking()));
    }

    /**
     * The assessment chain without Spring, for the CLI import: the same watch-list check over the screening service and
     * its indexes, the criteria in force from the register, the review desk and the push assessment as the beans of
     * this configuration and of the screening and criteria configurations build them.
     */
    public static PushAssessment standalone(Sql sql, AuditLog audit, Transactions tx, Clock clock, PnrStore store, String homeAirports) {
        return standalone(sql, audit, tx, clock, store, homeAirports, watchlistCheck(sql, audit, tx, clock));
    }

    /** The watch-list check {@link #standalone} uses: the screening service over the list store and its indexes. */
    public static WatchlistCheck watchlistCheck(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        org.issa.app.watchlist.WatchlistStore lists = new org.issa.app.watchlist.WatchlistStore(sql);
        return new org.issa.app.screening.WatchlistChecks(new org.issa.app.screening.Screening(lists,
                new org.issa.app.screening.ListIndexes(lists), audit, tx, clock), lists, sql);
    }

    /** As {@link #standalone(Sql, AuditLog, Transactions, Clock, PnrStore, String)} with the given watch-list check (the bench's, primed). */
    public static PushAssessment standalone(Sql sql, AuditLog audit, Transactions tx, Clock clock, PnrStore store, String homeAirports,
                                            WatchlistCheck check) {
        CriteriaEvaluator evaluator = new CriteriaEvaluator(new org.issa.passenger.criteria.CriteriaRegister(
                new org.issa.passenger.criteria.CriteriaStore(sql), new org.issa.rules.RuleCompiler(org.issa.passenger.criteria.CriteriaModel.MODEL),
                audit, tx, clock));
        ReviewDesk desk = new ReviewDesk(new ReviewStore(sql), audit, tx, clock);
        return new PushAssessment(assessment(check, new CriteriaInForce(evaluator, new org.issa.passenger.search.StoredTravelHistory(sql)),
                sql, desk, audit, tx, clock),
                store, audit, tx, homeAirports);
    }

    @Bean
    PushAssessment passengerPushAssessment(PassengerAssessment assessment, PnrStore store, AuditLog audit, Transactions tx,
                                           @Value("${issa.passenger.home-airports:}") String homeAirports) {
        return new PushAssessment(assessment, store, audit, tx, homeAirports);
    }

    /** The store's ingest hands every stored push to the assessment (carrier endpoint; the CLI import builds the same hook with {@link #standalone}). */
    @Bean
    PnrIngest.AfterStore passengerAssessmentAfterStore(PushAssessment push, PnrStore store) {
        return afterStore(push, store, result -> {
        });
    }

    /**
     * Passengers still in the assessment window are re-screened when a watch list changes; their hits land in the
     * passenger review queue, not the generic one.
     */
    @Bean
    PassengersInWindow passengersInWindow(Sql sql, PassengerAssessment assessment, Transactions tx, Clock clock) {
        return new PassengersInWindow(sql, assessment, tx, clock);
    }

    @Bean
    org.issa.app.screening.DomainReview passengerRescreenedHits(PassengersInWindow window) {
        return new org.issa.app.screening.DomainReview() {
            @Override
            public String recordType() {
                return window.recordType();
            }

            @Override
            public int raise(org.issa.core.screening.ScreenableRecord record, java.util.List<org.issa.core.screening.WatchlistMatch> matches) {
                return window.raise(record, matches);
            }
        };
    }

    @Bean
    ExchangeDesk passengerExchangeDesk(Sql sql, AuditLog audit, Transactions tx, Clock clock,
                                       @Value("${issa.passenger.requests.urgent-answer:P1D}") Duration urgent,
                                       @Value("${issa.passenger.requests.normal-answer:P10D}") Duration normal) {
        return new ExchangeDesk(new ExchangeStore(sql), new ResponseDeadlines(urgent, normal), audit, tx, clock);
    }

    @Bean
    ProcessingLog passengerProcessingLog(Sql sql, AuditLog audit, Transactions tx) {
        return new ProcessingLog(sql, audit, tx);
    }

    @Bean
    Article20Statistics passengerStatistics(Sql sql, AuditLog audit, Transactions tx) {
        return new Article20Statistics(sql, audit, tx);
    }
}

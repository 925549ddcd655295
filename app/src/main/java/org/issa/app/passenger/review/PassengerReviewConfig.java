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
    HitRetention passengerHitRetention(Sql sql, AuditLog audit) {
        return new HitRetention(sql, audit);
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
        return new PassengerAssessment(lists, check, new AssessmentStore(sql), desk, audit, tx, clock);
    }

    @Bean
    PushAssessment passengerPushAssessment(PassengerAssessment assessment, PnrStore store, AuditLog audit, Transactions tx,
                                           @Value("${issa.passenger.home-airports:}") String homeAirports) {
        return new PushAssessment(assessment, store, audit, tx, homeAirports);
    }

    /** The store's ingest hands every stored push to the assessment (carrier endpoint; the Spring-less CLI import does not). */
    @Bean
    PnrIngest.AfterStore passengerAssessmentAfterStore(PushAssessment push, PnrStore store) {
        return (delivery, message, kept, receipt) -> push.stored(delivery, message, kept, receipt, store.marking());
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

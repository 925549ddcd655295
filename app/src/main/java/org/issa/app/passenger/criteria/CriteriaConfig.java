package org.issa.app.passenger.criteria;

import java.time.Clock;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.CriteriaStore;
import org.issa.passenger.criteria.FactsSource;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.search.StoredCriteriaFacts;
import org.issa.passenger.search.StoredTravelHistory;
import org.issa.rules.RuleCompiler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the criteria register, the evaluator the assessment calls, and the bookings a backtest runs over. */
@Configuration(proxyBeanMethods = false)
public class CriteriaConfig {


    @Bean
    RuleCompiler passengerCriteriaCompiler() {
        return new RuleCompiler(CriteriaModel.MODEL);
    }

    @Bean
    CriteriaRegister criteriaRegister(Sql sql, RuleCompiler passengerCriteriaCompiler, AuditLog audit, Transactions tx, Clock clock) {
        return new CriteriaRegister(new CriteriaStore(sql), passengerCriteriaCompiler, audit, tx, clock);
    }

    @Bean
    CriteriaEvaluator criteriaEvaluator(CriteriaRegister register) {
        return new CriteriaEvaluator(register);
    }

    /**
     * What a backtest runs over: the copy of the criteria facts kept beside each booking's current version (masked as
     * retention requires, no identity in it), the stored booking read only for a passenger whose criterion needs the
     * travel history. Until the start-up backfill has written the copy for bookings stored before it existed, the
     * backtest reads the stored bookings themselves, so that no booking is left out meanwhile.
     */
    @Bean
    CriteriaBookings criteriaBookings(Sql sql, TravelHistoryLookup history, CriteriaFactsBackfill backfill) {
        FactsSource copy = new StoredCriteriaFacts(sql);
        org.issa.passenger.search.StoredBookings stored = new org.issa.passenger.search.StoredBookings(sql);
        FactsSource fromBookings = FactsSource.of((from, to, each) -> stored.forEachDeparting(from, to,
                c -> each.accept(new org.issa.passenger.criteria.StoredBooking(c.id(), c.departureDate(), c.masked(), c.booking()))));
        FactsSource source = (from, to, wanted, each) -> (backfill.done() ? copy : fromBookings).forEach(from, to, wanted, each);
        return new CriteriaBookings(source, "the PNR store: the current version of every booking stored on this node, masked as retention requires;"
                + " travel history from the same store", history);
    }

    @Bean
    CriteriaFactsBackfill criteriaFactsBackfill(Sql sql, Transactions tx) {
        return new CriteriaFactsBackfill(sql, tx);
    }

    /** Once the schema is migrated: writes the criteria facts copy of bookings stored without one, on a background thread. */
    @Bean
    org.springframework.boot.ApplicationRunner criteriaFactsBackfillAtStart(CriteriaFactsBackfill backfill) {
        return args -> backfill.start();
    }

    /**
     * Travel history from the PNR store, for the live assessment (the criteria in force) and for backtests alike: one
     * indexed query per passenger, made only for criteria that read history.
     */
    @Bean
    TravelHistoryLookup passengerTravelHistory(Sql sql) {
        return new StoredTravelHistory(sql);
    }

    /** The backtest's booking source, a description of it for the user, and where travel history comes from. */
    public record CriteriaBookings(FactsSource source, String description, TravelHistoryLookup history) {
    }
}

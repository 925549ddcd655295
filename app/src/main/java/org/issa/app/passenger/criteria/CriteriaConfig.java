package org.issa.app.passenger.criteria;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.criteria.BookingSource;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.CriteriaStore;
import org.issa.passenger.criteria.InMemoryBookings;
import org.issa.passenger.criteria.SyntheticBookings;
import org.issa.rules.RuleCompiler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the criteria register, the evaluator the assessment calls, and the bookings a backtest runs over. */
@Configuration(proxyBeanMethods = false)
public class CriteriaConfig {

    /** Bookings the demo backtests over: synthetic traffic of the last year, generated, never stored. */
    static final int DEMO_BOOKINGS = 20_000;

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
     * The stored bookings a backtest runs over. Until the PNR store provides its own {@link BookingSource} (to be wired
     * here in its place), the demo backtests over synthetic traffic and a real node over no bookings; the UI and API
     * name the source so nobody mistakes one for the other. Over the store it is one adapter, e.g. with pnr-store's
     * {@code StoredBookings}: {@code (from, to, each) -> stored.forEachDeparting(from, to, c -> each.accept(
     * new StoredBooking(c.id(), c.departureDate(), c.masked(), c.booking())))}.
     */
    @Bean
    CriteriaBookings criteriaBookings(@Value("${issa.demo:false}") boolean demo, Clock clock) {
        if (demo) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            return new CriteriaBookings(new SyntheticBookings(2026, DEMO_BOOKINGS, today.minusDays(365), 365),
                    "synthetic demo traffic (" + DEMO_BOOKINGS + " generated bookings over the last year; not real data)");
        }
        return new CriteriaBookings(new InMemoryBookings(java.util.List.of()), "no PNR store connected yet: 0 stored bookings");
    }

    /** The backtest's booking source and a description of it for the user. */
    public record CriteriaBookings(BookingSource source, String description) {
    }
}

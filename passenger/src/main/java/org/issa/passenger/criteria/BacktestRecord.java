package org.issa.passenger.criteria;

import java.time.Instant;
import java.time.LocalDate;

/** A stored backtest of a criterion version: counts only, no personal data; {@code perDayJson} maps dates to hit counts. */
public record BacktestRecord(String id, String criterionId, int version, LocalDate from, LocalDate to, long bookings, long passengers,
                             long hits, long undecided, double seconds, String perDayJson, String runBy, Instant runAt) {
}

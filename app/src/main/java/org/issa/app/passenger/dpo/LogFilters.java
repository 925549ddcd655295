package org.issa.app.passenger.dpo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.passenger.oversight.LogCategory;
import org.issa.passenger.oversight.LogQuery;

/** The processing log's filters as they come from a form or a query string. */
final class LogFilters {

    private LogFilters() {
    }

    static LogQuery query(String actor, String category, String from, String to, String purposeContains, String record) {
        return new LogQuery(DpoApi.opt(actor), DpoApi.opt(category).map(c -> LogCategory.parse("category", c)), day(from, "from", 0),
                day(to, "to", 1), DpoApi.opt(purposeContains), DpoApi.opt(record));
    }

    private static Optional<Instant> day(String s, String field, int plusDays) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.strip()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " must be a date like 2026-01-31");
        }
    }
}

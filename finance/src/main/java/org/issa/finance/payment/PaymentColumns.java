package org.issa.finance.payment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;

/**
 * Which CSV columns hold what, by header name (case-insensitive), as written on the command line:
 * {@code from=…,to=…,amount=…,time=…[,currency=…][,reference=…][,from_name=…][,to_name=…][,purpose=…]}.
 * Without a reference column a payment's reference is its source name and line number.
 */
public record PaymentColumns(String from, String to, String amount, String time, Optional<String> currency,
                             Optional<String> reference, Optional<String> fromName, Optional<String> toName,
                             Optional<String> purpose) {

    private static final List<String> KEYS = List.of("from", "to", "amount", "time", "currency", "reference", "from_name", "to_name", "purpose");

    public PaymentColumns {
        from = column("from", from);
        to = column("to", to);
        amount = column("amount", amount);
        time = column("time", time);
    }

    /** The default mapping: columns named {@code from,to,amount,time,currency,reference}, the last two optional. */
    public static PaymentColumns defaults() {
        return new PaymentColumns("from", "to", "amount", "time", Optional.of("currency"), Optional.of("reference"),
            Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Parses {@code key=column,…}; {@code from}, {@code to}, {@code amount} and {@code time} are required. */
    public static PaymentColumns parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException("columns", "columns: give a mapping such as from=payer,to=payee,amount=amount,time=date");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new InvalidInputException("columns", "columns: '" + part.strip() + "' is not key=column");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new InvalidInputException("columns", "columns: unknown key '" + key + "' (keys: " + String.join(", ", KEYS) + ")");
            }
            if (map.put(key, part.substring(eq + 1).strip()) != null) {
                throw new InvalidInputException("columns", "columns: '" + key + "' is given twice");
            }
        }
        for (String key : List.of("from", "to", "amount", "time")) {
            if (!map.containsKey(key)) {
                throw new InvalidInputException("columns", "columns: '" + key + "' is required (from, to, amount and time are)");
            }
        }
        return new PaymentColumns(map.get("from"), map.get("to"), map.get("amount"), map.get("time"),
            Optional.ofNullable(map.get("currency")), Optional.ofNullable(map.get("reference")),
            Optional.ofNullable(map.get("from_name")), Optional.ofNullable(map.get("to_name")),
            Optional.ofNullable(map.get("purpose")));
    }

    private static String column(String key, String column) {
        if (column == null || column.isBlank() || column.length() > 100) {
            throw new InvalidInputException("columns", "columns: '" + key + "' must name a column (1-100 characters)");
        }
        return column.strip();
    }
}

package org.issa.finance.register.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issa.core.error.InvalidInputException;

/**
 * Which CSV column holds what, by header name (case-insensitive), written {@code key=column,…}. Keys: {@code iban}
 * (account or box identifier) and {@code name} (the party) are required; {@code kind}, {@code bic}, {@code currency},
 * {@code underlying}, {@code opened}, {@code closed}, {@code role}, {@code party_type}, {@code birth_date},
 * {@code national_id} and {@code nationality} are optional. A key not mapped reads the column of its own name when
 * the header has one.
 */
public record RegisterColumns(Map<String, String> mapping) {

    public static final List<String> KEYS = List.of("iban", "name", "kind", "bic", "currency", "underlying", "opened", "closed",
            "role", "party_type", "birth_date", "national_id", "nationality");

    public RegisterColumns {
        mapping = Map.copyOf(mapping);
    }

    /** Every key reads the column of its own name. */
    public static RegisterColumns defaults() {
        return new RegisterColumns(Map.of());
    }

    /** Parses {@code key=column,…}; an empty text gives the defaults. */
    public static RegisterColumns parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return defaults();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new InvalidInputException("columns", "columns: '" + part.strip() + "' is not key=column");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String column = part.substring(eq + 1).strip();
            if (!KEYS.contains(key)) {
                throw new InvalidInputException("columns", "columns: unknown key '" + key + "' (keys: " + String.join(", ", KEYS) + ")");
            }
            if (column.isEmpty() || column.length() > 100) {
                throw new InvalidInputException("columns", "columns: '" + key + "' must name a column (1-100 characters)");
            }
            if (map.put(key, column) != null) {
                throw new InvalidInputException("columns", "columns: '" + key + "' is given twice");
            }
        }
        return new RegisterColumns(map);
    }

    /** The header name a key reads. */
    public String column(String key) {
        return mapping.getOrDefault(key, key);
    }

    /** Whether the key was mapped explicitly (then its column must exist). */
    public boolean explicit(String key) {
        return mapping.containsKey(key);
    }
}

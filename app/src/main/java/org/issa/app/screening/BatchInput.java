package org.issa.app.screening;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.issa.core.error.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of a batch screening, from CSV with a header or from a JSON array of objects, with the
 * columns of the command line: {@code full_name|name, first_name, middle_name, last_name,
 * date_of_birth|dob, nationality|country, gender, id_number, schema}. Rows are numbered from 1
 * (the first after the header); an error names its row and column.
 */
public final class BatchInput {

    public static final int MAX_ROWS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("full_name", "name"), Map.entry("name", "name"), Map.entry("first_name", "firstName"),
            Map.entry("middle_name", "middleName"), Map.entry("last_name", "lastName"), Map.entry("date_of_birth", "dateOfBirth"),
            Map.entry("dob", "dateOfBirth"), Map.entry("nationality", "country"), Map.entry("country", "country"),
            Map.entry("gender", "gender"), Map.entry("id_number", "idNumber"), Map.entry("schema", "schema"));
    private static final Map<String, String> COLUMN_OF = Map.of("name", "full_name", "firstName", "first_name", "middleName",
            "middle_name", "lastName", "last_name", "dateOfBirth", "date_of_birth", "country", "nationality", "gender", "gender",
            "idNumber", "id_number", "schema", "schema");

    private BatchInput() {
    }

    public static List<ScreeningQuery> csv(String text) {
        List<ScreeningQuery> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            Map<String, String> fieldOf = new HashMap<>();
            for (String h : parser.getHeaderNames()) {
                String key = h.trim().toLowerCase(Locale.ROOT);
                String field = COLUMNS.get(key);
                if (field == null) {
                    throw new InvalidInputException("header", "unknown column '" + h + "'; the columns are " + columnList());
                }
                fieldOf.put(h, field);
            }
            if (!fieldOf.containsValue("name") && !fieldOf.containsValue("lastName")) {
                throw new InvalidInputException("header", "the header needs a column full_name or last_name");
            }
            for (CSVRecord r : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInputException("body", "a batch holds at most " + MAX_ROWS + " rows");
                }
                Map<String, String> values = new HashMap<>();
                for (Map.Entry<String, String> e : fieldOf.entrySet()) {
                    if (r.isSet(e.getKey())) {
                        values.put(e.getValue(), r.get(e.getKey()));
                    }
                }
                rows.add(row(rows.size() + 1, values));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException("body", "the CSV cannot be read: " + e.getMessage());
        }
        return checked(rows);
    }

    public static List<ScreeningQuery> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException("body", "the body must be a JSON array of rows");
        }
        if (root.size() > MAX_ROWS) {
            throw new InvalidInputException("body", "a batch holds at most " + MAX_ROWS + " rows");
        }
        List<ScreeningQuery> rows = new ArrayList<>();
        for (JsonNode n : root) {
            int row = rows.size() + 1;
            if (!n.isObject()) {
                throw new InvalidInputException("rows[" + row + "]", "row " + row + ": must be an object");
            }
            Map<String, String> values = new HashMap<>();
            for (var e : n.properties()) {
                String field = COLUMNS.get(e.getKey().toLowerCase(Locale.ROOT));
                if (field == null) {
                    throw new InvalidInputException("rows[" + row + "]." + e.getKey(), "row " + row + ": unknown column '"
                            + e.getKey() + "'; the columns are " + columnList());
                }
                if (!e.getValue().isNull() && !e.getValue().isValueNode()) {
                    throw new InvalidInputException("rows[" + row + "]." + e.getKey(), "row " + row + ": column " + e.getKey()
                            + " must be text");
                }
                values.put(field, e.getValue().isNull() ? null : e.getValue().asString());
            }
            rows.add(row(row, values));
        }
        return checked(rows);
    }

    private static List<ScreeningQuery> checked(List<ScreeningQuery> rows) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "the batch holds no rows");
        }
        return rows;
    }

    private static String columnList() {
        return "full_name|name, first_name, middle_name, last_name, date_of_birth|dob, nationality|country, gender, id_number, schema";
    }

    /** One row, checked now so that a bad row is refused with the whole batch, naming its row and column. */
    private static ScreeningQuery row(int row, Map<String, String> v) {
        ScreeningQuery q = new ScreeningQuery(v.get("name"), v.get("firstName"), v.get("middleName"), v.get("lastName"),
                v.get("dateOfBirth"), v.get("country"), v.get("gender"), v.get("idNumber"), v.get("schema"));
        try {
            q.toSubject(String.valueOf(row));
        } catch (InvalidInputException e) {
            if (e.field().equals("name")) {
                throw new InvalidInputException("rows[" + row + "].full_name", "row " + row + ": column full_name or last_name required");
            }
            String column = COLUMN_OF.getOrDefault(e.field(), e.field());
            throw new InvalidInputException("rows[" + row + "]." + column, "row " + row + ": column " + column + ": "
                    + e.getMessage().replace(e.field(), column));
        }
        return q;
    }
}

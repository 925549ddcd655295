package org.issa.matching.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.issa.matching.lists.ColumnMapping.Field;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * Reads a watch list kept as a CSV file with a header row, UTF-8 encoded, separated by commas,
 * semicolons or tabs (whichever the header uses most). A {@link ColumnMapping} says which column
 * feeds which field; without one, the mapping is {@linkplain ColumnMapping#detect(List) detected}
 * from the header. Several aliases, dates, countries or numbers in one cell are separated by ";".
 *
 * <p>A row without a name fails the whole read, naming its line: a watch list silently missing an
 * entry is worse than an import that has to be repeated. So does an unknown schema, an empty id or
 * a row with a different number of fields than the header. An invalid date or unknown country is
 * only a warning: lists carry corrupted dates, and the entry is still screened by name. Without an
 * id column the id is the row's number (1 for the first row after the header).
 */
public final class CsvListReader implements ListReader {

    /** This reader's format name. */
    public static final String FORMAT = "csv";

    private static final int SNIFF_CHARS = 64 * 1024;

    private final ColumnMapping mapping;
    private final ListLimits limits;

    /** A reader that detects the mapping from each file's header. */
    public CsvListReader() {
        this(null, ListLimits.DEFAULT);
    }

    /** A reader with a fixed mapping; null detects it from each file's header. */
    public CsvListReader(ColumnMapping mapping) {
        this(mapping, ListLimits.DEFAULT);
    }

    public CsvListReader(ColumnMapping mapping, ListLimits limits) {
        this.mapping = mapping;
        this.limits = limits;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ListDocument read(InputStream in) {
        BufferedReader reader = Utf8Text.reader(new BoundedInputStream(in, limits.maxBytes()));
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(reader))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        CSVParser parser = open(reader, format);
        List<String> header = parser.getHeaderNames();
        ColumnMapping m = mapping != null ? mapping : ColumnMapping.detect(header);
        Map<Field, String> columns = resolve(m, header);
        Map<String, String> detailColumns = new LinkedHashMap<>();
        m.detailColumns().forEach(c -> detailColumns.put(c, find(c, header, "detail")));
        Warnings warnings = new Warnings();
        List<Subject> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long line = parser.getCurrentLineNumber();
        try {
            for (CSVRecord row : parser) {
                long start = line + 1;
                line = parser.getCurrentLineNumber();
                if (row.size() != header.size()) {
                    throw new ListFormatException("line " + start + " has " + row.size() + " fields, the header has "
                            + header.size());
                }
                Subject s = subject(row, start, columns, detailColumns, m.defaultSchema(), warnings);
                if (!ids.add(s.id())) {
                    warnings.add("id " + s.id() + " appears more than once (line " + start + ")");
                }
                entries.add(s);
                limits.checkEntries(entries.size());
            }
        } catch (UncheckedIOException e) {
            throw failure(e.getCause(), parser.getCurrentLineNumber() + 1);
        } catch (IllegalStateException e) {
            throw new ListFormatException("malformed CSV near line " + (parser.getCurrentLineNumber() + 1) + ": "
                    + e.getMessage(), e);
        }
        return new ListDocument(FORMAT, null, entries, warnings.toList());
    }

    private static CSVParser open(BufferedReader reader, CSVFormat format) {
        try {
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException e) {
            throw failure(e, 1);
        } catch (UncheckedIOException e) {
            throw failure(e.getCause(), 1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ListFormatException("CSV header (line 1) is not usable: " + e.getMessage(), e);
        }
    }

    private static ListFormatException failure(IOException e, long line) {
        return new ListFormatException("malformed CSV near line " + line + ": " + e.getMessage(), e);
    }

    /** The header column of each mapped field, after checking that each exists. */
    private static Map<Field, String> resolve(ColumnMapping m, List<String> header) {
        if (!m.hasNameColumn()) {
            throw new ListFormatException("the CSV header " + header + " has no name column (expected one of "
                    + Field.NAME.keys() + ", " + Field.FIRST_NAME.keys() + " or " + Field.LAST_NAME.keys()
                    + "; or give a column mapping)");
        }
        Map<Field, String> out = new LinkedHashMap<>();
        m.columns().forEach((field, column) -> out.put(field, find(column, header, field.keys().get(0))));
        return out;
    }

    private static String find(String column, List<String> header, String role) {
        if (header.contains(column)) {
            return column;
        }
        for (String h : header) {
            if (h.strip().equalsIgnoreCase(column.strip())) {
                return h;
            }
        }
        throw new ListFormatException("mapped column '" + column + "' (" + role + ") is not in the CSV header "
                + header);
    }

    private static Subject subject(CSVRecord row, long line, Map<Field, String> columns,
                                   Map<String, String> detailColumns, Schema defaultSchema, Warnings warnings) {
        String id = columns.containsKey(Field.ID) ? cell(row, columns, Field.ID) : String.valueOf(row.getRecordNumber());
        if (id == null) {
            throw new ListFormatException("line " + line + ": the id column '" + columns.get(Field.ID) + "' is empty");
        }
        Schema schema = defaultSchema;
        String schemaText = cell(row, columns, Field.SCHEMA);
        if (schemaText != null) {
            try {
                schema = Schema.parse(schemaText);
            } catch (IllegalArgumentException e) {
                throw new ListFormatException("line " + line + ": " + e.getMessage(), e);
            }
        }
        NameList names = new NameList();
        Name primary = primary(row, columns);
        if (primary == null) {
            throw new ListFormatException("line " + line + ": the row has no name (columns "
                    + nameColumns(columns) + " are empty)");
        }
        names.add(primary);
        items(row, columns, Field.ALIAS).forEach(a -> names.add(NameText.name(a), NameStrength.ALIAS));
        items(row, columns, Field.WEAK_ALIAS).forEach(a -> names.add(NameText.name(a), NameStrength.WEAK));
        List<BirthDate> births = new ArrayList<>();
        for (String d : items(row, columns, Field.DATE_OF_BIRTH)) {
            try {
                births.add(BirthDate.parse(d));
            } catch (IllegalArgumentException e) {
                warnings.add("line " + line + ": " + e.getMessage());
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String c : items(row, columns, Field.COUNTRY)) {
            String code = Countries.toIso2(c);
            if (code == null) {
                warnings.add("unknown country '" + c + "'");
            } else {
                countries.add(code);
            }
        }
        List<Identifier> identifiers = new ArrayList<>();
        String idType = columns.get(Field.ID_NUMBER);
        items(row, columns, Field.ID_NUMBER).forEach(n -> identifiers.add(new Identifier(idType, n, null)));
        Map<String, String> details = new LinkedHashMap<>();
        detailColumns.forEach((label, column) -> {
            String v = NameText.detail(row.get(column));
            if (v != null) {
                details.put(label, v);
            }
        });
        return new Subject(id, schema, names.toList(), births, List.copyOf(countries),
                Gender.parse(cell(row, columns, Field.GENDER)), identifiers, details);
    }

    /** The full name (with its parts when they are given and it contains them), else the parts joined. */
    private static Name primary(CSVRecord row, Map<Field, String> columns) {
        String full = NameText.name(cell(row, columns, Field.NAME));
        String given = NameText.name(cell(row, columns, Field.FIRST_NAME));
        String middle = NameText.name(cell(row, columns, Field.MIDDLE_NAME));
        String family = NameText.name(cell(row, columns, Field.LAST_NAME));
        if (full == null) {
            return given == null && family == null && middle == null ? null
                    : Name.ofParts(given, middle, family, NameStrength.PRIMARY);
        }
        String lower = full.toLowerCase(Locale.ROOT);
        boolean partsFit = (given != null || family != null)
                && (given == null || lower.contains(given.toLowerCase(Locale.ROOT)))
                && (family == null || lower.contains(family.toLowerCase(Locale.ROOT)));
        return partsFit ? new Name(full, given, middle, family, NameStrength.PRIMARY) : Name.of(full);
    }

    private static List<String> nameColumns(Map<Field, String> columns) {
        List<String> out = new ArrayList<>();
        for (Field f : new Field[] {Field.NAME, Field.FIRST_NAME, Field.MIDDLE_NAME, Field.LAST_NAME}) {
            if (columns.containsKey(f)) {
                out.add(columns.get(f));
            }
        }
        return out;
    }

    private static String cell(CSVRecord row, Map<Field, String> columns, Field field) {
        String column = columns.get(field);
        return column == null ? null : NameText.collapse(row.get(column));
    }

    private static List<String> items(CSVRecord row, Map<Field, String> columns, Field field) {
        List<String> out = new ArrayList<>();
        String cell = cell(row, columns, field);
        if (cell != null) {
            for (String item : cell.split(";")) {
                String t = NameText.collapse(item);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The separator the header line uses most: comma, semicolon or tab (outside quotes). */
    private static char delimiter(BufferedReader reader) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        try {
            reader.mark(SNIFF_CHARS + 1);
            boolean quoted = false;
            for (int i = 0; i < SNIFF_CHARS; i++) {
                int c = reader.read();
                if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                    break;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    comma += c == ',' ? 1 : 0;
                    semicolon += c == ';' ? 1 : 0;
                    tab += c == '\t' ? 1 : 0;
                }
            }
            reader.reset();
        } catch (IOException e) {
            throw Utf8Text.failure(e, 1);
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}

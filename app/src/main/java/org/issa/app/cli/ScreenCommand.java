package org.issa.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.issa.matching.index.Match;
import org.issa.matching.index.ScreeningIndex;
import org.issa.matching.lists.ListDocument;
import org.issa.matching.lists.ListFormats;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code issa screen}: screens the rows of a CSV file against a list file, without a server or a
 * database. Prints {@code row,query_name,match_id,match_name,score,alert} to standard output
 * (the best candidate of each row, or every candidate above the threshold with {@code --all}) and
 * progress to standard error. Exit 0 when done, 2 on bad input (the message names the problem).
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen the names of a CSV file against a watch or sanctions list file.%n"
                + "Recognised columns: full_name or name, first_name, middle_name, last_name, date_of_birth or dob,"
                + " nationality or country, gender, id_number, schema.")
public final class ScreenCommand implements Callable<Integer> {

    @Option(names = "--list", required = true, description = "The list file (UN XML, EU XML, FollowTheMoney JSON lines or CSV).")
    Path list;

    @Option(names = "--list-format", description = "un, eu, ftm or csv (default: detected from the file).")
    String listFormat;

    @Option(names = "--threshold", defaultValue = "0.7", description = "Alert threshold in [0, 1] (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--all", description = "Print every candidate at or above the threshold, not only the best.")
    boolean all;

    @Parameters(index = "0", paramLabel = "INPUT.csv", description = "The names to screen, a CSV file with a header.")
    Path input;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        try {
            if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
                throw new CliInputException("--threshold must be between 0 and 1, not " + threshold);
            }
            ListDocument doc = readList();
            err.printf(Locale.ROOT, "issa screen: %d entries read from %s (%s%s)%n", doc.entries().size(), list,
                    doc.format(), doc.sourceVersion() == null ? "" : ", version " + doc.sourceVersion());
            for (String w : doc.warnings()) {
                err.println("issa screen: warning: " + w);
            }
            ScreeningIndex index = ScreeningIndex.build(doc.entries());
            List<Subject> queries = readQueries();
            screen(index, queries);
            return 0;
        } catch (CliInputException | IllegalArgumentException e) {
            err.println("issa screen: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("issa screen: cannot read " + e.getMessage());
            return 2;
        }
    }

    private ListDocument readList() throws IOException {
        if (!Files.isRegularFile(list)) {
            throw new CliInputException("list file " + list + " does not exist");
        }
        String format = listFormat;
        if (format == null) {
            byte[] head = new byte[4096];
            int n;
            try (InputStream in = Files.newInputStream(list)) {
                n = in.readNBytes(head, 0, head.length);
            }
            format = ListFormats.detect(java.util.Arrays.copyOf(head, n));
        }
        try (InputStream in = Files.newInputStream(list)) {
            return ListFormats.forName(format).read(in);
        } catch (org.issa.core.error.InvalidInputException e) {
            throw new CliInputException(list + ": " + e.getMessage());
        }
    }

    private List<Subject> readQueries() throws IOException {
        try (Reader r = CliCsv.reader(input)) {
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(r);
            QueryColumns cols = QueryColumns.of(parser.getHeaderNames());
            List<Subject> out = new ArrayList<>();
            for (CSVRecord rec : parser) {
                out.add(cols.subject(rec, out.size() + 1));
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new CliInputException("input file " + input + " does not exist");
        } catch (java.io.UncheckedIOException e) {
            throw new CliInputException(input + ": " + e.getCause().getMessage());
        }
    }

    private void screen(ScreeningIndex index, List<Subject> queries) {
        double floor = Math.min(0.5, threshold);
        int n = queries.size();
        String[] lines = new String[n];
        int step = Math.max(1, n / 20);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        IntStream.range(0, n).parallel().forEach(i -> {
            Subject q = queries.get(i);
            List<Match> found = index.screen(q, all ? threshold : floor, all ? Integer.MAX_VALUE : 1);
            StringBuilder b = new StringBuilder();
            String row = String.valueOf(i + 1);
            if (found.isEmpty()) {
                b.append(CliCsv.line(row, q.primaryName().full(), "", "", "", "false"));
            }
            for (Match m : found) {
                b.append(CliCsv.line(row, q.primaryName().full(), m.entry().id(), m.entry().primaryName().full(),
                        String.format(Locale.ROOT, "%.3f", m.score()), String.valueOf(m.score() >= threshold)));
            }
            lines[i] = b.toString();
            int d = done.incrementAndGet();
            if (d % step == 0 || d == n) {
                synchronized (err) {
                    err.printf(Locale.ROOT, "issa screen: %d of %d rows screened%n", d, n);
                }
            }
        });
        StringBuilder all = new StringBuilder("row,query_name,match_id,match_name,score,alert\n");
        out.print(all);
        for (String l : lines) {
            out.print(l);
        }
        out.flush();
    }

    /** The recognised columns of a screening input file. */
    record QueryColumns(String fullName, String first, String middle, String last, String dob, String country,
                        String gender, String id, String schema) {

        static QueryColumns of(List<String> header) {
            java.util.Map<String, String> lower = new java.util.HashMap<>();
            for (String h : header) {
                lower.put(h.strip().toLowerCase(Locale.ROOT), h);
            }
            QueryColumns c = new QueryColumns(pick(lower, "full_name", "name"), pick(lower, "first_name"),
                    pick(lower, "middle_name"), pick(lower, "last_name"), pick(lower, "date_of_birth", "dob"),
                    pick(lower, "nationality", "country"), pick(lower, "gender"), pick(lower, "id_number"), pick(lower, "schema"));
            if (c.fullName == null && c.last == null && c.first == null) {
                throw new CliInputException("the input has no name column: expected full_name, name, first_name or last_name;"
                        + " its header is " + header);
            }
            return c;
        }

        private static String pick(java.util.Map<String, String> lower, String... names) {
            for (String n : names) {
                if (lower.containsKey(n)) {
                    return lower.get(n);
                }
            }
            return null;
        }

        Subject subject(CSVRecord rec, int row) {
            String full = get(rec, fullName);
            Name name;
            if (full != null) {
                name = Name.of(full);
            } else {
                String f = get(rec, first);
                String m = get(rec, middle);
                String l = get(rec, last);
                if (f == null && l == null) {
                    throw new CliInputException("row " + row + " (line " + rec.getRecordNumber() + "): no name given");
                }
                name = Name.ofParts(f, m, l, NameStrength.PRIMARY);
            }
            Schema s = Schema.PERSON;
            String sch = get(rec, schema);
            List<BirthDate> dobs = List.of();
            List<String> countries = List.of();
            List<Identifier> ids = List.of();
            try {
                if (sch != null) {
                    s = Schema.parse(sch);
                }
                String d = get(rec, dob);
                if (d != null) {
                    dobs = List.of(BirthDate.parse(d));
                }
            } catch (IllegalArgumentException e) {
                throw new CliInputException("row " + row + ": " + e.getMessage());
            }
            String c = get(rec, country);
            if (c != null) {
                String iso = org.issa.matching.lists.Countries.toIso2(c);
                if (iso == null) {
                    throw new CliInputException("row " + row + ": unknown country '" + c + "'");
                }
                countries = List.of(iso);
            }
            String idn = get(rec, id);
            if (idn != null) {
                ids = List.of(new Identifier("", idn, null));
            }
            return new Subject(String.valueOf(row), s, List.of(name), dobs, countries, Gender.parse(get(rec, gender)), ids, Map.of());
        }

        private static String get(CSVRecord rec, String column) {
            if (column == null || !rec.isSet(column)) {
                return null;
            }
            String v = rec.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}

package org.issa.investigation.importer;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One CSV line split into trimmed fields (RFC 4180 quoting; a field may not span lines). */
final class CsvLine {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    private CsvLine() {
    }

    static List<String> split(String line, long n) {
        try (CSVParser p = CSVParser.parse(new StringReader(line), FORMAT)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) {
                throw ImportError.at(n, "expected one CSV record on the line");
            }
            List<String> out = new ArrayList<>();
            records.get(0).forEach(v -> out.add(v.strip()));
            return out;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ImportError.at(n, "malformed CSV (a quote is not closed on its line?)");
        }
    }
}

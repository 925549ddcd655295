package org.issa.matching.resolution;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated file with a header row, every cell read as a string (so postcodes keep their
 * leading zeros) with surrounding spaces removed (FEBRL writes a space after every comma).
 *
 * @param header the column names, trimmed
 * @param rows   the data rows, cells trimmed, empty cells as empty strings
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static CsvTable read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static CsvTable read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        try (CSVParser p = CSVParser.parse(reader, format)) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                List<String> cells = new ArrayList<>(rec.size());
                rec.forEach(c -> cells.add(c.strip()));
                if (header == null) {
                    header = cells;
                } else if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    rows.add(cells);
                }
            }
            if (header == null) {
                throw new IOException("the file is empty: no header row");
            }
            return new CsvTable(header, rows);
        }
    }

    /** The index of a column by exact (trimmed) name, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }
}

package org.issa.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.issa.matching.resolution.CsvTable;
import org.issa.matching.resolution.Deduplicator;
import org.issa.matching.resolution.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code issa dedupe}: finds the records of a CSV file that describe the same person (Fellegi-Sunter
 * with parameters learnt by EM, no labels) and prints {@code row,cluster}. No server, no database.
 */
@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = "Group the rows of a CSV file that describe the same person; prints row,cluster.%n"
                + "Recognised columns include first_name/given_name, last_name/surname, full_name, date_of_birth/dob,"
                + " city/suburb, postcode, address_1, address_2, state, email, id_number/soc_sec_id.")
public final class DedupeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT.csv", description = "The records, a CSV file with a header.")
    Path input;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            err.println("issa dedupe: input file " + input + " does not exist");
            return 2;
        }
        try {
            CsvTable csv = CsvTable.read(input);
            Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
            err.printf(Locale.ROOT, "issa dedupe: %d records read%n", csv.rows().size());
            Resolution r = d.resolve(d.layout().toRecords(csv.rows()));
            err.printf(Locale.ROOT, "issa dedupe: %d candidate pairs (reduction ratio %.4f), EM %d iterations, %d clusters%n",
                    r.blocking().candidatePairs(), r.blocking().reductionRatio(), r.model().iterations(), r.clusterCount());
            StringBuilder b = new StringBuilder("row,cluster\n");
            for (Map.Entry<String, Integer> e : r.clustersById().entrySet()) {
                b.append(Integer.parseInt(e.getKey()) + 1).append(',').append(e.getValue()).append('\n');
            }
            out.print(b);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("issa dedupe: " + e.getMessage());
            return 2;
        }
    }
}

package org.issa.matching.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.issa.matching.compare.SubjectScorer;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * Runs the screening scorer over the labelled name pairs of the nomenklatura name bench
 * ({@code case_group,schema,name1,name2,is_match,quality,category,notes}; name1 is the query).
 */
public final class NameBench {

    /** One labelled pair. */
    public record Case(String group, Schema schema, String query, String candidate, boolean match, String quality) {
    }

    /** One scored pair. */
    public record Scored(Case c, double score) {
    }

    private NameBench() {
    }

    public static List<Case> read(Path csv) throws IOException {
        List<Case> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(new Case(rec.get("case_group"), Schema.parse(rec.get("schema")), rec.get("name1"), rec.get("name2"),
                        Boolean.parseBoolean(rec.get("is_match").trim().toLowerCase(Locale.ROOT)),
                        rec.get("quality").isBlank() ? "MEDIUM" : rec.get("quality").trim()));
            }
        }
        return out;
    }

    public static List<Scored> score(List<Case> cases, SubjectScorer scorer) {
        List<Scored> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            Subject q = Subject.named("q", c.schema(), c.query());
            Subject e = Subject.named("e", c.schema(), c.candidate());
            out.add(new Scored(c, scorer.compare(q, e).score()));
        }
        return out;
    }

    public static PairCounts counts(List<Scored> scored, double threshold) {
        PairCounts p = new PairCounts(0, 0, 0, 0);
        for (Scored s : scored) {
            p = p.plus(s.score() >= threshold, s.c().match());
        }
        return p;
    }
}

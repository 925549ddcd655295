package org.issa.matching.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.matching.model.Name;
import org.issa.matching.model.Subject;
import org.issa.matching.text.Similarity;

/**
 * Scores a candidate against a query. INTERIM: best Jaro-Winkler over lower-cased names; replaced
 * by the full explained comparison.
 */
public final class SubjectScorer {

    public Comparison compare(Subject query, Subject candidate) {
        double best = 0;
        String evidence = "";
        for (Name q : query.names()) {
            for (Name c : candidate.names()) {
                double s = Similarity.jaroWinkler(q.full().toLowerCase(Locale.ROOT), c.full().toLowerCase(Locale.ROOT));
                if (s > best) {
                    best = s;
                    evidence = "'" + q.full() + "' ~ '" + c.full() + "'";
                }
            }
        }
        List<Feature> f = new ArrayList<>();
        f.add(new Feature("name", evidence, best, best));
        return new Comparison(best, new Explanation("name similarity " + String.format(Locale.ROOT, "%.2f", best), f));
    }
}

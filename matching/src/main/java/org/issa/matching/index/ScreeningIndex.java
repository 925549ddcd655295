package org.issa.matching.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.issa.matching.compare.Comparison;
import org.issa.matching.compare.SubjectScorer;
import org.issa.matching.model.Subject;

/**
 * An in-memory screening index over one list. Thread-safe for concurrent {@link #screen} calls
 * once built. INTERIM: brute force; replaced by candidate generation.
 */
public final class ScreeningIndex {

    private final List<Subject> entries;
    private final SubjectScorer scorer = new SubjectScorer();

    private ScreeningIndex(List<Subject> entries) {
        this.entries = entries;
    }

    public static ScreeningIndex build(Collection<Subject> entries) {
        return new ScreeningIndex(List.copyOf(entries));
    }

    public int size() {
        return entries.size();
    }

    /** The entries scoring at least {@code threshold}, best first, at most {@code limit}. */
    public List<Match> screen(Subject query, double threshold, int limit) {
        List<Match> out = new ArrayList<>();
        for (Subject e : entries) {
            if (!query.schema().comparableWith(e.schema())) {
                continue;
            }
            Comparison c = scorer.compare(query, e);
            if (c.score() >= threshold) {
                out.add(new Match(e, c.score(), c.explanation()));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }
}

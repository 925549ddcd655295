package org.issa.matching.compare;

import java.util.List;
import org.issa.matching.model.Subject;
import org.issa.matching.names.AnalysedName;

/**
 * A subject with its names analysed and identifiers normalised once, for repeated comparison.
 * A query also carries a {@link SimilarityMemo} per name, so it belongs to one thread at a time;
 * a list entry carries none.
 */
public record PreparedSubject(Subject subject, List<AnalysedName> names, List<String> identifiers,
                              List<SimilarityMemo> memos) {

    public PreparedSubject(Subject subject, List<AnalysedName> names, List<String> identifiers) {
        this(subject, names, identifiers, memos(names.size()));
    }

    private static List<SimilarityMemo> memos(int n) {
        SimilarityMemo[] m = new SimilarityMemo[n];
        for (int i = 0; i < n; i++) {
            m[i] = new SimilarityMemo();
        }
        return List.of(m);
    }
}

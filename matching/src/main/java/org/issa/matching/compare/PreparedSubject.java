package org.issa.matching.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.issa.matching.model.Subject;
import org.issa.matching.names.AnalysedName;

/**
 * A subject with its names analysed and identifiers normalised once, for repeated comparison.
 * When it is a query, it also remembers the similarity of each of its parts with the candidate
 * parts already met (list entries repeat the same parts across their aliases), so it belongs to
 * one thread at a time.
 */
public record PreparedSubject(Subject subject, List<AnalysedName> names, List<String> identifiers,
                              List<Map<String, double[]>> partMemo) {

    public PreparedSubject(Subject subject, List<AnalysedName> names, List<String> identifiers) {
        this(subject, names, identifiers, memo(names.size()));
    }

    private static List<Map<String, double[]>> memo(int n) {
        @SuppressWarnings("unchecked")
        Map<String, double[]>[] maps = new Map[n];
        for (int i = 0; i < n; i++) {
            maps[i] = new HashMap<>();
        }
        return List.of(maps);
    }
}

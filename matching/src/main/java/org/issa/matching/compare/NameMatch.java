package org.issa.matching.compare;

import java.util.List;
import org.issa.matching.names.AnalysedName;
import org.issa.matching.names.NamePart;

/**
 * The comparison of two names: the score and, when asked for, the aligned parts and the parts
 * left over on either side.
 */
public record NameMatch(AnalysedName query, AnalysedName candidate, double score, List<Pair> pairs,
                        List<NamePart> queryLeft, List<NamePart> candidateLeft) {

    /** Two aligned parts ({@code candidate} may be two parts written together on the other side). */
    public record Pair(String query, String candidate, double similarity, PartSimilarity.Reason reason) {
    }
}

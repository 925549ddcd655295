package org.issa.matching.compare;

import java.util.List;

/**
 * Why a candidate scored what it did: a one-line summary and the features in the order they were
 * applied. The final score is the sum of the contributions, clamped to [0, 1].
 */
public record Explanation(String summary, List<Feature> features) {

    public Explanation {
        features = List.copyOf(features);
    }
}

package org.issa.matching.index;

import org.issa.matching.compare.Explanation;
import org.issa.matching.model.Subject;

/** A list entry found for a query, with its score and why. */
public record Match(Subject entry, double score, Explanation explanation) {
}

package org.issa.matching.compare;

import java.util.List;
import org.issa.matching.model.Subject;
import org.issa.matching.names.AnalysedName;

/** A subject with its names analysed and identifiers normalised once, for repeated comparison. */
public record PreparedSubject(Subject subject, List<AnalysedName> names, List<String> identifiers) {
}

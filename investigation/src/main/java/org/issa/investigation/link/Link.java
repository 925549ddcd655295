package org.issa.investigation.link;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A link between two entities as the reader may see it: the links of one relation between the
 * same two entities are shown as one, with how many there are and their total weight.
 *
 * @param id       stable for the pair and relation
 * @param source   canonical id of one end (the source when directed)
 * @param target   canonical id of the other end
 * @param relation the link schema ({@code Call}) or reference property ({@code bank})
 * @param verb     how it reads: "called", "owns"…
 * @param directed whether it has a direction
 * @param count    how many stored links it stands for
 * @param weight   their total weight (communications counted, or 1 each)
 * @param from     the earliest date among them, if any
 * @param to       the latest date among them, if any
 */
public record Link(String id, String source, String target, String relation, String verb, boolean directed, int count,
                   double weight, Optional<LocalDate> from, Optional<LocalDate> to) {
}

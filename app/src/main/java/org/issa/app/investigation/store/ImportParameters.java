package org.issa.app.investigation.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.app.web.MarkingInput;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.investigation.importer.TabularOptions;

/** The query parameters of an import request, turned into the domain's options (errors name the parameter). */
public record ImportParameters(String dataset, String source, String relation, String nodeSchema, Boolean createNodes, String period,
                        String from, String to, String classification, String tlp, String releasableTo) {

    public Marking marking(Principal p) {
        List<String> rel = releasableTo == null || releasableTo.isBlank() ? List.of()
                : Arrays.stream(releasableTo.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new MarkingInput(classification, tlp, rel, List.of()).toMarking(p.agency());
    }

    public TabularOptions options(Principal p) {
        return new TabularOptions(dataset, source, relation, nodeSchema, Boolean.TRUE.equals(createNodes),
                period == null || period.isBlank() ? Optional.empty() : Optional.of(period.strip()), date("from", from), date("to", to),
                marking(p));
    }

    static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 1994-03-01");
        }
    }
}

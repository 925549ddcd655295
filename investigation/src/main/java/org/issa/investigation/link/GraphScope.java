package org.issa.investigation.link;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.investigation.entity.FtmModel;

/**
 * Which links an analysis looks at: relation types (link schemata such as {@code Call}, or
 * reference properties such as {@code bank}; all when empty), datasets (all when empty), and a
 * period: a link counts when its dates overlap {@code [from, to]}; undated links are left out
 * once a period is given.
 */
public record GraphScope(Set<String> relations, Set<String> datasets, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final GraphScope ALL = new GraphScope(Set.of(), Set.of(), Optional.empty(), Optional.empty());

    public GraphScope {
        relations = Set.copyOf(relations);
        datasets = Set.copyOf(datasets);
        for (String r : relations) {
            if (!FtmModel.relations().contains(r)) {
                throw new InvalidInputException("relations", "unknown relation '" + r + "'; known: " + String.join(", ", FtmModel.relations()));
            }
        }
        if (relations.size() > 64 || datasets.size() > 64) {
            throw new InvalidInputException("datasets", "at most 64 relation types and 64 datasets");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidInputException("to", "the period ends before it starts");
        }
    }

    public GraphScope during(Optional<LocalDate> f, Optional<LocalDate> t) {
        return new GraphScope(relations, datasets, f, t);
    }
}

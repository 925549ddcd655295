package org.issa.core.screening;

import java.util.List;
import java.util.Objects;
import org.issa.core.marking.Marking;

/**
 * One entry of one watch list that a screened record matched.
 *
 * @param listId      the list's id
 * @param listName    the list's name, as shown to reviewers
 * @param listVersion the list version screened
 * @param entryId     the entry's id within the list (the source's reference)
 * @param entryName   the entry's primary name
 * @param score       the match score in [0, 1]
 * @param summary     a one-line explanation of why the entry matched
 * @param features    the explanation's features in the order applied, one line each ("name: evidence, score, contribution")
 * @param marking     the entry's marking: whatever is raised from the match must carry at least this
 */
public record WatchlistMatch(String listId, String listName, int listVersion, String entryId, String entryName, double score,
                             String summary, List<String> features, Marking marking) {

    public WatchlistMatch {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(marking, "marking");
        listName = listName == null ? "" : listName;
        entryName = entryName == null ? "" : entryName;
        summary = summary == null ? "" : summary;
        features = features == null ? List.of() : List.copyOf(features);
    }
}

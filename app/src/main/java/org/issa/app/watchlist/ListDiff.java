package org.issa.app.watchlist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.issa.matching.model.Subject;

/**
 * The difference between the current entries of a list (entry id to content hash) and a newly
 * read version: entries added, entries whose content hash changed, entries no longer present.
 */
public record ListDiff(List<Subject> added, List<Subject> changed, Set<String> removed, int unchanged) {

    public static ListDiff between(Map<String, String> current, List<Subject> incoming) {
        List<Subject> added = new ArrayList<>();
        List<Subject> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (Subject s : incoming) {
            seen.add(s.id());
            String before = current.get(s.id());
            if (before == null) {
                added.add(s);
            } else if (!before.equals(SubjectJson.contentHash(s))) {
                changed.add(s);
            } else {
                unchanged++;
            }
        }
        Set<String> removed = new TreeSet<>(current.keySet());
        removed.removeAll(seen);
        return new ListDiff(List.copyOf(added), List.copyOf(changed), Set.copyOf(removed), unchanged);
    }

    public boolean empty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}

package org.issa.cyber.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The outcome of checking a bundle: each entry with its issues, and the counts users ask for. */
public record ValidationReport(Optional<String> bundleId, List<Checked> entries, List<Issue> bundleIssues) {

    public ValidationReport {
        entries = List.copyOf(entries);
        bundleIssues = List.copyOf(bundleIssues);
    }

    public boolean valid() {
        return entries.stream().noneMatch(Checked::refused);
    }

    public List<Checked> refused() {
        return entries.stream().filter(Checked::refused).toList();
    }

    /** Objects without error, duplicates left out, in bundle order. */
    public List<StixObject> accepted() {
        return entries.stream().filter(e -> !e.refused() && !e.duplicate()).map(e -> e.object().orElseThrow()).toList();
    }

    public List<Issue> issues() {
        List<Issue> all = new ArrayList<>(bundleIssues);
        entries.forEach(e -> all.addAll(e.issues()));
        return all;
    }

    public long errorCount() {
        return issues().stream().filter(Issue::isError).count();
    }

    /** Objects per type among those that could be read. */
    public Map<String, Integer> byType() {
        Map<String, Integer> counts = new TreeMap<>();
        entries.forEach(e -> e.object().ifPresent(o -> counts.merge(o.type(), 1, Integer::sum)));
        return counts;
    }
}

package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Entry point: deduplicates one dataset ({@link #resolve}) or links two ({@link #link}) without
 * labels. Steps: normalise the values; block (union of the rules' candidate pairs); compare every
 * candidate pair field by field into levels; estimate u from random pairs and m and λ by EM;
 * score the pairs; cluster.
 *
 * <pre>{@code
 * CsvTable csv = CsvTable.read(path);
 * Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
 * Resolution r = d.resolve(d.layout().toRecords(csv.rows()));
 * r.clustersById().forEach((row, cluster) -> out.println(row + "," + cluster));
 * }</pre>
 */
public final class Deduplicator {

    private final RecordLayout layout;
    private final Set<Field> fields;
    private final ResolutionSettings settings;

    private Deduplicator(RecordLayout layout, Set<Field> fields, ResolutionSettings settings) {
        this.layout = layout;
        this.fields = fields;
        this.settings = settings;
    }

    /** A deduplicator for a CSV with this header; unknown columns (ids, ground truth) are ignored. */
    public static Deduplicator fromCsvHeader(List<String> header) {
        return forLayout(RecordLayout.fromHeader(header));
    }

    public static Deduplicator forLayout(RecordLayout layout) {
        return new Deduplicator(layout, EnumSet.copyOf(layout.fields()), ResolutionSettings.defaults());
    }

    /** A deduplicator for records built in code, comparing these fields. */
    public static Deduplicator forFields(Set<Field> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("no field to compare");
        }
        return new Deduplicator(null, EnumSet.copyOf(fields), ResolutionSettings.defaults());
    }

    public Deduplicator withSettings(ResolutionSettings s) {
        return new Deduplicator(layout, fields, s);
    }

    /** The same deduplicator ignoring some fields. */
    public Deduplicator without(Field... drop) {
        Set<Field> f = EnumSet.copyOf(fields);
        for (Field d : drop) {
            f.remove(d);
        }
        if (f.isEmpty()) {
            throw new IllegalArgumentException("no field left");
        }
        return new Deduplicator(layout == null ? null : layout.without(drop), f, settings);
    }

    /** The CSV layout, or null when built with {@link #forFields}. */
    public RecordLayout layout() {
        return layout;
    }

    public Set<Field> fields() {
        return EnumSet.copyOf(fields);
    }

    public ResolutionSettings settings() {
        return settings;
    }

    /** Deduplicates one dataset: clusters of records that are the same entity. */
    public Resolution resolve(List<ResolutionRecord> records) {
        return run(new RecordTable(records, List.copyOf(fields), records.size()));
    }

    /**
     * Links two datasets: only pairs across them are compared. The resolution's records are the
     * left ones followed by the right ones; record ids must be distinct across both.
     */
    public Resolution link(List<ResolutionRecord> left, List<ResolutionRecord> right) {
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("link needs records on both sides");
        }
        List<ResolutionRecord> all = new ArrayList<>(left);
        all.addAll(right);
        return run(new RecordTable(all, List.copyOf(fields), left.size()));
    }

    private Resolution run(RecordTable table) {
        Training.Outcome t = Training.train(table, settings);
        List<ScoredPair> scored = t.score();
        int[] clusters = Clustering.cluster(table.size(), scored, settings.threshold(), settings.cohesion(),
                (i, j) -> t.probability(table, i, j), table.linkMode(), table.leftSize());
        return new Resolution(table, t, clusters, scored, settings);
    }
}

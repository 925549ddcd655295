package org.issa.matching.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a deduplication or linkage run: a cluster id per record, every candidate pair
 * with its score, the learnt model and the blocking report. In link mode the records are the left
 * dataset's followed by the right's.
 */
public final class Resolution {

    private final RecordTable table;
    private final Training.Outcome training;
    private final int[] clusters;
    private final List<ScoredPair> pairs;
    private final ResolutionSettings settings;

    Resolution(RecordTable table, Training.Outcome training, int[] clusters, List<ScoredPair> pairs,
               ResolutionSettings settings) {
        this.table = table;
        this.settings = settings;
        this.training = training;
        this.clusters = clusters.clone();
        this.pairs = List.copyOf(pairs);
    }

    /** The records, in input order (link mode: left, then right). */
    public List<ResolutionRecord> records() {
        return table.records();
    }

    /** Whether this run linked two datasets. */
    public boolean isLink() {
        return table.linkMode();
    }

    /** Number of records of the left dataset in link mode; all records otherwise. */
    public int leftSize() {
        return table.leftSize();
    }

    /** The cluster id of every record, in record order; ids run 0, 1, 2… by first record. */
    public int[] clusters() {
        return clusters.clone();
    }

    /** The cluster id of the record at an index. */
    public int clusterOf(int index) {
        return clusters[index];
    }

    /** Record id → cluster id, in record order: what {@code issa dedupe} prints. */
    public Map<String, Integer> clustersById() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < clusters.length; i++) {
            m.put(table.record(i).id(), clusters[i]);
        }
        return m;
    }

    /** Number of clusters, singletons included. */
    public int clusterCount() {
        int max = -1;
        for (int c : clusters) {
            max = Math.max(max, c);
        }
        return max + 1;
    }

    /** Every candidate pair with its weight and probability, in blocking order. */
    public List<ScoredPair> pairs() {
        return pairs;
    }

    /** The learnt model: λ, m and u per level, EM iterations. */
    public FellegiSunterModel model() {
        return training.model();
    }

    /** Candidate pairs, reduction ratio, skipped blocks. */
    public BlockingReport blocking() {
        return training.blocking();
    }

    /** The settings of the run (threshold, cohesion, blocking…). */
    public ResolutionSettings settings() {
        return settings;
    }

    /** Why records at these indices score as they do (they need not be a candidate pair). */
    public PairExplanation explain(int left, int right) {
        return training.model().explain(left, right, training.comparer());
    }

    Training.Outcome training() {
        return training;
    }

    RecordTable table() {
        return table;
    }

    @Override
    public String toString() {
        return "Resolution[" + clusters.length + " records, " + clusterCount() + " clusters, " + pairs.size()
                + " candidate pairs]";
    }
}

package org.issa.matching.resolution;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairwise quality of a clustering against the truth: every pair of records inside a predicted
 * cluster is a predicted match, every pair inside a true cluster a true match. Counted from the
 * cluster sizes, so a 10-record cluster counts its 45 pairs, without listing them.
 *
 * @param truePositives     pairs together in both clusterings
 * @param predictedPairs    pairs together in the predicted clustering
 * @param truePairs         pairs together in the true clustering
 * @param predictedClusters clusters predicted (singletons included)
 * @param trueClusters      true clusters (singletons included)
 */
public record PairwiseEvaluation(long truePositives, long predictedPairs, long truePairs, int predictedClusters,
                                 int trueClusters) {

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");

    /**
     * Compares two clusterings of the same records, each a map from record id to cluster label.
     *
     * @throws IllegalArgumentException when the two maps do not cover the same records
     */
    public static <K> PairwiseEvaluation of(Map<K, ?> predicted, Map<K, ?> truth) {
        if (!predicted.keySet().equals(truth.keySet())) {
            throw new IllegalArgumentException("the clusterings cover different records: " + predicted.size()
                    + " predicted, " + truth.size() + " true");
        }
        Map<Object, Long> pred = new HashMap<>();
        Map<Object, Long> real = new HashMap<>();
        Map<List<Object>, Long> both = new HashMap<>();
        predicted.forEach((k, p) -> {
            Object t = truth.get(k);
            pred.merge(p, 1L, Long::sum);
            real.merge(t, 1L, Long::sum);
            both.merge(List.of(p, t), 1L, Long::sum);
        });
        return new PairwiseEvaluation(pairs(both), pairs(pred), pairs(real), pred.size(), real.size());
    }

    /**
     * The true clusters of a CSV's rows from a ground-truth column, keyed by row number (0, 1, 2…,
     * as {@link RecordLayout#toRecords} numbers them). A FEBRL record id {@code rec-N-org} or
     * {@code rec-N-dup-k} stands for entity {@code N}; any other value is the cluster label itself.
     */
    public static Map<String, String> trueClusters(CsvTable table, String column) {
        int c = table.column(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + table.header());
        }
        Map<String, String> truth = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String v = table.rows().get(i).get(c);
            Matcher m = FEBRL_ID.matcher(v);
            truth.put(Integer.toString(i), m.matches() ? m.group(1) : v);
        }
        return truth;
    }

    /** Compares cluster labels given per record index. */
    public static PairwiseEvaluation of(int[] predicted, int[] truth) {
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException("different record counts: " + predicted.length + " / " + truth.length);
        }
        Map<Integer, Integer> p = new HashMap<>();
        Map<Integer, Integer> t = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            p.put(i, predicted[i]);
            t.put(i, truth[i]);
        }
        return of(p, t);
    }

    private static long pairs(Map<?, Long> sizes) {
        long s = 0;
        for (long n : sizes.values()) {
            s += n * (n - 1) / 2;
        }
        return s;
    }

    /** Share of predicted pairs that are true; 1 when nothing is predicted. */
    public double precision() {
        return predictedPairs == 0 ? 1 : (double) truePositives / predictedPairs;
    }

    /** Share of true pairs that are predicted; 1 when there are none. */
    public double recall() {
        return truePairs == 0 ? 1 : (double) truePositives / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "precision %.4f, recall %.4f, F1 %.4f (%,d of %,d predicted pairs true, %,d true pairs; "
                        + "%,d clusters predicted, %,d true)",
                precision(), recall(), f1(), truePositives, predictedPairs, truePairs, predictedClusters,
                trueClusters);
    }
}

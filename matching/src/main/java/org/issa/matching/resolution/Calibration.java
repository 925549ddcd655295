package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an unsupervised run against labels, when some exist: the m-probabilities counted
 * directly on the labelled matching candidate pairs beside the ones EM learnt, and the probability
 * threshold that would have classified the candidate pairs best (pairwise F1) beside the one used.
 * It changes nothing in the run; it says how far the unsupervised model is from the labelled one.
 *
 * @param levels            per field and level, m from EM and m from the labels
 * @param labelledMatches   candidate pairs whose two records share a true cluster
 * @param labelledPairs     candidate pairs with both records labelled
 * @param threshold         the run's threshold
 * @param f1AtThreshold     pairwise F1 of the candidate pairs classified at that threshold
 * @param bestThreshold     the threshold with the best such F1
 * @param f1AtBestThreshold that F1
 */
public record Calibration(List<LevelCalibration> levels, long labelledMatches, long labelledPairs, double threshold,
                          double f1AtThreshold, double bestThreshold, double f1AtBestThreshold) {

    public Calibration {
        levels = List.copyOf(levels);
    }

    /** One level: m learnt by EM and m counted on labelled matches. */
    public record LevelCalibration(Field field, String level, double mEm, double mLabelled) {
        public double difference() {
            return mEm - mLabelled;
        }
    }

    /**
     * Compares a run with true cluster labels keyed by record id; records without a label are left
     * out.
     */
    public static Calibration of(Resolution r, Map<String, ?> truthById) {
        double threshold = r.settings().threshold();
        Training.Outcome t = r.training();
        List<FieldComparison> comps = t.model().comparisons();
        int fields = comps.size();
        double[][] counts = new double[fields][];
        double[] present = new double[fields];
        for (int f = 0; f < fields; f++) {
            counts[f] = new double[comps.get(f).levels().size()];
        }
        List<double[]> scored = new ArrayList<>();
        long matches = 0;
        List<ScoredPair> pairs = r.pairs();
        for (int p = 0; p < pairs.size(); p++) {
            ScoredPair sp = pairs.get(p);
            Object a = truthById.get(r.records().get(sp.left()).id());
            Object b = truthById.get(r.records().get(sp.right()).id());
            if (a == null || b == null) {
                continue;
            }
            boolean match = Objects.equals(a, b);
            scored.add(new double[] {sp.probability(), match ? 1 : 0});
            if (!match) {
                continue;
            }
            matches++;
            for (int f = 0; f < fields; f++) {
                int l = t.levels()[p * fields + f];
                if (l >= 0) {
                    counts[f][l]++;
                    present[f]++;
                }
            }
        }
        List<LevelCalibration> out = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            for (int l = 0; l < counts[f].length; l++) {
                double labelled = present[f] == 0 ? Double.NaN : counts[f][l] / present[f];
                out.add(new LevelCalibration(comps.get(f).field(), comps.get(f).levels().get(l), t.model().m(f, l),
                        labelled));
            }
        }
        scored.sort(Comparator.comparingDouble((double[] x) -> x[0]).reversed());
        double best = threshold;
        double bestF1 = -1;
        long tp = 0;
        for (int i = 0; i < scored.size(); i++) {
            tp += (long) scored.get(i)[1];
            double f1 = matches == 0 ? 0 : 2.0 * tp / (i + 1 + matches);
            boolean lastOfTie = i + 1 == scored.size() || scored.get(i + 1)[0] < scored.get(i)[0];
            if (lastOfTie && f1 > bestF1) {
                bestF1 = f1;
                best = scored.get(i)[0];
            }
        }
        return new Calibration(out, matches, scored.size(), threshold, f1At(scored, matches, threshold), best,
                Math.max(bestF1, 0));
    }

    private static double f1At(List<double[]> scored, long matches, double threshold) {
        long tp = 0;
        long predicted = 0;
        for (double[] s : scored) {
            if (s[0] >= threshold) {
                predicted++;
                tp += (long) s[1];
            }
        }
        return predicted + matches == 0 ? 0 : 2.0 * tp / (predicted + matches);
    }

    /** The largest |m from EM − m from labels| over all levels. */
    public double maxDifference() {
        double d = 0;
        for (LevelCalibration l : levels) {
            if (!Double.isNaN(l.mLabelled())) {
                d = Math.max(d, Math.abs(l.difference()));
            }
        }
        return d;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%,d labelled candidate pairs, %,d matches; F1 at threshold %.3f: %.4f; best threshold %.4g: F1 %.4f; "
                        + "largest m difference %.4f%n", labelledPairs, labelledMatches, threshold, f1AtThreshold,
                bestThreshold, f1AtBestThreshold, maxDifference()));
        for (LevelCalibration l : levels) {
            b.append(String.format(Locale.ROOT, "  %-14s %-38s m(EM)=%.4f m(labels)=%.4f%n", l.field().key(),
                    l.level(), l.mEm(), l.mLabelled()));
        }
        return b.toString();
    }
}

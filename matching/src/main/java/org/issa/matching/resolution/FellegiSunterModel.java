package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A learnt Fellegi-Sunter model: for each field comparison and level, m = P(level | same entity)
 * and u = P(level | different entities), and λ = P(two records picked at random are the same
 * entity). The match weight of a pair is {@code log2(λ / (1 − λ)) + Σ log2(m / u)} over the fields
 * present on both sides (a missing value is neutral); its probability is {@code 1 / (1 + 2^-w)}.
 *
 * <p>With term-frequency adjustment, an exact agreement on a name (or a city) uses as u the share
 * of records carrying that very value rather than the average: "taylor" = "taylor" says less than
 * "zilm" = "zilm". The adjustment applies when scoring, not while m is learnt.
 *
 * <p>A model belongs to the run that learnt it: its term frequencies are those of that run's
 * records.
 */
public final class FellegiSunterModel {

    private final List<FieldComparison> comparisons;
    private final double lambda;
    private final double[][] m;
    private final double[][] u;
    private final int iterations;
    private final boolean converged;
    private final boolean[] termFrequency;
    private final RecordTable table;

    FellegiSunterModel(List<FieldComparison> comparisons, double lambda, double[][] m, double[][] u, int iterations,
                       boolean converged, boolean[] termFrequency, RecordTable table) {
        this.comparisons = List.copyOf(comparisons);
        this.lambda = lambda;
        this.m = m;
        this.u = u;
        this.iterations = iterations;
        this.converged = converged;
        this.termFrequency = termFrequency.clone();
        this.table = table;
    }

    /** The field comparisons, in the order of the levels. */
    public List<FieldComparison> comparisons() {
        return comparisons;
    }

    /** P(two records picked at random are the same entity). */
    public double lambda() {
        return lambda;
    }

    /** log2(λ / (1 − λ)), the weight a pair starts from. */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** m of a level of the i-th comparison. */
    public double m(int comparison, int level) {
        return m[comparison][level];
    }

    /** u of a level of the i-th comparison (before any term-frequency adjustment). */
    public double u(int comparison, int level) {
        return u[comparison][level];
    }

    /** EM iterations run. */
    public int iterations() {
        return iterations;
    }

    /** Whether EM converged before its iteration limit. */
    public boolean converged() {
        return converged;
    }

    /**
     * The match weight of a pair whose first record is {@code i} and whose levels start at
     * {@code off} (the first record's values give the term frequencies).
     */
    double weight(int i, byte[] levels, int off) {
        double w = priorWeight();
        String[] a = table.row(i);
        for (int f = 0; f < comparisons.size(); f++) {
            int l = levels[off + f];
            if (l >= 0) {
                w += log2(m[f][l] / effectiveU(f, l, a[f]));
            }
        }
        return w;
    }

    private double effectiveU(int f, int level, String value) {
        if (level == 0 && termFrequency[f] && value != null) {
            double freq = table.frequency(f, value);
            if (freq > 0) {
                return freq;
            }
        }
        return u[f][level];
    }

    /** The explanation of records i and j of the table. */
    PairExplanation explain(int i, int j, PairComparer comparer) {
        String[] a = table.row(i);
        String[] b = table.row(j);
        byte[] levels = new byte[comparisons.size()];
        boolean swapped = comparer.compare(a, b, levels, 0);
        List<FieldEvidence> evidence = new ArrayList<>();
        double w = priorWeight();
        for (int f = 0; f < comparisons.size(); f++) {
            FieldComparison c = comparisons.get(f);
            String right = b[f];
            if (swapped && (c.field() == Field.GIVEN_NAME || c.field() == Field.FAMILY_NAME)) {
                right = b[otherNamePart(c.field())];
            }
            int l = levels[f];
            if (l < 0) {
                evidence.add(FieldEvidence.missing(c.field(), a[f], right));
                continue;
            }
            double eu = effectiveU(f, l, a[f]);
            double bf = m[f][l] / eu;
            w += log2(bf);
            evidence.add(new FieldEvidence(c.field(), a[f], right, c.levels().get(l), m[f][l], eu, bf, log2(bf),
                    eu != u[f][l]));
        }
        double p = probability(w);
        return new PairExplanation(table.record(i).id(), table.record(j).id(), priorWeight(), evidence, swapped, w, p);
    }

    private int otherNamePart(Field f) {
        Field other = f == Field.GIVEN_NAME ? Field.FAMILY_NAME : Field.GIVEN_NAME;
        for (int k = 0; k < comparisons.size(); k++) {
            if (comparisons.get(k).field() == other) {
                return k;
            }
        }
        throw new IllegalStateException("no " + other);
    }

    /** 1 / (1 + 2^-w). */
    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** λ, then per comparison and level m, u and the Bayes factor, and how EM ended. */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "λ = %.3g (prior weight %+.2f); EM %s after %d iterations%n", lambda, priorWeight(),
                converged ? "converged" : "stopped", iterations));
        for (int f = 0; f < comparisons.size(); f++) {
            FieldComparison c = comparisons.get(f);
            b.append(c.field().key()).append(termFrequency[f] ? " (term-frequency adjusted when exact)" : "")
                    .append('\n');
            for (int l = 0; l < c.levels().size(); l++) {
                b.append(String.format(Locale.ROOT, "  %-40s m=%.4f u=%.6f bf=%.3g%n", c.levels().get(l), m[f][l],
                        u[f][l], m[f][l] / u[f][l]));
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}

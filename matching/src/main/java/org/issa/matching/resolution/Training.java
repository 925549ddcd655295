package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Learns a model on one run's records: blocking, levels of every candidate pair, u from random
 * pairs, m and λ by EM.
 */
final class Training {

    private Training() {
    }

    /** A trained run: the model and what it was trained on. */
    record Outcome(FellegiSunterModel model, PairComparer comparer, long[] pairs, byte[] levels,
                   BlockingReport blocking) {

        /** The match probability of any two records of the run, compared now. */
        double probability(RecordTable table, int i, int j) {
            byte[] l = new byte[comparer.size()];
            comparer.compare(table.row(i), table.row(j), l, 0);
            return FellegiSunterModel.probability(model.weight(i, l, 0));
        }

        /** Every candidate pair with its weight and probability. */
        List<ScoredPair> score() {
            int f = comparer.size();
            List<ScoredPair> out = new ArrayList<>(pairs.length);
            for (int p = 0; p < pairs.length; p++) {
                int i = Blocking.first(pairs[p]);
                int j = Blocking.second(pairs[p]);
                double w = model.weight(i, levels, p * f);
                out.add(new ScoredPair(i, j, w, FellegiSunterModel.probability(w)));
            }
            return out;
        }
    }

    static Outcome train(RecordTable table, ResolutionSettings settings) {
        List<FieldComparison> comparisons = new ArrayList<>();
        boolean[] tf = new boolean[table.fields().length];
        for (int f = 0; f < table.fields().length; f++) {
            Field field = table.fields()[f];
            comparisons.add(FieldComparison.forField(field));
            tf[f] = settings.termFrequency() && (field.type() == FieldType.NAME || field == Field.CITY);
        }
        PairComparer comparer = new PairComparer(comparisons);
        List<BlockingRule> rules = settings.blockingRules() != null ? settings.blockingRules()
                : BlockingRule.defaults(EnumSet.copyOf(List.of(table.fields())));
        Blocking.Result blocked = Blocking.candidates(table, rules, settings.maxBlockSize());
        long[] pairs = blocked.pairs();
        int fields = comparer.size();
        byte[] levels = new byte[pairs.length * fields];
        for (int p = 0; p < pairs.length; p++) {
            comparer.compare(table.row(Blocking.first(pairs[p])), table.row(Blocking.second(pairs[p])), levels,
                    p * fields);
        }
        double[][] u = UEstimator.estimate(table, comparer, settings.uSamplePairs(), settings.seed());
        double[][] m0 = new double[fields][];
        for (int f = 0; f < fields; f++) {
            m0[f] = ExpectationMaximisation.startingM(u[f].length);
        }
        // start as if every record had one duplicate (link mode: one counterpart); EM corrects it
        double total = Math.max(1, table.totalPairs());
        int records = table.linkMode() ? Math.min(table.leftSize(), table.size() - table.leftSize()) : table.size();
        double lambda0 = Math.max(1e-12, Math.min(0.5, records / total));
        ExpectationMaximisation.Result em = ExpectationMaximisation.run(levels, fields, u, m0, lambda0,
                table.totalPairs(), settings.maxIterations(), settings.tolerance());
        FellegiSunterModel model = new FellegiSunterModel(comparisons, em.lambda(), em.m(), u, em.iterations(),
                em.converged(), tf, table);
        return new Outcome(model, comparer, pairs, levels, blocked.report());
    }
}

package org.issa.matching.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** True and false positives and negatives, with precision, recall and F1. */
public record PairCounts(long tp, long fp, long fn, long tn) {

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public PairCounts plus(boolean predicted, boolean actual) {
        return new PairCounts(tp + (predicted && actual ? 1 : 0), fp + (predicted && !actual ? 1 : 0),
                fn + (!predicted && actual ? 1 : 0), tn + (!predicted && !actual ? 1 : 0));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("f1", round(f1()));
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        m.put("tn", tn);
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}

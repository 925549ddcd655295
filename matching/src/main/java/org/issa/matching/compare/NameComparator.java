package org.issa.matching.compare;

import java.util.ArrayList;
import java.util.List;
import org.issa.matching.names.AnalysedName;
import org.issa.matching.names.NamePart;
import org.issa.matching.names.NameTables;
import org.issa.matching.names.PartKind;

/**
 * Aligns the parts of two names, whatever their order, and scores the alignment.
 *
 * <p>Each query part is paired with at most one candidate part, best pairs first. Parts written
 * together on one side and apart on the other ("Abdulrahman" / "Abdul Rahman") are paired too.
 * The score is Σ similarity·weight over the pairs divided by Σ weight of the pairs, plus the
 * weight of the query parts left over (×{@code extraQuery}), of the candidate parts left over
 * (×{@code extraCandidate}), and, when both sides keep parts, of the smaller of the two
 * (×{@code contradiction}): a plainly different part weighs more than a missing one. Part weights
 * come from {@link PartKind}: particles, legal forms and generic words weigh little, so "Trading"
 * or "Al" alone never make a match.
 */
public final class NameComparator {

    private final PartSimilarity similarity;
    private final ScoringConfig config;

    public NameComparator(NameTables tables, ScoringConfig config) {
        this.similarity = new PartSimilarity(tables, config);
        this.config = config;
    }

    public PartSimilarity partSimilarity() {
        return similarity;
    }

    /** The score only (no allocation of an explanation). */
    public double score(AnalysedName q, AnalysedName c) {
        return compare(q, c, false, null).score();
    }

    /**
     * The score only, remembering in {@code memo} (one per query name, one thread) the
     * similarities of the query's parts with each candidate part met.
     */
    public double score(AnalysedName q, AnalysedName c, SimilarityMemo memo) {
        return compare(q, c, false, memo).score();
    }

    public NameMatch explain(AnalysedName q, AnalysedName c) {
        return compare(q, c, true, null);
    }

    private NameMatch compare(AnalysedName q, AnalysedName c, boolean explain, SimilarityMemo memo) {
        List<NamePart> qp = q.parts();
        List<NamePart> cp = c.parts();
        int nq = qp.size();
        int nc = cp.size();
        if (!q.joined().isEmpty() && q.joined().equals(c.joined())) {
            return literal(q, c, explain);
        }
        if (nq > 62 || nc > 62 || q.weight() == 0 || c.weight() == 0) {
            return new NameMatch(q, c, 0.0, List.of(), List.of(), List.of());
        }
        double[] sim = memo == null ? new double[nq * nc] : memo.matrix(nq * nc);
        for (int j = 0; j < nc; j++) {
            NamePart b = cp.get(j);
            double[] column = memo == null ? null : memo.get(b);
            if (column == null) {
                column = new double[nq];
                for (int i = 0; i < nq; i++) {
                    NamePart a = qp.get(i);
                    column[i] = a.counts() && b.counts() ? similarity.similarity(a, b) : -1;
                }
                if (memo != null && b.counts()) {
                    memo.put(b, column);
                }
            }
            for (int i = 0; i < nq; i++) {
                sim[i * nc + j] = column[i];
            }
        }
        long usedQ = 0;
        long usedC = 0;
        for (int i = 0; i < nq; i++) {
            if (!qp.get(i).counts()) {
                usedQ |= 1L << i;
            }
        }
        for (int j = 0; j < nc; j++) {
            if (!cp.get(j).counts()) {
                usedC |= 1L << j;
            }
        }
        double num = 0;
        double den = 0;
        List<NameMatch.Pair> pairs = explain ? new ArrayList<>() : null;
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = config.pairFloor();
            for (int i = 0; i < nq; i++) {
                if ((usedQ & (1L << i)) != 0) {
                    continue;
                }
                for (int j = 0; j < nc; j++) {
                    if ((usedC & (1L << j)) == 0 && sim[i * nc + j] >= best
                            && (bi < 0 || sim[i * nc + j] > best)) {
                        best = sim[i * nc + j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedQ |= 1L << bi;
            usedC |= 1L << bj;
            NamePart a = qp.get(bi);
            NamePart b = cp.get(bj);
            double w = pairWeight(a, b);
            num += best * w;
            den += w;
            if (explain) {
                pairs.add(new NameMatch.Pair(a.text(), b.text(), best, similarity.reason(a, b, best)));
            }
        }
        // parts written together on one side and apart on the other
        long allQ = nq == 64 ? -1L : (1L << nq) - 1;
        long allC = nc == 64 ? -1L : (1L << nc) - 1;
        if (usedQ != allQ && usedC != allC) {
            long[] used = {usedQ, usedC};
            double[] acc = {num, den};
            joinLeftovers(qp, cp, used, acc, pairs, true);
            joinLeftovers(cp, qp, used, acc, pairs, false);
            usedQ = used[0];
            usedC = used[1];
            num = acc[0];
            den = acc[1];
        }
        double leftQ = 0;
        double leftC = 0;
        List<NamePart> qLeft = explain ? new ArrayList<>() : null;
        List<NamePart> cLeft = explain ? new ArrayList<>() : null;
        for (int i = 0; i < nq; i++) {
            if ((usedQ & (1L << i)) == 0) {
                leftQ += qp.get(i).weight();
                if (explain) {
                    qLeft.add(qp.get(i));
                }
            }
        }
        for (int j = 0; j < nc; j++) {
            if ((usedC & (1L << j)) == 0) {
                leftC += cp.get(j).weight();
                if (explain) {
                    cLeft.add(cp.get(j));
                }
            }
        }
        double total = den + config.extraQuery() * leftQ + config.extraCandidate() * leftC
                + config.contradiction() * Math.min(leftQ, leftC);
        double score = total == 0 ? 0 : num / total;
        if (den == 0) {
            score = 0;
        }
        return new NameMatch(q, c, score, explain ? pairs : List.of(), explain ? qLeft : List.of(),
                explain ? cLeft : List.of());
    }

    private void joinLeftovers(List<NamePart> one, List<NamePart> other, long[] used, double[] acc,
                               List<NameMatch.Pair> pairs, boolean oneIsQuery) {
        int oneIdx = oneIsQuery ? 0 : 1;
        int otherIdx = oneIsQuery ? 1 : 0;
        for (int i = 0; i < one.size(); i++) {
            NamePart a = one.get(i);
            if ((used[oneIdx] & (1L << i)) != 0 || a.text().length() < 5) {
                continue;
            }
            for (int j = 0; j + 1 < other.size(); j++) {
                if ((used[otherIdx] & (3L << j)) != 0) {
                    continue;
                }
                NamePart b1 = other.get(j);
                NamePart b2 = other.get(j + 1);
                if (Math.abs(a.text().length() - b1.text().length() - b2.text().length()) > 2) {
                    continue;
                }
                if (!similarity.mayBeVariants(a.text().length(), b1.text().length() + b2.text().length(),
                        a.letters(), b1.letters() | b2.letters())) {
                    continue; // too many letters differ to reach 0.85: no string is made
                }
                String joined = b1.text() + b2.text();
                double s = similarity.fuzzy(a.text(), joined, a.letters(), b1.letters() | b2.letters(), false);
                if (s >= 0.85) {
                    used[oneIdx] |= 1L << i;
                    used[otherIdx] |= 3L << j;
                    double w = a.weight();
                    acc[0] += s * w;
                    acc[1] += w;
                    if (pairs != null) {
                        String shown = b1.text() + " " + b2.text();
                        pairs.add(oneIsQuery
                                ? new NameMatch.Pair(a.text(), shown, s, PartSimilarity.Reason.VARIANT)
                                : new NameMatch.Pair(shown, a.text(), s, PartSimilarity.Reason.VARIANT));
                    }
                    break;
                }
            }
        }
    }

    /**
     * Two parts weigh their average; an initial paired with a whole name weighs what the name
     * weighs (the name is what the initial must stand for), two initials weigh as initials.
     */
    private static double pairWeight(NamePart a, NamePart b) {
        boolean ia = a.kind() == PartKind.INITIAL;
        boolean ib = b.kind() == PartKind.INITIAL;
        if (ia && ib) {
            return PartKind.INITIAL.weight();
        }
        if (ia || ib) {
            return ia ? b.weight() : a.weight();
        }
        return (a.weight() + b.weight()) / 2;
    }

    private NameMatch literal(AnalysedName q, AnalysedName c, boolean explain) {
        if (!explain) {
            return new NameMatch(q, c, 1.0, List.of(), List.of(), List.of());
        }
        List<NameMatch.Pair> pairs = List.of(new NameMatch.Pair(q.folded(), c.folded(), 1.0, PartSimilarity.Reason.IDENTICAL));
        return new NameMatch(q, c, 1.0, pairs, List.of(), List.of());
    }
}

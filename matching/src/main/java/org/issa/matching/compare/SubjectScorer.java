package org.issa.matching.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Subject;
import org.issa.matching.names.AnalysedName;
import org.issa.matching.names.NameAnalyser;
import org.issa.matching.names.NamePart;
import org.issa.matching.names.NameTables;

/**
 * The screening score of a candidate for a query, in [0, 1], with its explanation.
 *
 * <p>The main evidence is the best name comparison over all names of both sides (a weak alias
 * scores at most {@link ScoringConfig#weakAliasFactor()} of its value, and a single-word weak alias
 * never more than {@link ScoringConfig#weakAliasCap()}) or an identical identifier (0.95), whichever
 * is higher. The other features then adjust it: date of birth (see {@link BirthDateComparison}),
 * nationality or country (+0.02 when they share one, −0.1 when both are known and none is
 * shared) and gender (−0.2 when both are known and differ). Thread-safe.
 */
public final class SubjectScorer {

    static final double IDENTIFIER_MATCH = 0.95;
    static final double COUNTRY_SHARED = 0.02;
    static final double COUNTRY_DISJOINT = -0.1;
    static final double GENDER_MISMATCH = -0.2;

    private final NameAnalyser analyser;
    private final NameComparator names;
    private final ScoringConfig config;

    public SubjectScorer(NameTables tables, ScoringConfig config) {
        this.analyser = new NameAnalyser(tables);
        this.names = new NameComparator(tables, config);
        this.config = config;
    }

    public SubjectScorer() {
        this(NameTables.defaults(), ScoringConfig.defaults());
    }

    public NameAnalyser analyser() {
        return analyser;
    }

    /** A query, with a similarity memo per name (one thread at a time). */
    public PreparedSubject prepare(Subject s) {
        PreparedSubject p = prepareEntry(s);
        return new PreparedSubject(p.subject(), p.names(), p.identifiers());
    }

    /** A list entry: analysed once, compared by many queries, no memo of its own. */
    public PreparedSubject prepareEntry(Subject s) {
        List<AnalysedName> analysed;
        if (s.names().size() == 1) {
            AnalysedName a = analyser.analyse(s.names().get(0), s.schema());
            analysed = a.weight() > 0 ? List.of(a) : List.of();
        } else {
            analysed = new ArrayList<>(s.names().size());
            Set<String> seen = new HashSet<>();
            for (Name n : s.names()) {
                AnalysedName a = analyser.analyse(n, s.schema());
                if (a.weight() > 0 && seen.add(a.folded() + "|" + n.strength())) {
                    analysed.add(a);
                }
            }
        }
        List<String> ids = List.of();
        if (!s.identifiers().isEmpty()) {
            ids = new ArrayList<>(s.identifiers().size());
            for (Identifier id : s.identifiers()) {
                String norm = id.normalised();
                if (norm.length() >= 4) {
                    ids.add(norm);
                }
            }
        }
        return new PreparedSubject(s, analysed, ids, java.util.List.of());
    }

    public Comparison compare(Subject query, Subject candidate) {
        return explain(prepare(query), prepare(candidate));
    }

    /** The score alone: what the index computes for every candidate. */
    public double score(PreparedSubject q, PreparedSubject c) {
        return score(q, c, -1);
    }

    /**
     * The score alone, comparing the query only with the candidate's names whose bit is set in
     * {@code nameMask} (bit 31 stands for the 32nd name and later): the names the index found to
     * share keys with the query.
     */
    public double score(PreparedSubject q, PreparedSubject c, int nameMask) {
        double main = 0;
        for (int i = 0; i < q.names().size(); i++) {
            AnalysedName qn = q.names().get(i);
            SimilarityMemo memo = q.memos().get(i);
            for (int j = 0; j < c.names().size(); j++) {
                if ((nameMask & (1 << Math.min(j, 31))) == 0) {
                    continue;
                }
                AnalysedName cn = c.names().get(j);
                double s = strengthAdjusted(names.score(qn, cn, memo), qn, cn);
                if (s > main) {
                    main = s;
                }
            }
        }
        if (sharedIdentifier(q, c) != null) {
            main = Math.max(main, IDENTIFIER_MATCH);
        }
        if (main <= 0) {
            return 0;
        }
        double adj = 0;
        BirthDateComparison.Result dob = BirthDateComparison.compare(q.subject().birthDates(), c.subject().birthDates());
        if (dob != null) {
            adj += dob.level().adjustment();
        }
        adj += countryAdjustment(q.subject().countries(), c.subject().countries());
        adj += genderAdjustment(q.subject().gender(), c.subject().gender());
        return clamp(main + adj);
    }

    /** The score with every feature explained for a reviewer. */
    public Comparison explain(PreparedSubject q, PreparedSubject c) {
        List<Feature> features = new ArrayList<>();
        NameMatch bestName = null;
        double bestNameScore = 0;
        for (AnalysedName qn : q.names()) {
            for (AnalysedName cn : c.names()) {
                double s = strengthAdjusted(names.score(qn, cn), qn, cn);
                if (bestName == null || s > bestNameScore) {
                    bestNameScore = s;
                    bestName = names.explain(qn, cn);
                }
            }
        }
        String sharedId = sharedIdentifier(q, c);
        double main = Math.max(bestNameScore, sharedId != null ? IDENTIFIER_MATCH : 0);
        boolean nameLeads = bestName != null && bestNameScore >= (sharedId != null ? IDENTIFIER_MATCH : 0);
        if (bestName != null) {
            features.add(new Feature("name", describe(bestName, bestNameScore), bestNameScore, nameLeads ? bestNameScore : 0));
        }
        if (sharedId != null) {
            Identifier shown = find(c.subject(), sharedId);
            features.add(new Feature("identifier", "the same " + (shown == null || shown.type().isEmpty() ? "identifier" : shown.type().toLowerCase(Locale.ROOT))
                    + " number " + sharedId + " on both sides", 1.0, nameLeads ? 0 : IDENTIFIER_MATCH));
        }
        double total = main;
        if (main > 0) {
            BirthDateComparison.Result dob = BirthDateComparison.compare(q.subject().birthDates(), c.subject().birthDates());
            if (dob != null) {
                double a = dob.level().adjustment();
                features.add(new Feature("date of birth", dob.query() + " vs " + dob.candidate() + ": " + dob.level().words(),
                        a >= 0 ? 1.0 : 0.0, a));
                total += a;
            }
            double ca = countryAdjustment(q.subject().countries(), c.subject().countries());
            if (!q.subject().countries().isEmpty() && !c.subject().countries().isEmpty()) {
                features.add(new Feature("nationality or country", String.join(", ", q.subject().countries()) + " vs "
                        + String.join(", ", c.subject().countries()) + (ca > 0 ? ": shared" : ": none shared"), ca > 0 ? 1 : 0, ca));
                total += ca;
            }
            double ga = genderAdjustment(q.subject().gender(), c.subject().gender());
            if (q.subject().gender() != Gender.UNKNOWN && c.subject().gender() != Gender.UNKNOWN) {
                features.add(new Feature("gender", q.subject().gender().name().toLowerCase(Locale.ROOT) + " vs "
                        + c.subject().gender().name().toLowerCase(Locale.ROOT) + (ga < 0 ? ": different" : ": same"), ga < 0 ? 0 : 1, ga));
                total += ga;
            }
        }
        double score = clamp(total);
        return new Comparison(score, new Explanation(summary(score, bestName, bestNameScore, sharedId != null, features), features));
    }

    private double strengthAdjusted(double s, AnalysedName q, AnalysedName c) {
        if (c.strength() == NameStrength.WEAK || q.strength() == NameStrength.WEAK) {
            s *= config.weakAliasFactor();
            AnalysedName weak = c.strength() == NameStrength.WEAK ? c : q;
            if (weak.countingParts() <= 1) {
                s = Math.min(s, config.weakAliasCap());
            }
        }
        return s;
    }

    private static String sharedIdentifier(PreparedSubject q, PreparedSubject c) {
        for (String a : q.identifiers()) {
            for (String b : c.identifiers()) {
                if (a.equals(b)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static Identifier find(Subject s, String normalised) {
        for (Identifier id : s.identifiers()) {
            if (id.normalised().equals(normalised)) {
                return id;
            }
        }
        return null;
    }

    static double countryAdjustment(List<String> q, List<String> c) {
        if (q.isEmpty() || c.isEmpty()) {
            return 0;
        }
        for (String a : q) {
            if (c.contains(a)) {
                return COUNTRY_SHARED;
            }
        }
        return COUNTRY_DISJOINT;
    }

    static double genderAdjustment(Gender q, Gender c) {
        return q != Gender.UNKNOWN && c != Gender.UNKNOWN && q != c ? GENDER_MISMATCH : 0;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private String describe(NameMatch m, double score) {
        StringBuilder b = new StringBuilder();
        b.append('\'').append(m.query().source().full()).append("' compared with ");
        b.append(switch (m.candidate().strength()) {
            case PRIMARY -> "the name";
            case ALIAS -> "the alias";
            case WEAK -> "the weak alias";
        });
        b.append(" '").append(m.candidate().source().full()).append("'");
        if (!m.pairs().isEmpty()) {
            b.append(": ");
            for (int i = 0; i < m.pairs().size(); i++) {
                NameMatch.Pair p = m.pairs().get(i);
                if (i > 0) {
                    b.append("; ");
                }
                b.append(p.query());
                if (!p.query().equals(p.candidate())) {
                    b.append(" ≈ ").append(p.candidate());
                }
                b.append(" (").append(p.reason().words()).append(String.format(Locale.ROOT, ", %.2f)", p.similarity()));
            }
        }
        if (!m.queryLeft().isEmpty()) {
            b.append("; not found in the candidate: ").append(parts(m.queryLeft()));
        }
        if (!m.candidateLeft().isEmpty()) {
            b.append("; only in the candidate: ").append(parts(m.candidateLeft()));
        }
        if (m.candidate().strength() == NameStrength.WEAK) {
            b.append("; weak alias, counted at most ").append(String.format(Locale.ROOT, "%.0f%%", config.weakAliasFactor() * 100));
        }
        if (Math.abs(score - m.score()) > 1e-9 && m.candidate().strength() != NameStrength.WEAK) {
            b.append(String.format(Locale.ROOT, "; name score %.2f", m.score()));
        }
        return b.toString();
    }

    private static String parts(List<NamePart> parts) {
        StringBuilder b = new StringBuilder();
        for (NamePart p : parts) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(p.text());
            switch (p.kind()) {
                case PARTICLE -> b.append(" (particle, low weight)");
                case LEGAL_FORM -> b.append(" (legal form, low weight)");
                case GENERIC -> b.append(" (common word, low weight)");
                case HONORIFIC -> b.append(" (title, ignored)");
                case INITIAL -> b.append(" (initial)");
                default -> { }
            }
        }
        return b.toString();
    }

    private static String summary(double score, NameMatch name, double nameScore, boolean id, List<Feature> features) {
        String strength = score >= 0.9 ? "Strong" : score >= 0.7 ? "Probable" : score >= 0.5 ? "Weak" : "No";
        StringBuilder b = new StringBuilder(strength).append(" match");
        if (id) {
            b.append(" on an identical identifier");
        } else if (name != null) {
            b.append(" on the name '").append(name.candidate().source().full()).append('\'');
        }
        List<String> against = new ArrayList<>();
        List<String> support = new ArrayList<>();
        for (Feature f : features) {
            if (f.name().equals("name") || f.name().equals("identifier")) {
                continue;
            }
            if (f.contribution() < 0) {
                against.add(f.name());
            } else if (f.contribution() > 0) {
                support.add(f.name());
            }
        }
        if (!support.isEmpty()) {
            b.append("; supported by ").append(String.join(" and ", support));
        }
        if (!against.isEmpty()) {
            b.append("; lowered by ").append(String.join(" and ", against));
        }
        b.append(String.format(Locale.ROOT, " (score %.2f).", score));
        return b.toString();
    }
}

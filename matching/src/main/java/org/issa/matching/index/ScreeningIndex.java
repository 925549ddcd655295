package org.issa.matching.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.issa.matching.compare.Comparison;
import org.issa.matching.compare.PreparedSubject;
import org.issa.matching.compare.SubjectScorer;
import org.issa.matching.model.Subject;
import org.issa.matching.names.AnalysedName;
import org.issa.matching.names.NamePart;
import org.issa.matching.names.PartKind;

/**
 * An in-memory screening index over one list, thread-safe for concurrent {@link #screen} calls.
 *
 * <p>Each entry's names are analysed once and their parts turned into keys ({@link NameKeys}),
 * posted per entry and name. A query looks its own keys up, rarest first, and walks the postings
 * of the rare ones: keys holding at most {@link #COMMON_POSTING} postings ({@link #RARE_POSTING}
 * for loose keys), until it has walked {@link #VISIT_BUDGET} postings; the rarest exact or
 * one-edit key is always walked, so a name made of common parts only is still found. Whether the
 * entries found also hold the query's common parts is then read from their {@link Signatures}
 * (so "Mohammed" in a list of a million is never walked). An entry becomes a candidate when the
 * query parts it holds carry at least {@link #MIN_SHARE} of the query name's weight (exact keys
 * count fully, one-edit and sound keys 0.8, loose keys 0.5), or when it shares an identifier. The
 * {@link #MAX_SCORED} best candidates whose {@link #estimate} is not far below the threshold are
 * compared in full with the {@link SubjectScorer}, on the names that shared keys.
 */
public final class ScreeningIndex {

    static final int COMMON_POSTING = 4_000;
    static final int RARE_POSTING = 256;
    /** Candidates whose {@link #estimate} falls below this share of the threshold are not compared. */
    static final double ESTIMATE_SLACK = 0.6;
    /** Postings a query may walk in full; beyond it keys only confirm entries already found. */
    public static final int VISIT_BUDGET = 1_500;
    static final double MIN_SHARE = 0.55;
    static final int MAX_SCORED = 100;
    /** Postings at least this long have their entries' masks read ahead of the walk ({@link Scratch#warm}). */
    static final int PREFETCH = 32;

    private final SubjectScorer scorer;
    private final PreparedSubject[] entries;
    private final KeyPostings postings;
    private final ThreadLocal<Scratch> scratch;
    private final int visitBudget;
    private final Signatures signatures;

    private ScreeningIndex(SubjectScorer scorer, PreparedSubject[] entries, KeyPostings postings, int visitBudget,
                           Signatures signatures) {
        this.scorer = scorer;
        this.entries = entries;
        this.postings = postings;
        this.signatures = signatures;
        this.visitBudget = visitBudget;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(entries.length));
    }

    public static ScreeningIndex build(Collection<Subject> entries) {
        return build(entries, new SubjectScorer());
    }

    public static ScreeningIndex build(Collection<Subject> entries, SubjectScorer scorer) {
        return build(entries, scorer, VISIT_BUDGET);
    }

    /**
     * An index walking at most {@code visitBudget} postings in full per query name: smaller is
     * faster on very large lists and finds fewer of the weaker matches (see {@code issa bench}).
     */
    public static ScreeningIndex build(Collection<Subject> entries, SubjectScorer scorer, int visitBudget) {
        if (visitBudget < 1) {
            throw new IllegalArgumentException("the visit budget must be positive");
        }
        if (entries.size() > KeyPostings.MAX_ENTRIES) {
            throw new IllegalArgumentException("a screening index holds at most " + KeyPostings.MAX_ENTRIES
                    + " entries, this list has " + entries.size());
        }
        PreparedSubject[] prepared = new PreparedSubject[entries.size()];
        KeyPostings.Builder keys = new KeyPostings.Builder();
        int i = 0;
        for (Subject s : entries) {
            PreparedSubject p = scorer.prepareEntry(s);
            prepared[i] = p;
            final int entry = i;
            for (int ni = 0; ni < p.names().size(); ni++) {
                AnalysedName n = p.names().get(ni);
                int slot = KeyPostings.slot(entry, ni);
                for (NamePart part : n.parts()) {
                    NameKeys.forPart(part, k -> keys.add(k, slot));
                }
                if (n.joined().length() >= 4) {
                    keys.add(NameKeys.joined(n.joined()), slot);
                }
            }
            for (String id : p.identifiers()) {
                keys.add(NameKeys.identifier(id), KeyPostings.slot(entry, 0));
            }
            i++;
        }
        return new ScreeningIndex(scorer, prepared, keys.build(), visitBudget, Signatures.of(prepared));
    }

    public int size() {
        return entries.length;
    }

    /** Distinct keys and postings, for sizing reports. */
    public long[] shape() {
        return new long[] {postings.distinctKeys(), postings.postings()};
    }

    public SubjectScorer scorer() {
        return scorer;
    }

    /** The entries scoring at least {@code threshold}, best first, at most {@code limit}, explained. */
    public List<Match> screen(Subject query, double threshold, int limit) {
        PreparedSubject q = scorer.prepare(query);
        return explain(q, screenPrepared(q, threshold), limit);
    }

    /** The same as {@link #screen} but by comparing the query with every entry: for measuring recall. */
    public List<Match> bruteForce(Subject query, double threshold, int limit) {
        PreparedSubject q = scorer.prepare(query);
        List<Scored> found = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            if (q.subject().schema().comparableWith(entries[i].subject().schema())) {
                double s = scorer.score(q, entries[i]);
                if (s >= threshold) {
                    found.add(new Scored(i, s));
                }
            }
        }
        return explain(q, found, limit);
    }

    /** The entry numbers and scores at or above {@code threshold}, unsorted and unexplained (batch use). */
    public List<Scored> screenPrepared(PreparedSubject q, double threshold) {
        Scratch s = scratch.get();
        double queryWeight = q.names().size() == 1 && q.identifiers().isEmpty() ? q.names().get(0).weight() : 0;
        s.reset(queryWeight > 0);
        for (int n = 0; n < q.names().size() && n < 8; n++) {
            collect(q.names().get(n), n, s);
        }
        for (String id : q.identifiers()) {
            int pos = postings.find(NameKeys.identifier(id));
            if (pos >= 0) {
                for (int i = postings.start(pos), end = i + postings.size(pos); i < end; i++) {
                    s.forceCandidate(postings.slotAt(i) >>> KeyPostings.NAME_BITS);
                }
            }
        }
        List<Scored> out = new ArrayList<>();
        int[] candidates = s.candidates(MAX_SCORED);
        double floor = threshold * ESTIMATE_SLACK;
        for (int c : candidates) {
            PreparedSubject e = entries[c];
            if (!q.subject().schema().comparableWith(e.subject().schema())) {
                continue;
            }
            int names = s.names(c);
            if (queryWeight > 0) {
                if (estimate(s.share(c), queryWeight, e, names) < floor) {
                    continue;
                }
                names = promisingNames(q.names().get(0), c, e, names, s, queryWeight, floor);
                if (names == 0) {
                    continue;
                }
            }
            double score = scorer.score(q, e, names);
            if (score >= threshold) {
                out.add(new Scored(c, score));
            }
        }
        return out;
    }

    /** An entry number with its score. */
    public record Scored(int entry, double score) {
    }

    public Subject entry(int number) {
        return entries[number].subject();
    }

    private void collect(AnalysedName name, int nameIndex, Scratch s) {
        List<NamePart> parts = name.parts();
        int nParts = Math.min(parts.size(), 31);
        int repeats = 0; // "Mohammed Mohamet X": one list part cannot stand for both
        double repeated = 0;
        for (int p = 0; p < nParts; p++) {
            if (repeatsAnEarlierPart(parts, p)) {
                repeats |= 1 << p;
                repeated += parts.get(p).weight();
            }
        }
        s.beginName(name.weight() - repeated, repeats);
        for (int p = 0; p < nParts; p++) {
            s.setPartBits(p, parts.get(p));
        }
        // gather (posting position, part) pairs, then visit them rarest first
        for (int p = 0; p < nParts; p++) {
            final int part = p;
            NamePart np = parts.get(p);
            if ((repeats & (1 << p)) != 0) {
                continue;
            }
            NameKeys.forPart(np, (key, kind) -> {
                int pos = postings.find(key);
                if (pos >= 0) {
                    s.addLookup(pos, part, postings.size(pos), kind);
                }
            });
            if (np.counts() && np.kind() != PartKind.INITIAL && np.text().length() >= 2) {
                int pos = postings.find(NameKeys.initial(np.text().charAt(0)));
                if (pos >= 0) {
                    s.addLookup(pos, part, postings.size(pos), NameKeys.LOOSE);
                }
            }
        }
        if (name.joined().length() >= 4) {
            int pos = postings.find(NameKeys.joined(name.joined()));
            if (pos >= 0) {
                for (int p = 0; p < nParts; p++) {
                    if (parts.get(p).counts()) {
                        s.addLookup(pos, p, postings.size(pos), NameKeys.EXACT);
                    }
                }
            }
        }
        s.sortLookups();
        boolean seeded = false;
        int visited = 0;
        for (int l = 0; l < s.lookups; l++) {
            int pos = s.lookupPos[l];
            int part = s.lookupPart[l];
            int kind = s.lookupKind[l];
            int size = s.lookupSize[l];
            boolean add = !seeded && kind != NameKeys.LOOSE
                    || (kind == NameKeys.LOOSE ? size <= RARE_POSTING : size <= COMMON_POSTING) && visited + size <= visitBudget;
            seeded |= add && kind != NameKeys.LOOSE;
            if (add) {
                visited += size;
            }
            if (!add) {
                continue; // too common to walk: confirmed below from the entries' signatures
            }
            double w = parts.get(part).weight();
            int start = postings.start(pos);
            if (size >= PREFETCH) {
                s.warm(postings, start, start + size);
            }
            for (int i = start, end = start + size; i < end; i++) {
                s.hit(postings.slotAt(i), part, w, kind, true);
            }
        }
        confirm(parts, nParts, repeats, s);
        s.endName(MIN_SHARE);
    }

    /**
     * For every entry found so far, marks the query parts it holds by text, given-name group or
     * phonetic skeleton, read from the entry's signature instead of walking the long postings of
     * common parts. A signature may say yes wrongly (about one time in fifty), which only adds a
     * candidate to compare; it never says no wrongly.
     */
    private void confirm(List<NamePart> parts, int nParts, int repeats, Scratch s) {
        int touched = s.touchedInName;
        if (touched == 0) {
            return;
        }
        s.sink(signatures.warm(s.touchedEntries(), touched)); // many cache misses in flight, see Scratch.warm
        for (int p = 0; p < nParts; p++) {
            NamePart np = parts.get(p);
            if (!np.counts() || np.kind() == PartKind.INITIAL || (repeats & (1 << p)) != 0) {
                continue;
            }
            long exactA = s.exactA[p];
            long exactB = s.exactB[p];
            long soundA = s.soundA[p];
            long soundB = s.soundB[p];
            double w = np.weight();
            for (int t = 0; t < touched; t++) {
                int e = s.touched(t);
                if (s.holdsPart(e, p)) {
                    continue;
                }
                if (signatures.holds(e, exactA, exactB)) {
                    s.confirm(e, p, w, NameKeys.EXACT);
                } else if ((soundA | soundB) != 0 && signatures.holds(e, soundA, soundB)) {
                    s.confirm(e, p, w, NameKeys.CLOSE);
                }
            }
        }
    }

    /**
     * An optimistic estimate of the name score from what the keys showed: the query's parts that
     * share keys count as matched, the others as left over, and the candidate's name is assumed
     * to keep over what its lightest hit name weighs beyond the matched weight. Two names that
     * each keep parts the other lacks cannot score high (the contradiction term of the
     * comparison), so such candidates are not compared in full.
     */
    static double estimate(double share, double queryWeight, PreparedSubject e, int nameMask) {
        if (share > 1) {
            return 1; // found through an identifier
        }
        double lightest = Double.MAX_VALUE;
        for (int j = 0; j < e.names().size(); j++) {
            if ((nameMask & (1 << Math.min(j, 31))) != 0) {
                lightest = Math.min(lightest, e.names().get(j).weight());
            }
        }
        if (lightest == Double.MAX_VALUE) {
            return 1;
        }
        return estimate(share, queryWeight, lightest);
    }

    /**
     * The names of candidate {@code c}, among {@code names}, whose own {@link #estimate} reaches
     * {@code floor}: from the query parts each name holds through the keys walked, or by its own
     * signature (so an alias holding one common part of the query, beside another alias holding
     * another, is not compared as if it held both). Names from the 32nd on are always kept.
     */
    private int promisingNames(AnalysedName qn, int c, PreparedSubject e, int names, Scratch s, double queryWeight,
                               double floor) {
        List<NamePart> parts = qn.parts();
        int nParts = Math.min(parts.size(), 31);
        double nameWeight = s.nameWeight();
        int kept = names & (1 << 31);
        int n = Math.min(e.names().size(), 31);
        for (int j = 0; j < n; j++) {
            if ((names & (1 << j)) == 0) {
                continue;
            }
            int r = s.slotRecord(KeyPostings.slot(c, j));
            int held = r < 0 ? 0 : s.slotParts[r];
            int exact = r < 0 ? 0 : s.slotExact[r];
            int close = r < 0 ? 0 : s.slotClose[r];
            double w = 0;
            for (int p = 0; p < nParts; p++) {
                NamePart np = parts.get(p);
                if ((held & (1 << p)) != 0) {
                    w += np.weight() * ((exact & (1 << p)) != 0 ? 1.0
                            : (close & (1 << p)) != 0 ? Scratch.CLOSE_QUALITY : Scratch.LOOSE_QUALITY);
                } else if (!s.repeated(p) && np.counts() && np.kind() != PartKind.INITIAL) {
                    if (signatures.nameHolds(c, j, s.exactA[p], s.exactB[p])) {
                        w += np.weight();
                    } else if ((s.soundA[p] | s.soundB[p]) != 0 && signatures.nameHolds(c, j, s.soundA[p], s.soundB[p])) {
                        w += np.weight() * Scratch.CLOSE_QUALITY;
                    }
                }
            }
            double share = nameWeight == 0 ? 0 : w / nameWeight;
            if (estimate(share, queryWeight, e.names().get(j).weight()) >= floor) {
                kept |= 1 << j;
            }
        }
        return kept;
    }

    private static double estimate(double share, double queryWeight, double candidateWeight) {
        double lightest = candidateWeight;
        double hit = share * queryWeight;
        double leftQuery = queryWeight - hit;
        double leftCandidate = Math.max(0, lightest - hit);
        double den = hit + 0.8 * leftQuery + 0.2 * leftCandidate + 1.2 * Math.min(leftQuery, leftCandidate);
        return den == 0 ? 0 : hit / den;
    }

    private static boolean repeatsAnEarlierPart(List<NamePart> parts, int p) {
        NamePart np = parts.get(p);
        for (int i = 0; i < p; i++) {
            NamePart o = parts.get(i);
            if (o.text().equals(np.text()) || (np.group() >= 0 && o.group() == np.group())) {
                return true;
            }
        }
        return false;
    }

    private List<Match> explain(PreparedSubject q, List<Scored> found, int limit) {
        found.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Match> out = new ArrayList<>(Math.min(limit, found.size()));
        for (int i = 0; i < found.size() && out.size() < limit; i++) {
            PreparedSubject e = entries[found.get(i).entry()];
            Comparison c = scorer.explain(q, e);
            out.add(new Match(e.subject(), c.score(), c.explanation()));
        }
        return out;
    }
}

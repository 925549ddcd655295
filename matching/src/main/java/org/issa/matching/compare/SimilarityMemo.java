package org.issa.matching.compare;

import java.util.HashMap;
import org.issa.matching.names.NamePart;
import org.issa.matching.names.PartKind;

/**
 * The similarities of one query name's parts with each candidate part already met, by the
 * candidate part's kind and text (list entries repeat the same parts across their aliases). One
 * thread, one query.
 */
public final class SimilarityMemo {

    private static final int LIMIT = 4096;

    @SuppressWarnings("unchecked")
    private final HashMap<String, double[]>[] byKind = new HashMap[PartKind.values().length];
    private int size;

    double[] get(NamePart candidatePart) {
        HashMap<String, double[]> m = byKind[candidatePart.kind().ordinal()];
        return m == null ? null : m.get(candidatePart.text());
    }

    void put(NamePart candidatePart, double[] column) {
        if (size >= LIMIT) {
            return;
        }
        int k = candidatePart.kind().ordinal();
        if (byKind[k] == null) {
            byKind[k] = new HashMap<>(64);
        }
        if (byKind[k].put(candidatePart.text(), column) == null) {
            size++;
        }
    }
}

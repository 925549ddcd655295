package org.issa.matching.compare;

import org.issa.matching.names.NamePart;

/**
 * The similarities of one query name's parts with each candidate part already met, by the
 * candidate part's kind and text (list entries repeat the same parts across their aliases), in an
 * open-addressing table made for this one use; and the working matrix of the comparisons. One
 * thread, one query.
 */
public final class SimilarityMemo {

    private static final int LIMIT = 4096;

    private NamePart[] keys;
    private double[][] columns;
    private int size;
    private double[] matrix;

    double[] get(NamePart candidatePart) {
        if (keys == null) {
            return null;
        }
        int mask = keys.length - 1;
        for (int i = slot(candidatePart) & mask; ; i = (i + 1) & mask) {
            NamePart k = keys[i];
            if (k == null) {
                return null;
            }
            if (k == candidatePart || k.kind() == candidatePart.kind() && k.text().equals(candidatePart.text())) {
                return columns[i];
            }
        }
    }

    void put(NamePart candidatePart, double[] column) {
        if (size >= LIMIT) {
            return;
        }
        if (keys == null) {
            keys = new NamePart[32];
            columns = new double[32][];
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        if (insert(candidatePart, column)) {
            size++;
        }
    }

    /** A matrix of at least {@code n} cells, reused from one comparison to the next. */
    double[] matrix(int n) {
        if (matrix == null || matrix.length < n) {
            matrix = new double[Math.max(n, matrix == null ? 32 : matrix.length * 2)];
        }
        return matrix;
    }

    private boolean insert(NamePart part, double[] column) {
        int mask = keys.length - 1;
        for (int i = slot(part) & mask; ; i = (i + 1) & mask) {
            NamePart k = keys[i];
            if (k == null) {
                keys[i] = part;
                columns[i] = column;
                return true;
            }
            if (k == part || k.kind() == part.kind() && k.text().equals(part.text())) {
                columns[i] = column;
                return false;
            }
        }
    }

    private void grow() {
        NamePart[] oldKeys = keys;
        double[][] oldColumns = columns;
        keys = new NamePart[oldKeys.length * 2];
        columns = new double[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldColumns[i]);
            }
        }
    }

    private static int slot(NamePart p) {
        int h = p.text().hashCode() * 31 + p.kind().ordinal();
        return h ^ (h >>> 16);
    }
}

package org.issa.matching.index;

import java.util.Arrays;

/**
 * Per-thread working memory of a {@link ScreeningIndex} query, sized to the list once and reset
 * cheaply (only what the last query touched is cleared).
 */
final class Scratch {

    private final int[] partMask;
    private final int[] exactMask;
    private final int[] closeMask;
    private final int[] nameMask;
    private final float[] prescore;
    private int[] touched = new int[1024];
    int touchedInName;
    private int[] candidates = new int[256];
    private int candidateCount;
    private final double[] partWeight = new double[32];
    private double nameWeight;

    int[] lookupPos = new int[64];
    int[] lookupPart = new int[64];
    int[] lookupSize = new int[64];
    int[] lookupKind = new int[64];
    int lookups;

    /** How much a part found only through a close key (one edit, same sound) is assumed to agree. */
    static final double CLOSE_QUALITY = 0.8;
    /** The same for loose keys (two edits, same first or last letters). */
    static final double LOOSE_QUALITY = 0.5;

    Scratch(int entries) {
        this.partMask = new int[entries];
        this.exactMask = new int[entries];
        this.closeMask = new int[entries];
        this.nameMask = new int[entries];
        this.prescore = new float[entries];
    }

    void reset() {
        for (int i = 0; i < candidateCount; i++) {
            prescore[candidates[i]] = 0;
            nameMask[candidates[i]] = 0;
        }
        candidateCount = 0;
    }

    void beginName(double weight) {
        nameWeight = weight;
        touchedInName = 0;
        lookups = 0;
        Arrays.fill(partWeight, 0);
    }

    void addLookup(int pos, int part, int size, int kind) {
        if (lookups == lookupPos.length) {
            lookupKind = Arrays.copyOf(lookupKind, lookups * 2);
            lookupPos = Arrays.copyOf(lookupPos, lookups * 2);
            lookupPart = Arrays.copyOf(lookupPart, lookups * 2);
            lookupSize = Arrays.copyOf(lookupSize, lookups * 2);
        }
        lookupPos[lookups] = pos;
        lookupPart[lookups] = part;
        lookupSize[lookups] = size;
        lookupKind[lookups] = kind;
        lookups++;
    }

    /** Sorts the lookups by posting size (insertion sort: there are a few dozen). */
    void sortLookups() {
        for (int i = 1; i < lookups; i++) {
            int pos = lookupPos[i];
            int part = lookupPart[i];
            int size = lookupSize[i];
            int kind = lookupKind[i];
            int j = i - 1;
            while (j >= 0 && lookupSize[j] > size) {
                lookupPos[j + 1] = lookupPos[j];
                lookupPart[j + 1] = lookupPart[j];
                lookupSize[j + 1] = lookupSize[j];
                lookupKind[j + 1] = lookupKind[j];
                j--;
            }
            lookupPos[j + 1] = pos;
            lookupPart[j + 1] = part;
            lookupSize[j + 1] = size;
            lookupKind[j + 1] = kind;
        }
    }

    /** Whether an entry found in this query name already holds the part. */
    boolean holdsPart(int entry, int part) {
        return (partMask[entry] & (1 << part)) != 0;
    }

    /** Marks a part as held by an entry already found (without saying which of its names). */
    void confirm(int entry, int part, double weight, int kind) {
        partMask[entry] |= 1 << part;
        if (kind == NameKeys.EXACT) {
            exactMask[entry] |= 1 << part;
        } else if (kind == NameKeys.CLOSE) {
            closeMask[entry] |= 1 << part;
        }
        partWeight[part] = weight;
    }

    /** Records that a key of query part {@code part} is held by {@code slot} (entry and name). */
    void hit(int slot, int part, double weight, int kind, boolean add) {
        int entry = slot >>> KeyPostings.NAME_BITS;
        int mask = partMask[entry];
        if (mask == 0) {
            if (!add) {
                return;
            }
            if (touchedInName == touched.length) {
                touched = Arrays.copyOf(touched, touched.length * 2);
            }
            touched[touchedInName++] = entry;
        }
        partMask[entry] = mask | (1 << part);
        nameMask[entry] |= 1 << (slot & 31);
        if (kind == NameKeys.EXACT) {
            exactMask[entry] |= 1 << part;
        } else if (kind == NameKeys.CLOSE) {
            closeMask[entry] |= 1 << part;
        }
        partWeight[part] = weight;
    }

    void endName(double minShare) {
        for (int t = 0; t < touchedInName; t++) {
            int e = touched[t];
            int mask = partMask[e];
            int exact = exactMask[e];
            int close = closeMask[e];
            partMask[e] = 0;
            exactMask[e] = 0;
            closeMask[e] = 0;
            double w = 0;
            for (int p = 0; mask != 0; p++, mask >>>= 1, exact >>>= 1, close >>>= 1) {
                if ((mask & 1) != 0) {
                    w += partWeight[p] * ((exact & 1) != 0 ? 1.0 : (close & 1) != 0 ? CLOSE_QUALITY : LOOSE_QUALITY);
                }
            }
            double share = nameWeight == 0 ? 0 : w / nameWeight;
            if (share >= minShare) {
                offer(e, (float) share);
            } else if (prescore[e] == 0) {
                nameMask[e] = 0;
            }
        }
        touchedInName = 0;
    }

    int touched(int i) {
        return touched[i];
    }

    void forceCandidate(int entry) {
        offer(entry, 2f);
        nameMask[entry] = -1;
    }

    /** The share of the query name's weight a candidate holds (above 1: found by an identifier). */
    double share(int entry) {
        return prescore[entry];
    }

    /** The names of a candidate that share keys with the query (bit 31: names 31 and later). */
    int names(int entry) {
        return nameMask[entry];
    }

    private void offer(int entry, float score) {
        if (prescore[entry] == 0) {
            if (candidateCount == candidates.length) {
                candidates = Arrays.copyOf(candidates, candidateCount * 2);
            }
            candidates[candidateCount++] = entry;
            prescore[entry] = score;
        } else if (score > prescore[entry]) {
            prescore[entry] = score;
        }
    }

    /** The candidates, the best {@code max} by share of the query's name when there are more. */
    int[] candidates(int max) {
        if (candidateCount <= max) {
            return Arrays.copyOf(candidates, candidateCount);
        }
        Integer[] order = new Integer[candidateCount];
        for (int i = 0; i < candidateCount; i++) {
            order[i] = candidates[i];
        }
        Arrays.sort(order, (a, b) -> Float.compare(prescore[b], prescore[a]));
        int[] out = new int[max];
        for (int i = 0; i < max; i++) {
            out[i] = order[i];
        }
        return out;
    }
}

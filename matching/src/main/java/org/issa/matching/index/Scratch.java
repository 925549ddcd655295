package org.issa.matching.index;

import java.util.Arrays;
import org.issa.matching.names.NamePart;

/**
 * Per-thread working memory of a {@link ScreeningIndex} query, sized to the list once and reset
 * cheaply (only what the last query touched is cleared).
 */
final class Scratch {

    /**
     * Per entry, side by side so that one cache line holds them (a large list's entries are met
     * in no order, and four arrays meant four cache misses per posting walked): the query parts
     * the entry holds in the current query name, those held through an exact key, those through a
     * close key, and the entry's names that share keys with the query.
     */
    private final int[] masks;
    private static final int PART = 0;
    private static final int EXACT = 1;
    private static final int CLOSE = 2;
    private static final int NAME = 3;
    private final float[] prescore;
    private int[] touched = new int[1024];
    int touchedInName;
    private int[] candidates = new int[256];
    private int candidateCount;
    private final double[] partWeight = new double[32];
    private double nameWeight;

    /**
     * When a query has one name, the query parts each (entry, name) slot holds through walked
     * keys, for the estimate per name: an open-addressing table from slot to record.
     */
    private boolean trackingNames;
    private int[] slotTable = new int[1 << 12];
    private int[] slotOf = new int[1024];
    int[] slotParts = new int[1024];
    int[] slotExact = new int[1024];
    int[] slotClose = new int[1024];
    private int slots;

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
        this.masks = new int[entries * 4];
        this.prescore = new float[entries];
    }

    void reset(boolean trackNames) {
        for (int i = 0; i < candidateCount; i++) {
            prescore[candidates[i]] = 0;
            masks[candidates[i] << 2 | NAME] = 0;
        }
        candidateCount = 0;
        if (slots > 0) {
            if (slotTable.length > 1 << 16) {
                slotTable = new int[1 << 12];
            } else {
                java.util.Arrays.fill(slotTable, 0);
            }
            slots = 0;
        }
        trackingNames = trackNames;
    }

    /** The record of an (entry, name) slot in the table of the tracked query name, or -1. */
    int slotRecord(int slot) {
        int mask = slotTable.length - 1;
        for (int i = mix(slot) & mask; ; i = (i + 1) & mask) {
            int r = slotTable[i];
            if (r == 0) {
                return -1;
            }
            if (slotOf[r - 1] == slot) {
                return r - 1;
            }
        }
    }

    private void trackName(int slot, int part, int kind) {
        int r = slotRecord(slot);
        if (r < 0) {
            if ((slots + 1) * 2 > slotTable.length) {
                growSlotTable();
            }
            if (slots == slotOf.length) {
                int n = slots * 2;
                slotOf = Arrays.copyOf(slotOf, n);
                slotParts = Arrays.copyOf(slotParts, n);
                slotExact = Arrays.copyOf(slotExact, n);
                slotClose = Arrays.copyOf(slotClose, n);
            }
            r = slots++;
            slotOf[r] = slot;
            slotParts[r] = 0;
            slotExact[r] = 0;
            slotClose[r] = 0;
            place(slot, r);
        }
        slotParts[r] |= 1 << part;
        if (kind == NameKeys.EXACT) {
            slotExact[r] |= 1 << part;
        } else if (kind == NameKeys.CLOSE) {
            slotClose[r] |= 1 << part;
        }
    }

    private void place(int slot, int record) {
        int mask = slotTable.length - 1;
        int i = mix(slot) & mask;
        while (slotTable[i] != 0) {
            i = (i + 1) & mask;
        }
        slotTable[i] = record + 1;
    }

    private void growSlotTable() {
        slotTable = new int[slotTable.length * 2];
        for (int r = 0; r < slots; r++) {
            place(slotOf[r], r);
        }
    }

    /** MurmurHash3's finaliser: slots differ mostly in their high bits (the entry number). */
    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        return x ^ (x >>> 16);
    }

    /** The Bloom bits of the current query name's parts: text and group, and skeleton. */
    final long[] exactA = new long[32];
    final long[] exactB = new long[32];
    final long[] soundA = new long[32];
    final long[] soundB = new long[32];
    private int repeats;
    private final long[] bits = new long[2];

    void setPartBits(int p, NamePart part) {
        bits[0] = 0;
        bits[1] = 0;
        Signatures.exactBits(part, bits);
        exactA[p] = bits[0];
        exactB[p] = bits[1];
        bits[0] = 0;
        bits[1] = 0;
        Signatures.soundBits(part, bits);
        soundA[p] = bits[0];
        soundB[p] = bits[1];
    }

    /** Whether part p of the current query name repeats an earlier one (and is not looked up). */
    boolean repeated(int p) {
        return (repeats & (1 << p)) != 0;
    }

    void beginName(double weight, int repeatedParts) {
        repeats = repeatedParts;
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
        return (masks[entry << 2 | PART] & (1 << part)) != 0;
    }

    /** Marks a part as held by an entry already found (without saying which of its names). */
    void confirm(int entry, int part, double weight, int kind) {
        int at = entry << 2;
        masks[at | PART] |= 1 << part;
        if (kind == NameKeys.EXACT) {
            masks[at | EXACT] |= 1 << part;
        } else if (kind == NameKeys.CLOSE) {
            masks[at | CLOSE] |= 1 << part;
        }
        partWeight[part] = weight;
    }

    private int sink;

    /**
     * Reads the entries' masks of a run of postings once, before they are walked: the reads do
     * not depend on each other, so the processor has many cache misses in flight at once instead
     * of one per posting (Java has no prefetch instruction; this is the same effect).
     */
    void warm(KeyPostings postings, int from, int to) {
        int acc = 0;
        for (int i = from; i < to; i++) {
            acc += masks[(postings.slotAt(i) >>> KeyPostings.NAME_BITS) << 2];
        }
        sink += acc;
    }

    /** Records that a key of query part {@code part} is held by {@code slot} (entry and name). */
    void hit(int slot, int part, double weight, int kind, boolean add) {
        int entry = slot >>> KeyPostings.NAME_BITS;
        int at = entry << 2;
        int mask = masks[at | PART];
        if (trackingNames && (add || mask != 0)) {
            trackName(slot, part, kind);
        }
        if (mask == 0) {
            if (!add) {
                return;
            }
            if (touchedInName == touched.length) {
                touched = Arrays.copyOf(touched, touched.length * 2);
            }
            touched[touchedInName++] = entry;
        }
        masks[at | PART] = mask | (1 << part);
        masks[at | NAME] |= 1 << (slot & 31);
        if (kind == NameKeys.EXACT) {
            masks[at | EXACT] |= 1 << part;
        } else if (kind == NameKeys.CLOSE) {
            masks[at | CLOSE] |= 1 << part;
        }
        partWeight[part] = weight;
    }

    void endName(double minShare) {
        boolean firstName = candidateCount == 0; // then no entry touched here is a candidate yet
        for (int t = 0; t < touchedInName; t++) {
            int e = touched[t];
            int at = e << 2;
            int mask = masks[at | PART];
            int exact = masks[at | EXACT];
            int close = masks[at | CLOSE];
            masks[at | PART] = 0;
            masks[at | EXACT] = 0;
            masks[at | CLOSE] = 0;
            double w = 0;
            for (int p = 0; mask != 0; p++, mask >>>= 1, exact >>>= 1, close >>>= 1) {
                if ((mask & 1) != 0) {
                    w += partWeight[p] * ((exact & 1) != 0 ? 1.0 : (close & 1) != 0 ? CLOSE_QUALITY : LOOSE_QUALITY);
                }
            }
            double share = nameWeight == 0 ? 0 : w / nameWeight;
            if (share >= minShare) {
                offer(e, (float) share);
            } else if (firstName || prescore[e] == 0) {
                masks[at | NAME] = 0;
            }
        }
        touchedInName = 0;
    }

    /** The entries found in the current query name, in {@code [0, touchedInName)}. */
    int[] touchedEntries() {
        return touched;
    }

    /** Keeps a value read only to warm the caches, so that the JIT does not drop the reads. */
    void sink(long value) {
        sink += (int) value;
    }

    int touched(int i) {
        return touched[i];
    }

    void forceCandidate(int entry) {
        offer(entry, 2f);
        masks[entry << 2 | NAME] = -1;
    }

    /** The share of the query name's weight a candidate holds (above 1: found by an identifier). */
    /** The weight of the current query name, its repeated parts left out. */
    double nameWeight() {
        return nameWeight;
    }

    double share(int entry) {
        return prescore[entry];
    }

    /** The names of a candidate that share keys with the query (bit 31: names 31 and later). */
    int names(int entry) {
        return masks[entry << 2 | NAME];
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

package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands blocking rules into candidate pairs: each rule's keys are hashed to blocks, every block
 * yields its pairs (in link mode only the pairs across the two datasets), and the pairs of all
 * rules are merged and deduplicated by sorting. Work grows with the sizes of the blocks, never with
 * the square of the whole data set. A block larger than the cap is not expanded, only reported:
 * such a key ("london", a frequent Soundex code) says little, and the other rules still propose
 * the pairs that matter.
 */
final class Blocking {

    private Blocking() {
    }

    /** The sorted, distinct candidate pairs, each {@code (i << 32) | j} with {@code i < j}. */
    record Result(long[] pairs, BlockingReport report) {
    }

    static Result candidates(RecordTable table, List<BlockingRule> rules, int maxBlockSize) {
        LongList all = new LongList();
        List<BlockingReport.RuleCount> counts = new ArrayList<>();
        List<BlockingReport.SkippedBlock> skipped = new ArrayList<>();
        for (BlockingRule rule : rules) {
            Map<String, IntList> blocks = new HashMap<>();
            for (int r = 0; r < table.size(); r++) {
                int record = r;
                Set<String> keys = new LinkedHashSet<>(rule.keys().apply(f -> table.value(record, f)));
                for (String k : keys) {
                    blocks.computeIfAbsent(k, x -> new IntList()).add(r);
                }
            }
            LongList own = new LongList();
            for (Map.Entry<String, IntList> e : blocks.entrySet()) {
                IntList b = e.getValue();
                if (b.size() > maxBlockSize) {
                    skipped.add(new BlockingReport.SkippedBlock(rule.name(), e.getKey(), b.size()));
                    continue;
                }
                expand(table, b, own);
            }
            long[] distinct = own.sortedDistinct();
            counts.add(new BlockingReport.RuleCount(rule.name(), distinct.length));
            for (long p : distinct) {
                all.add(p);
            }
        }
        long[] pairs = all.sortedDistinct();
        skipped.sort(Comparator.comparingInt(BlockingReport.SkippedBlock::size).reversed()
                .thenComparing(BlockingReport.SkippedBlock::rule).thenComparing(BlockingReport.SkippedBlock::key));
        return new Result(pairs, new BlockingReport(pairs.length, table.totalPairs(), counts, skipped));
    }

    private static void expand(RecordTable table, IntList block, LongList out) {
        int[] ids = block.values();
        int n = block.size();
        boolean link = table.linkMode();
        int left = table.leftSize();
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                int i = ids[x];
                int j = ids[y];
                if (link && (i < left) == (j < left)) {
                    continue;
                }
                out.add(pair(i, j));
            }
        }
    }

    static long pair(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[4];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        int[] values() {
            return a;
        }
    }

    /** A growable long array. */
    static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        long[] sortedDistinct() {
            long[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            int k = 0;
            for (int i = 0; i < s.length; i++) {
                if (k == 0 || s[i] != s[k - 1]) {
                    s[k++] = s[i];
                }
            }
            return Arrays.copyOf(s, k);
        }
    }
}

package org.issa.graph.keyplayer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.issa.graph.network.Network;

/**
 * Key players in Borgatti's sense (KPP-Neg): the set of k members whose removal most fragments the network,
 * chosen greedily: at each step the member whose removal (with those chosen before) gives the highest
 * fragmentation, ties broken by fewer remaining nodes in the largest part, then by node order. On networks
 * larger than {@code maxCandidates} nodes only that many highest-degree members are tried at each step.
 * Candidates are evaluated in parallel.
 */
public final class KeyPlayers {

    public static final int DEFAULT_MAX_CANDIDATES = 2000;

    private KeyPlayers() {
    }

    public static List<KeyPlayer> greedy(Network g, int k) {
        return greedy(g, k, DEFAULT_MAX_CANDIDATES);
    }

    public static List<KeyPlayer> greedy(Network g, int k, int maxCandidates) {
        int n = g.nodeCount();
        int[] candidates = candidates(g, maxCandidates);
        BitSet cut = new BitSet(n);
        for (int v : ArticulationPoints.of(g)) {
            cut.set(v);
        }
        BitSet removed = new BitSet(n);
        List<KeyPlayer> out = new ArrayList<>();
        Components.Split before = new Components(g).split(removed, -1);
        ThreadLocal<Components> local = ThreadLocal.withInitial(() -> new Components(g));
        for (int step = 0; step < Math.min(k, n); step++) {
            BitSet r = (BitSet) removed.clone();
            Components.Split[] splits = new Components.Split[candidates.length];
            IntStream.range(0, candidates.length).parallel().forEach(i -> {
                if (!r.get(candidates[i])) {
                    splits[i] = local.get().split(r, candidates[i]);
                }
            });
            int best = -1;
            for (int i = 0; i < candidates.length; i++) {
                if (splits[i] == null) {
                    continue;
                }
                if (best < 0 || splits[i].fragmentation() > splits[best].fragmentation()
                        || (splits[i].fragmentation() == splits[best].fragmentation() && splits[i].largest() < splits[best].largest())) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            int v = candidates[best];
            removed.set(v);
            Components.Split after = splits[best];
            out.add(new KeyPlayer(g.id(v), cut.get(v), after.components(), after.largest(), before.fragmentation(),
                    after.fragmentation()));
            before = after;
        }
        return out;
    }

    private static int[] candidates(Network g, int max) {
        int n = g.nodeCount();
        if (n <= max) {
            return IntStream.range(0, n).toArray();
        }
        return IntStream.range(0, n).boxed().sorted((a, b) -> Integer.compare(g.degree(b), g.degree(a)))
                .limit(max).mapToInt(Integer::intValue).sorted().toArray();
    }
}

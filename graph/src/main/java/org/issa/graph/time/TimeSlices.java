package org.issa.graph.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.issa.graph.centrality.Scores;
import org.issa.graph.network.Network;

/**
 * Time slicing: {@link #slice} gives the network of the edges dated within a period, and {@link #compare} how
 * each member's rank on a centrality changes between two networks (two periods, or two phases of an
 * investigation), matched by node id, never by index.
 */
public final class TimeSlices {

    private TimeSlices() {
    }

    /** The network of the edges with a time in {@code [from, to)}, with the members active then. */
    public static Network slice(Network network, long from, long to) {
        if (!network.isTimed()) {
            throw new IllegalArgumentException("the network's edges carry no times");
        }
        return network.between(from, to);
    }

    /**
     * The rank shifts of every member present in either network on the given centrality (e.g.
     * {@code Betweenness::exact}), largest rise first.
     */
    public static List<RankShift> compare(Network before, Network after, Function<Network, Scores> centrality) {
        Scores a = centrality.apply(before);
        Scores b = centrality.apply(after);
        int[] ra = a.ranks();
        int[] rb = b.ranks();
        Set<String> ids = new LinkedHashSet<>(before.ids());
        ids.addAll(after.ids());
        List<RankShift> out = new ArrayList<>();
        String measure = a.measure().key();
        for (String id : ids) {
            int i = before.index(id);
            int j = after.index(id);
            out.add(new RankShift(id, i < 0 ? 0 : ra[i], j < 0 ? 0 : rb[j], i < 0 ? 0 : a.values()[i],
                    j < 0 ? 0 : b.values()[j], measure));
        }
        out.sort(Comparator.comparingInt(RankShift::gain).reversed()
                .thenComparingInt(s -> s.rankAfter() == 0 ? Integer.MAX_VALUE : s.rankAfter()));
        return out;
    }
}

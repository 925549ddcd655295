package org.issa.graph.keyplayer;

import java.util.Locale;

/**
 * One step of the key-player selection: the member chosen and the network after removing it and those chosen
 * before it.
 *
 * @param id                  the member
 * @param articulationPoint   whether it alone disconnects the original network
 * @param componentsAfter     connected parts after its removal (and the earlier ones')
 * @param largestAfter        size of the largest remaining part
 * @param fragmentationBefore fragmentation before this removal
 * @param fragmentationAfter  fragmentation after it (share of pairs of remaining members that can no longer reach each other)
 */
public record KeyPlayer(String id, boolean articulationPoint, int componentsAfter, int largestAfter,
                        double fragmentationBefore, double fragmentationAfter) {

    /** e.g. "Removing n1 splits the network into 5 parts (largest 6 members); 72 % of the pairs of remaining members can no longer reach each other (before: 0 %)." */
    public String explain() {
        return String.format(Locale.ROOT,
                "Removing %s splits the network into %d %s (largest %d members); %.0f %% of the pairs of remaining"
                        + " members can no longer reach each other (before: %.0f %%).%s",
                id, componentsAfter, componentsAfter == 1 ? "part" : "parts", largestAfter, 100 * fragmentationAfter,
                100 * fragmentationBefore, articulationPoint ? " " + id + " is a cut point: the only link between parts of the network." : "");
    }
}

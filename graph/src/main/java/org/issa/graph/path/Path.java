package org.issa.graph.path;

import java.util.List;
import java.util.Locale;

/**
 * A path between two nodes.
 *
 * @param nodes  the node ids from the start to the end
 * @param length the sum of the edge weights (the number of steps when unweighted)
 */
public record Path(List<String> nodes, double length) {

    public Path {
        nodes = List.copyOf(nodes);
    }

    /** The number of edges. */
    public int steps() {
        return nodes.size() - 1;
    }

    /** The path in words, e.g. "n1 reaches n12 in 2 steps, through n3". */
    public String explain() {
        String from = nodes.get(0);
        String to = nodes.get(nodes.size() - 1);
        List<String> via = nodes.subList(1, nodes.size() - 1);
        String through = via.isEmpty() ? ", directly" : ", through " + String.join(" → ", via);
        String len = length == steps() ? "" : String.format(Locale.ROOT, " (total weight %.4g)", length);
        return from + " reaches " + to + " in " + steps() + (steps() == 1 ? " step" : " steps") + through + len + ".";
    }
}

package org.issa.graph.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;

/**
 * Generated edges between nodes named {@code 0..nodes-1}.
 *
 * @param nodes   the number of nodes
 * @param sources the source of each edge (do not modify)
 * @param targets the target of each edge
 */
public record SyntheticEdges(int nodes, int[] sources, int[] targets) {

    public int edgeCount() {
        return sources.length;
    }

    /** The network of these edges (unweighted), nodes in id order {@code 0..nodes-1}. */
    public Network toNetwork(boolean directed) {
        NetworkBuilder b = directed ? Network.directed() : Network.undirected();
        for (int v = 0; v < nodes; v++) {
            b.node(Integer.toString(v));
        }
        for (int e = 0; e < sources.length; e++) {
            b.addEdge(sources[e], targets[e], 1.0, Network.NO_TIME, -1);
        }
        return b.build();
    }

    /** Writes the edges as a headerless CSV edge list {@code source,target}, one edge a line. */
    public void writeCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            StringBuilder line = new StringBuilder(32);
            for (int e = 0; e < sources.length; e++) {
                line.setLength(0);
                line.append(sources[e]).append(',').append(targets[e]).append('\n');
                w.append(line);
            }
        }
    }
}

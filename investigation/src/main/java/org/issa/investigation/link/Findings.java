package org.issa.investigation.link;

import java.util.List;
import java.util.Map;

/** The results of link analysis, each with the words that explain it to an investigator. */
public final class Findings {

    private Findings() {
    }

    /** Nodes and links, e.g. a neighbourhood. */
    public record GraphView(List<Node> nodes, List<Link> links, String explanation) {
    }

    /** One path: its entities in order and the links between them. */
    public record PathView(List<Node> nodes, List<Link> links, int steps, double length, String explanation) {
    }

    public record Paths(List<PathView> paths, String explanation) {
    }

    /** One entity's centrality: rank 1 is the most central. */
    public record Centrality(Node node, int rank, double value, String explanation) {
    }

    /**
     * @param normalisation how the values are scaled (as NetworkX does by default)
     * @param nodes         how many entities the network has
     */
    public record Centralities(String measure, String normalisation, int nodes, List<Centrality> ranking) {
    }

    /** @param membership canonical id → group number (0 is the largest group) */
    public record Communities(int count, double modularity, String method, Map<String, Integer> membership, List<List<Node>> groups,
                              String explanation) {
    }

    public record KeyPlayer(Node node, int componentsAfter, int largestAfter, double fragmentationAfter, boolean cutPoint,
                            String explanation) {
    }

    /** A change of rank between two periods; rank 0 means absent from that period. */
    public record Shift(Node node, int rankBefore, int rankAfter, double valueBefore, double valueAfter, String explanation) {
    }

    /** Two entities that hold the same identifier (phone, IBAN, address…), possibly in different datasets. */
    public record SharedIdentifier(Node first, Node second, String kind, String value, String explanation) {
    }

    public record SharedIdentifiers(List<SharedIdentifier> links, Map<String, Integer> hubs, String explanation) {
    }
}

package org.issa.graph.centrality;

/** A node's score and its rank (1 = highest; ties ranked by node order). */
public record Ranked(String id, int rank, double value) {
}

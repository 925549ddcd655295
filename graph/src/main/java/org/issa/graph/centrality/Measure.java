package org.issa.graph.centrality;

/** The centrality measures, named as in NetworkX. */
public enum Measure {
    DEGREE("degree"), BETWEENNESS("betweenness"), CLOSENESS("closeness"), EIGENVECTOR("eigenvector"), PAGERANK("pagerank");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    /** The lower-case name used in JSON. */
    public String key() {
        return key;
    }
}

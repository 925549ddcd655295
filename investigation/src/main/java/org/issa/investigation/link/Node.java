package org.issa.investigation.link;

/** An entity in a graph view: its canonical id, schema, display name and dataset. */
public record Node(String id, String schema, String caption, String dataset) {
}

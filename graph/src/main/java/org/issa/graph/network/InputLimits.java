package org.issa.graph.network;

/**
 * Bounds on network input, checked before and while reading: a file larger than {@code maxBytes} is refused
 * before any byte is read; lines longer than {@code maxLineChars}, or more than {@code maxNodes} nodes or
 * {@code maxEdges} edges, stop the read with a {@link GraphInputException}.
 */
public record InputLimits(long maxBytes, int maxLineChars, int maxNodes, long maxEdges) {

    /** 512 MB, 1 MiB characters a line (an adjacency matrix row of ~100k nodes), 20 million nodes, 200 million edges. */
    public static final InputLimits DEFAULT = new InputLimits(512L * 1024 * 1024, 1 << 20, 20_000_000, 200_000_000L);

    public InputLimits {
        if (maxBytes <= 0 || maxLineChars <= 0 || maxNodes <= 0 || maxEdges <= 0) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }

    public InputLimits withMaxBytes(long bytes) {
        return new InputLimits(bytes, maxLineChars, maxNodes, maxEdges);
    }

    public InputLimits withMaxNodes(int nodes) {
        return new InputLimits(maxBytes, maxLineChars, nodes, maxEdges);
    }
}

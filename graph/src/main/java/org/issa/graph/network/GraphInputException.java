package org.issa.graph.network;

import org.issa.core.error.InvalidInputException;

/**
 * A network file or edge that cannot be read: names the file (or {@code edge} when built in memory),
 * the line (0 when not tied to one) and the problem, e.g. {@code phase3.csv, line 7: row has 32 cells, the header has 34}.
 */
public class GraphInputException extends InvalidInputException {

    private final String source;
    private final long line;
    private final String problem;

    public GraphInputException(String source, long line, String problem) {
        super("file", source + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file name, or a description of the in-memory input. */
    public String source() {
        return source;
    }

    /** The 1-based line, 0 when the problem concerns the whole input. */
    public long line() {
        return line;
    }

    /** The problem in words, without file and line. */
    public String problem() {
        return problem;
    }
}

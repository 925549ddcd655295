package org.issa.graph.centrality;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Runs work over node ranges on the common fork-join pool (all cores). */
final class Chunks {

    private Chunks() {
    }

    /** Calls {@code body} for each chunk index; {@code from(c, n, chunks)} and {@code to} give the range. */
    static void each(int chunks, IntConsumer body) {
        if (chunks <= 1) {
            body.accept(0);
        } else {
            IntStream.range(0, chunks).parallel().forEach(body);
        }
    }

    static int count(int n, int minPerChunk) {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(cores * 4, n / Math.max(1, minPerChunk)));
    }

    static int from(int c, int n, int chunks) {
        return (int) ((long) n * c / chunks);
    }

    static int to(int c, int n, int chunks) {
        return (int) ((long) n * (c + 1) / chunks);
    }
}

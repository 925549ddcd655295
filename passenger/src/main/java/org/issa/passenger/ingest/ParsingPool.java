package org.issa.passenger.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads independent files on a few worker threads (one per core) and hands the results back in the order of the files:
 * a batch of carrier pushes or an import of many files parses on every core while whoever consumes the results (the
 * store) still sees them in the order they came. Each file is read whole by one thread with the same reader as a
 * single-threaded read; a file that is no interchange gives its refusal in its place, the others are still read.
 */
public final class ParsingPool implements AutoCloseable {

    /** What one file gave: the parsed file, or why it was refused. */
    public record Outcome(Optional<ParsedFile> file, Optional<NotAnInterchangeException> refused) {
        public static Outcome of(ParsedFile f) {
            return new Outcome(Optional.of(f), Optional.empty());
        }

        public static Outcome of(NotAnInterchangeException e) {
            return new Outcome(Optional.empty(), Optional.of(e));
        }
    }

    private final PassengerMessages reader;
    private final int threads;
    private final ExecutorService workers;

    public ParsingPool(PassengerMessages reader, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.reader = reader;
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pnr-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    /** Every file read, the outcomes in the order of {@code files}. */
    public List<Outcome> readAll(List<byte[]> files) {
        Outcome[] out = new Outcome[files.size()];
        if (threads == 1 || files.size() < 2) {
            for (int i = 0; i < out.length; i++) {
                out[i] = read(files.get(i));
            }
            return List.of(out);
        }
        // Files are taken in small runs from a shared counter, so that a slow (large) file does not hold up the others.
        AtomicInteger next = new AtomicInteger();
        int run = Math.max(1, Math.min(16, files.size() / (threads * 8)));
        List<Future<?>> running = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            running.add(workers.submit(() -> {
                int i;
                while ((i = next.getAndAdd(run)) < out.length) {
                    for (int k = i; k < Math.min(out.length, i + run); k++) {
                        out[k] = read(files.get(k));
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return List.of(out);
    }

    private Outcome read(byte[] file) {
        try {
            return Outcome.of(reader.read(file));
        } catch (NotAnInterchangeException e) {
            return Outcome.of(e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

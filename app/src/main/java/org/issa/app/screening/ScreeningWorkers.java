package org.issa.app.screening;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded background workers of screening: batch jobs (two at a time, twenty waiting) and
 * re-screening after list changes (one at a time, a hundred waiting). Work beyond the queues is
 * refused rather than piled up. Not exposed as executor beans, so Spring's own task executor stays.
 */
public final class ScreeningWorkers implements AutoCloseable {

    private final ExecutorService batches = pool("screening-batch", 2, 20);
    private final ExecutorService rescreening = pool("screening-rescreen", 1, 100);

    private static ExecutorService pool(String name, int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    public ExecutorService batches() {
        return batches;
    }

    public ExecutorService rescreening() {
        return rescreening;
    }

    @Override
    public void close() {
        batches.shutdownNow();
        rescreening.shutdownNow();
    }
}

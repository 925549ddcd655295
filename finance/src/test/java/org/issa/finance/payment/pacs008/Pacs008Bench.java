package org.issa.finance.payment.pacs008;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

/**
 * The parse rate of {@link Pacs008Reader} on a generated pacs.008.001.08 file (not a test: run by
 * hand). The file is written to a temporary file first so that only parsing is timed.
 *
 * <pre>java -cp finance/target/classes:finance/target/test-classes:core/target/classes \
 *   org.issa.finance.payment.pacs008.Pacs008Bench [transactions] [rounds]</pre>
 */
public final class Pacs008Bench {

    private Pacs008Bench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Files.createTempFile("pacs008-bench", ".xml");
        try {
            try (InputStream in = new GeneratedPacs008(n)) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            long bytes = Files.size(file);
            System.out.printf("pacs.008.001.08, %,d transactions, %,d bytes%n", n, bytes);
            for (int r = 1; r <= rounds; r++) {
                LongAdder amounts = new LongAdder();
                long heapBefore = usedHeap();
                long t0 = System.nanoTime();
                long count;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    count = new Pacs008Reader(file.getFileName().toString()).read(in, p -> amounts.add(p.amount().longValue()));
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d: %,d payments in %.2f s = %,.0f payments/s, %.1f MB/s (heap used before %d MB, after %d MB)%n",
                    r, count, s, count / s, bytes / s / 1e6, heapBefore >> 20, usedHeap() >> 20);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}

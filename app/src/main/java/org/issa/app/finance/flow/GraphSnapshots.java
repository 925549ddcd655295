package org.issa.app.finance.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.flow.Tracer;
import org.issa.finance.payment.PaymentLedger;

/**
 * The payment graphs readers trace and scan, one per <b>marking view</b>: of the markings the stored payments
 * carry, the set a reader may read ({@link Principal#mayRead}, the rule the ledger's query applies). Readers with
 * the same view see the same payments, so they share one graph, built once from
 * {@link PaymentLedger#forEachVisible} under the first such reader. At most {@code views} graphs are kept (the
 * least recently used is dropped), and a graph is used only at the ledger {@code version()} it was built at.
 *
 * <p>A graph is shared only when nothing changed while it was made: the version is read before the markings and
 * again after the markings and after the build; if it moved, the reader gets a graph of their own, not kept. So a
 * reader never gets a graph holding a payment whose marking lies outside their view. Thread-safe: readers of one
 * view arriving together wait for one build.
 */
final class GraphSnapshots {

    /** A reader's graph and its tracer, at a ledger version. */
    record Snapshot(long version, PaymentGraph graph, Tracer tracer) {
    }

    private final PaymentLedger ledger;
    private final Supplier<? extends Collection<Marking>> markings;
    private final int views;
    private final Map<String, CompletableFuture<Snapshot>> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicLong builds = new AtomicLong();

    /**
     * @param ledger   the payments
     * @param markings the distinct markings of the stored payments, read in the database
     * @param views    how many graphs to keep at most
     */
    GraphSnapshots(PaymentLedger ledger, Supplier<? extends Collection<Marking>> markings, int views) {
        if (views < 1) {
            throw new IllegalArgumentException("keep at least one view");
        }
        this.ledger = ledger;
        this.markings = markings;
        this.views = views;
    }

    /** The reader's graph at the ledger's current version. */
    Snapshot of(Principal reader) {
        long version = ledger.version();
        String view = view(reader, markings.get());
        if (ledger.version() != version) {
            return build(reader, version);   // changing under us: a graph for this reader alone
        }
        String key = version + "\n" + view;
        CompletableFuture<Snapshot> future;
        boolean mine = false;
        synchronized (kept) {
            kept.values().removeIf(f -> f.isDone() && !f.isCompletedExceptionally() && f.getNow(null) != null
                    && f.getNow(null).version() < version);   // the ledger moved on: drop what was built before
            future = kept.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                kept.put(key, future);
                mine = true;
                trim();
            }
        }
        if (!mine) {
            Snapshot s;
            try {
                s = future.join();
            } catch (CompletionException e) {
                s = null;   // the build failed for the reader who ran it: try for this one
            }
            return s != null ? s : build(reader, version);
        }
        Snapshot s;
        try {
            s = build(reader, version);
        } catch (RuntimeException | Error e) {
            forget(key, future);
            future.completeExceptionally(e);
            throw e;
        }
        if (ledger.version() != version) {
            forget(key, future);
            future.complete(null);   // built while the ledger changed: not for sharing
        } else {
            future.complete(s);
        }
        return s;
    }

    /** How many graphs were built (for the tests). */
    long builds() {
        return builds.get();
    }

    /** How many graphs are kept. */
    int kept() {
        synchronized (kept) {
            return kept.size();
        }
    }

    private Snapshot build(Principal reader, long version) {
        builds.incrementAndGet();
        PaymentGraph.Builder b = PaymentGraph.builder();
        ledger.forEachVisible(reader, b);
        PaymentGraph g = b.build();
        return new Snapshot(version, g, new Tracer(g));
    }

    private void forget(String key, CompletableFuture<Snapshot> future) {
        synchronized (kept) {
            kept.remove(key, future);
        }
    }

    private void trim() {
        Iterator<Map.Entry<String, CompletableFuture<Snapshot>>> it = kept.entrySet().iterator();
        while (kept.size() > views && it.hasNext()) {
            it.next();
            it.remove();   // least recently used first (access order)
        }
    }

    /** The reader's view: the markings present that the reader may read, as one key. */
    static String view(Principal reader, Collection<Marking> present) {
        List<String> readable = new ArrayList<>();
        for (Marking m : present) {
            if (reader.mayRead(m)) {
                readable.add(m.classification().level() + "|" + m.tlp().code() + "|" + m.releasabilityColumn() + "|"
                        + m.originator() + "|" + m.handlingColumn());
            }
        }
        readable.sort(null);
        return String.join("\n", readable);
    }
}

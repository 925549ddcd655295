package org.issa.finance.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;

/**
 * Follows money through a {@link PaymentGraph}, in time order: money can move on only in a payment
 * that comes after it arrived (in the graph's order: by time, then as received).
 *
 * <p><b>Forward</b> from account A: every payment A makes in the window is traced in full (hop 1).
 * An account reached holds traced and other funds; each payment it makes is attributed to what it
 * holds by the {@link AllocationRule}: FIFO takes the oldest funds first (the account's earlier
 * receipts, in the order received, less what earlier payments took), PROPORTIONAL takes every kind
 * of funds in proportion to its share of the balance. The part attributed to traced money moves to
 * the payee one hop further. A payment larger than what the payments seen brought in is, for the
 * excess, paid from funds of unknown origin (an opening balance, cash), which are not traced money.
 * Money coming back to A stays there. Money at the hop limit is not followed further.
 *
 * <p><b>Backward</b> to account A: every payment A received in the window is traced in full (hop 1).
 * For an account that paid traced money, the payment is broken down over the account's earlier
 * receipts by the same rule (FIFO: which receipts a payment used up; PROPORTIONAL: the share of each
 * receipt in the balance when it paid); the part of a payment not covered by receipts is of the
 * account's own or unknown origin and ends the trail there. When only part of a payment is traced
 * money, its breakdown is scaled down in proportion. Only the payments the trace follows are broken
 * down: an account reached is swept once ({@code Book}, O(receipts + payments)), after which a payment's
 * FIFO parts are found by binary search over running totals and its pro rata parts from a running product
 * of the fractions the account's payments took (as logarithms), over the receipts still worth a unit.
 *
 * <p>All arithmetic is exact on {@link Units}; every split rounds down and hands the remaining units
 * out one by one, so no amount is ever created. Thread-safe.
 */
public final class Tracer {

    private final PaymentGraph graph;

    public Tracer(PaymentGraph graph) {
        this.graph = graph;
    }

    public PaymentGraph graph() {
        return graph;
    }

    public Trace trace(TraceRequest request) {
        int origin = graph.index(request.account()).orElseThrow(() -> new NotFoundException("account", request.account()));
        List<String> used = graph.currenciesOf(origin);
        String code;
        if (request.currency().isPresent()) {
            code = request.currency().get().strip().toUpperCase(java.util.Locale.ROOT);
            if (!used.contains(code)) {
                throw new InvalidInputException("currency", "account " + request.account() + " has no payments in " + code
                        + " (it has " + String.join(", ", used) + ")");
            }
        } else if (used.size() == 1) {
            code = used.get(0);
        } else {
            throw new InvalidInputException("currency", "account " + request.account() + " has payments in several currencies ("
                    + String.join(", ", used) + "): name the one to trace");
        }
        Run run = new Run(request, origin, graph.currencyIndex(code));
        if (request.direction() == Direction.FORWARD) {
            run.forward();
        } else {
            run.backward();
        }
        TraceRequest resolved = new TraceRequest(request.account(), request.direction(), request.hops(), request.rule(),
                java.util.Optional.of(code), request.from(), request.to());
        return run.result(resolved, code);
    }

    private final class Run {
        final TraceRequest request;
        final int origin;
        final int cur;
        final int hops;
        final long from;
        final long to;
        final boolean fifo;
        long minimum = 1;
        final Map<Integer, long[]> accounts = new HashMap<>();   // account -> {traced, followed, minHop}
        final Map<Integer, long[]> payments = new HashMap<>();   // payment -> {attributed, minHop}
        final Map<Integer, Holding> holdings = new HashMap<>();
        final java.util.BitSet held = new java.util.BitSet();
        final Map<Integer, Book> books = new HashMap<>();
        final Map<Integer, Parts> parts = new HashMap<>();
        final Map<Integer, long[]> carried = new HashMap<>();
        long traced;

        Run(TraceRequest request, int origin, int cur) {
            this.request = request;
            this.origin = origin;
            this.cur = cur;
            this.hops = request.hops();
            this.from = request.from().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            this.to = request.to().map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            this.fifo = request.rule() == AllocationRule.FIFO;
            account(origin, 0);
        }

        boolean counts(int p) {
            return graph.currencyOf(p) == cur && graph.payer(p) != graph.payee(p);
        }

        long[] account(int a, int hop) {
            long[] acc = accounts.computeIfAbsent(a, k -> new long[] {0, 0, hop});
            acc[2] = Math.min(acc[2], hop);
            return acc;
        }

        void record(int p, long amount, int hop) {
            long[] r = payments.computeIfAbsent(p, k -> new long[] {0, hop});
            r[0] += amount;
            r[1] = Math.min(r[1], hop);
        }

        // ---------------------------------------------------------------- forward

        void forward() {
            int start = -1;
            for (int k = graph.outStart(origin); k < graph.outEnd(origin); k++) {
                int p = graph.outPayment(k);
                if (counts(p) && graph.time(p) >= from) {
                    start = p;
                    break;
                }
            }
            if (start < 0) {
                return;
            }
            long total = 0;
            for (int k = graph.outStart(origin); k < graph.outEnd(origin); k++) {
                int p = graph.outPayment(k);
                if (counts(p) && graph.time(p) >= from && graph.time(p) <= to) {
                    total += graph.units(p);
                }
            }
            minimum = deMinimis(total);
            long[] byHop = new long[hops + 2];
            long[] onward = new long[hops + 2];
            int m = graph.paymentCount();
            for (int p = start; p < m && graph.time(p) <= to; p++) {
                if (!counts(p)) {
                    continue;
                }
                int u = graph.payer(p);
                int v = graph.payee(p);
                if (u != origin && v != origin && !held.get(u) && !held.get(v)) {
                    continue;   // between accounts the trace has not reached: nothing to do
                }
                long amount = graph.units(p);
                Arrays.fill(onward, 0);
                if (u == origin) {
                    traced += amount;
                    long[] acc = account(origin, 0);
                    acc[0] += amount;
                    acc[1] += amount;
                    record(p, amount, 1);
                    onward[1] = amount;
                    deliver(v, p, onward, amount);
                    continue;
                }
                Holding h = held.get(u) ? holdings.get(u) : null;
                boolean any = false;
                if (h != null) {
                    Arrays.fill(byHop, 0);
                    h.pay(amount, byHop);
                    long[] acc = accounts.get(u);
                    for (int k = 1; k < hops; k++) {
                        if (byHop[k] >= minimum) {
                            onward[k + 1] = byHop[k];
                            acc[1] += byHop[k];
                            record(p, byHop[k], k + 1);
                            any = true;
                        }
                    }
                }
                if (any || held.get(v) || v == origin) {
                    deliver(v, p, onward, amount);
                }
            }
        }

        /** Payment p brings {@code amount} to v, of which {@code byHop[k]} is traced money at hop k. */
        void deliver(int v, int p, long[] byHop, long amount) {
            long tainted = 0;
            int minHop = Integer.MAX_VALUE;
            for (int k = 1; k <= hops; k++) {
                if (byHop[k] > 0) {
                    tainted += byHop[k];
                    minHop = Math.min(minHop, k);
                }
            }
            if (v == origin) {
                if (tainted > 0) {
                    account(origin, 0)[0] += tainted;   // returned: retained at the traced account
                }
                return;
            }
            Holding h = holdings.get(v);
            if (h == null) {
                if (tainted == 0) {
                    return;
                }
                h = fifo ? new Lots() : new Pool(hops);
                replay(v, p, h);
                holdings.put(v, h);
                held.set(v);
            }
            if (tainted > 0) {
                account(v, minHop)[0] += tainted;
            }
            h.receive(byHop, amount - tainted);
        }

        /** Brings a newly reached account's holding up to date with its payments before p (no traced money in them). */
        void replay(int a, int p, Holding h) {
            int i = graph.inStart(a);
            int ie = graph.inEnd(a);
            int o = graph.outStart(a);
            int oe = graph.outEnd(a);
            long[] none = new long[hops + 2];
            long[] sink = new long[hops + 2];
            while (true) {
                int pi = i < ie ? graph.inPayment(i) : Integer.MAX_VALUE;
                int po = o < oe ? graph.outPayment(o) : Integer.MAX_VALUE;
                int next = Math.min(pi, po);
                if (next >= p) {
                    return;
                }
                if (next == pi) {
                    i++;
                    if (counts(pi)) {
                        h.receive(none, graph.units(pi));
                    }
                } else {
                    o++;
                    if (counts(po)) {
                        h.pay(graph.units(po), sink);
                    }
                }
            }
        }

        // ---------------------------------------------------------------- backward

        void backward() {
            PriorityQueue<long[]> demands = new PriorityQueue<>(Comparator.comparingLong((long[] d) -> -d[0]));
            long[] acc = account(origin, 0);
            for (int k = graph.inStart(origin); k < graph.inEnd(origin); k++) {
                int p = graph.inPayment(k);
                if (counts(p) && graph.time(p) <= to && graph.time(p) >= from) {
                    long amount = graph.units(p);
                    traced += amount;
                    acc[0] += amount;
                    acc[1] += amount;
                    demands.add(new long[] {p, amount, 1});
                }
            }
            minimum = deMinimis(traced);
            // Demands on a payment come only from payments after it, so all of them are queued before it is taken:
            // they are summed by hop and broken down once (the work grows with payments x hops, not with paths).
            long[] byHop = new long[hops + 1];
            while (!demands.isEmpty()) {
                long[] d = demands.poll();
                int p = (int) d[0];
                java.util.Arrays.fill(byHop, 0);
                byHop[(int) d[2]] += d[1];
                while (!demands.isEmpty() && demands.peek()[0] == p) {
                    long[] more = demands.poll();
                    byHop[(int) more[2]] += more[1];
                }
                for (int hop = 1; hop <= hops; hop++) {
                    if (byHop[hop] > 0) {
                        demand(p, byHop[hop], hop, demands);
                    }
                }
            }
        }

        private void demand(int p, long amount, int hop, PriorityQueue<long[]> demands) {
            record(p, amount, hop);
            int u = graph.payer(p);
            if (u == origin) {
                account(origin, 0)[0] += amount;   // the traced account's own money came back to it
                return;
            }
            long[] ua = account(u, hop);
            ua[0] += amount;
            if (hop == hops) {
                return;
            }
            Parts b = parts.get(p);
            if (b == null) {
                Book book = books.get(u);
                if (book == null) {
                    book = new Book(graph, u, cur, fifo);
                    books.put(u, book);
                }
                b = book.parts(p);
                parts.put(p, b);
            }
            long[] share = scale(b.amounts, amount, graph.units(p));
            // several demands on one payment each round up a little: never hand out more than a receipt gave
            for (int j = 0; j < share.length; j++) {
                share[j] = Math.min(share[j], b.amounts[j] - b.used[j]);
                b.used[j] += share[j];
            }
            for (int j = 0; j < share.length; j++) {
                int src = b.sources[j];
                if (share[j] >= minimum && graph.time(src) >= from) {
                    // pro rata rounds once per payment broken down, so the parts several payments take of one receipt
                    // may together exceed it by a unit or two: a receipt is never asked for more than it brought
                    long[] c = carried.computeIfAbsent(src, k -> new long[1]);
                    long s = Math.min(share[j], graph.units(src) - c[0]);
                    if (s > 0) {
                        c[0] += s;
                        ua[1] += s;
                        demands.add(new long[] {src, s, hop + 1});
                    }
                }
            }
        }

        /**
         * De minimis: shares below one ten-thousandth of the amount traced, or below one cent, are not followed
         * further (they stay with the account as retained). Without it pro rata allocation spreads crumbs of the
         * traced money over most of a large ledger within a few hops.
         */
        long deMinimis(long total) {
            return Math.max(100, total / 10_000);
        }

        // ---------------------------------------------------------------- result

        Trace result(TraceRequest resolved, String code) {
            List<Trace.Account> acc = new ArrayList<>();
            for (Map.Entry<Integer, long[]> e : accounts.entrySet()) {
                long[] v = e.getValue();
                int a = e.getKey();
                acc.add(new Trace.Account(graph.account(a), graph.name(a), (int) v[2], Units.amount(v[0]), Units.amount(v[1]),
                        Units.amount(v[0] - v[1])));
            }
            acc.sort(Comparator.comparingInt((Trace.Account a) -> a.account().equals(graph.account(origin)) ? 0 : 1)
                    .thenComparingInt(Trace.Account::hop)
                    .thenComparing(Trace.Account::traced, Comparator.reverseOrder())
                    .thenComparing(Trace.Account::account));
            int[] ps = payments.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            List<Trace.Transfer> out = new ArrayList<>(ps.length);
            for (int p : ps) {
                long[] r = payments.get(p);
                out.add(new Trace.Transfer(graph.reference(p), graph.account(graph.payer(p)), graph.account(graph.payee(p)),
                        graph.instant(p), Units.amount(graph.units(p)), Units.amount(r[0]), (int) r[1]));
            }
            return new Trace(resolved, code, Units.amount(traced), acc, out);
        }
    }

    /** Shares of {@code parts} for {@code amount} of a payment of {@code whole}: rounded down, remainders handed out. */
    static long[] scale(long[] parts, long amount, long whole) {
        if (amount >= whole) {
            return parts.clone();
        }
        long[] out = new long[parts.length];
        long sum = 0;
        long given = 0;
        for (int j = 0; j < parts.length; j++) {
            out[j] = Units.mulDiv(parts[j], amount, whole);
            sum += parts[j];
            given += out[j];
        }
        long target = Units.mulDiv(sum, amount, whole);
        for (int j = 0; given < target && j < parts.length; j++) {
            if (out[j] < parts[j]) {
                out[j]++;
                given++;
            }
        }
        return out;
    }

    /** The receipts a payment out is made of: receipt (payment index) and units, and what demands took of each. */
    private static final class Parts {
        static final Parts NONE = new Parts(new int[0], new long[0]);
        final int[] sources;
        final long[] amounts;
        final long[] used;

        Parts(int[] sources, long[] amounts) {
            this.sources = sources;
            this.amounts = amounts;
            this.used = new long[amounts.length];
        }
    }

    /**
     * An account's receipts and payments out in one currency, swept once in time order (O(receipts + payments)),
     * so that any one payment can then be broken down over the receipts it was made of without touching the
     * others: the backward trace asks only for the payments it follows.
     *
     * <p>FIFO: the receipts as running totals ({@code cum}); a payment used up the receipts between the units
     * consumed before it and those plus what it covered, found by binary search: O(log receipts + parts).
     *
     * <p>PROPORTIONAL: every payment out takes the same fraction {@code f = covered / balance} of every receipt
     * still held, so what is left of a receipt when a later payment is made is its amount times the product of
     * {@code (1 - f)} over the payments between. The sweep keeps that product as a running sum of logarithms
     * (a payment that empties the account starts a new run: nothing earlier is left), so a payment's pro rata
     * parts are computed directly from the receipts' amounts and the two running sums, in one pass over the
     * receipts still holding at least one unit's worth (older ones, shrunk below it, are skipped by binary
     * search). Each part is rounded down and the units lost are handed out one by one, as everywhere, so the
     * parts add up exactly to what the payment covered.
     */
    private static final class Book {
        private final PaymentGraph graph;
        private final boolean fifo;
        private final int outStart;
        private final int outEnd;
        /** Receipts in arrival order: payment index, running total of units before it, log of the share left at arrival. */
        private final int[] receipt;
        private final long[] cum;
        private final double[] logAt;
        private int receipts;
        private long largest;
        /** Per payment out (by its place in the account's list): receipts before it, units covered by them. */
        private final int[] before;
        private final long[] covered;
        /** FIFO: units consumed before it; PROPORTIONAL: the balance before it. */
        private final long[] mark;
        private final double[] logOut;
        private final int[] firstHeld;

        Book(PaymentGraph graph, int a, int cur, boolean fifo) {
            this.graph = graph;
            this.fifo = fifo;
            int i = graph.inStart(a);
            int ie = graph.inEnd(a);
            outStart = graph.outStart(a);
            outEnd = graph.outEnd(a);
            int n = outEnd - outStart;
            receipt = new int[ie - i];
            cum = new long[ie - i + 1];
            logAt = fifo ? null : new double[ie - i];
            before = new int[n];
            covered = new long[n];
            mark = new long[n];
            logOut = fifo ? null : new double[n];
            firstHeld = fifo ? null : new int[n];
            long balance = 0;
            long consumed = 0;
            double log = 0;
            int drained = 0;
            for (int o = outStart; o < outEnd; ) {
                int pi = i < ie ? graph.inPayment(i) : Integer.MAX_VALUE;
                int po = graph.outPayment(o);
                if (pi < po) {
                    i++;
                    if (graph.currencyOf(pi) == cur && graph.payer(pi) != graph.payee(pi)) {
                        long u = graph.units(pi);
                        receipt[receipts] = pi;
                        cum[receipts + 1] = cum[receipts] + u;
                        if (!fifo) {
                            logAt[receipts] = log;
                        }
                        receipts++;
                        balance += u;
                        largest = Math.max(largest, u);
                    }
                    continue;
                }
                int k = o++ - outStart;
                if (graph.currencyOf(po) != cur || graph.payer(po) == graph.payee(po)) {
                    continue;
                }
                long c = Math.min(graph.units(po), balance);
                before[k] = receipts;
                covered[k] = c;
                if (fifo) {
                    mark[k] = consumed;
                    consumed += c;
                } else {
                    mark[k] = balance;
                    logOut[k] = log;
                    firstHeld[k] = drained;
                    if (c == balance) {
                        drained = receipts;   // emptied: nothing received before is left
                        log = 0;
                    } else if (c > 0) {
                        log += Math.log((double) (balance - c) / balance);   // Math.log is an intrinsic, log1p is not
                    }
                }
                balance -= c;
            }
        }

        /** The receipts payment {@code p} (one of the account's payments out) was made of. */
        Parts parts(int p) {
            int lo = outStart;
            int hi = outEnd - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (graph.outPayment(mid) < p) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int k = lo - outStart;
            long c = covered[k];
            if (c <= 0) {
                return Parts.NONE;
            }
            return fifo ? fifo(k, c) : proRata(k, c);
        }

        private Parts fifo(int k, long c) {
            long start = mark[k];
            long end = start + c;
            // the first receipt not used up before: cum[j + 1] > start
            int lo = 0;
            int hi = before[k] - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cum[mid + 1] > start) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            int first = lo;
            int last = first;
            while (last < before[k] && cum[last] < end) {
                last++;
            }
            int[] src = new int[last - first];
            long[] amt = new long[last - first];
            for (int j = first; j < last; j++) {
                src[j - first] = receipt[j];
                amt[j - first] = Math.min(cum[j + 1], end) - Math.max(cum[j], start);
            }
            return new Parts(src, amt);
        }

        private Parts proRata(int k, long c) {
            long balance = mark[k];
            double at = logOut[k];
            int first = firstHeld[k];
            int end = before[k];
            // receipts whose share of the payment is below one unit even for the largest receipt: log left < threshold
            double threshold = at + Math.log((double) c * largest / balance) + 1e-9;
            int lo = first;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (logAt[mid] > threshold) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            first = lo;
            int n = end - first;
            if (n <= 0) {
                return Parts.NONE;
            }
            long[] s = new long[n];
            long[] cap = new long[n];
            long given = 0;
            double scale = (double) c / balance;
            for (int j = 0; j < n; j++) {
                long units = graph.units(receipt[first + j]);
                cap[j] = units;
                double left = units * Math.exp(at - logAt[first + j]);
                long part = (long) Math.floor(left * scale);
                s[j] = Math.max(0, Math.min(part, units));
                given += s[j];
            }
            // floating point may round a part up by a unit: take such units back from the newest receipts
            for (int j = n - 1; given > c && j >= 0; j--) {
                long back = Math.min(s[j], given - c);
                s[j] -= back;
                given -= back;
            }
            // hand out the units lost to rounding down, one each, oldest receipt first
            boolean progress = true;
            while (given < c && progress) {
                progress = false;
                for (int j = 0; given < c && j < n; j++) {
                    if (s[j] < cap[j]) {
                        s[j]++;
                        given++;
                        progress = true;
                    }
                }
            }
            int kept = 0;
            for (int j = 0; j < n; j++) {
                kept += s[j] > 0 ? 1 : 0;
            }
            int[] src = new int[kept];
            long[] amt = new long[kept];
            for (int j = 0, x = 0; j < n; j++) {
                if (s[j] > 0) {
                    src[x] = receipt[first + j];
                    amt[x++] = s[j];
                }
            }
            return new Parts(src, amt);
        }
    }

    /** What an account reached by a forward trace holds: traced money by hop, and other funds. */
    private interface Holding {
        /** A receipt: {@code byHop[k]} traced at hop k, plus {@code other}. */
        void receive(long[] byHop, long other);

        /** A payment out of {@code amount}: adds to {@code byHop[k]} the traced money it carries from hop k. */
        void pay(long amount, long[] byHop);
    }

    /** FIFO: the funds held as lots in arrival order, each traced at a hop or not (hop 0). */
    private static final class Lots implements Holding {
        private long[] amount = new long[8];
        private int[] hop = new int[8];
        private int head;
        private int tail;

        private void push(long a, int h) {
            if (a <= 0) {
                return;
            }
            if (tail == amount.length) {
                if (head > 0) {
                    System.arraycopy(amount, head, amount, 0, tail - head);
                    System.arraycopy(hop, head, hop, 0, tail - head);
                    tail -= head;
                    head = 0;
                }
                if (tail == amount.length) {
                    amount = Arrays.copyOf(amount, tail * 2);
                    hop = Arrays.copyOf(hop, tail * 2);
                }
            }
            amount[tail] = a;
            hop[tail++] = h;
        }

        @Override
        public void receive(long[] byHop, long other) {
            for (int k = 1; k < byHop.length; k++) {
                push(byHop[k], k);
            }
            push(other, 0);
        }

        @Override
        public void pay(long need, long[] byHop) {
            while (need > 0 && head < tail) {
                long take = Math.min(need, amount[head]);
                if (hop[head] > 0) {
                    byHop[hop[head]] += take;
                }
                amount[head] -= take;
                need -= take;
                if (amount[head] == 0) {
                    head++;
                }
            }
        }
    }

    /** PROPORTIONAL: a balance, of which some is traced money by hop. */
    private static final class Pool implements Holding {
        private long balance;
        private final long[] traced;

        Pool(int hops) {
            traced = new long[hops + 2];
        }

        @Override
        public void receive(long[] byHop, long other) {
            for (int k = 1; k < byHop.length; k++) {
                traced[k] += byHop[k];
                balance += byHop[k];
            }
            balance += other;
        }

        @Override
        public void pay(long amount, long[] byHop) {
            if (balance == 0) {
                return;
            }
            long covered = Math.min(amount, balance);
            long total = 0;
            for (long t : traced) {
                total += t;
            }
            if (total > 0) {
                // The traced share, rounded down as a whole (so what stays traced never exceeds the balance
                // left), then split over the hops, rounded down, the remaining units handed out one by one.
                long share = Units.mulDiv(covered, total, balance);
                long given = 0;
                long[] s = new long[traced.length];
                for (int k = 1; k < traced.length; k++) {
                    s[k] = Units.mulDiv(share, traced[k], total);
                    given += s[k];
                }
                for (int k = 1; given < share && k < traced.length; k++) {
                    if (s[k] < traced[k]) {
                        s[k]++;
                        given++;
                    }
                }
                for (int k = 1; k < traced.length; k++) {
                    traced[k] -= s[k];
                    byHop[k] += s[k];
                }
            }
            balance -= covered;
        }
    }
}

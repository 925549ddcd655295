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
 * The tracer as it was up to November 2026, kept unchanged as the reference the {@link Tracer} is tested
 * against ({@code TracerEquivalenceTest}) and for the before/after figures of {@code issa bench finance
 * --trace-compare}; the application does not use it.
 *
 * <p>Its backward trace breaks down <em>every</em> payment of an account reached over all the receipts the
 * account still held, the first time any of its payments is demanded: receipts x payments per account,
 * which is what made backward pro rata traces through busy accounts slow. FIFO results are identical to
 * the {@link Tracer}'s; pro rata results agree to rounding (this class rounds at every payment of the
 * account, the {@link Tracer} once per payment broken down). Thread-safe.
 */
public final class ReferenceTracer {

    private final PaymentGraph graph;

    public ReferenceTracer(PaymentGraph graph) {
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
        final Map<Integer, Breakdown> breakdowns = new HashMap<>();
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
            Breakdown b = breakdowns.computeIfAbsent(u, this::breakdown);
            int[] src = b.sources(p);
            long[] parts = b.parts(p);
            long[] share = scale(parts, amount, graph.units(p));
            // several demands on one payment each round up a little: never hand out more than a receipt gave
            long[] used = b.used(p);
            for (int j = 0; j < src.length; j++) {
                share[j] = Math.min(share[j], parts[j] - used[j]);
                used[j] += share[j];
            }
            for (int j = 0; j < src.length; j++) {
                if (share[j] >= minimum && graph.time(src[j]) >= from) {
                    ua[1] += share[j];
                    demands.add(new long[] {src[j], share[j], hop + 1});
                }
            }
        }

        /** The breakdown of each payment the account made over the receipts before it. */
        Breakdown breakdown(int a) {
            Breakdown b = new Breakdown();
            int i = graph.inStart(a);
            int ie = graph.inEnd(a);
            int o = graph.outStart(a);
            int oe = graph.outEnd(a);
            // receipts held: payment index and remaining units, in arrival order
            int[] rp = new int[Math.max(1, ie - i)];
            long[] rr = new long[rp.length];
            int head = 0;
            int tail = 0;
            long balance = 0;
            List<Integer> srcs = new ArrayList<>();
            List<Long> amts = new ArrayList<>();
            while (i < ie || o < oe) {
                int pi = i < ie ? graph.inPayment(i) : Integer.MAX_VALUE;
                int po = o < oe ? graph.outPayment(o) : Integer.MAX_VALUE;
                if (pi < po) {
                    i++;
                    if (counts(pi)) {
                        rp[tail] = pi;
                        rr[tail++] = graph.units(pi);
                        balance += graph.units(pi);
                    }
                    continue;
                }
                o++;
                if (!counts(po)) {
                    continue;
                }
                srcs.clear();
                amts.clear();
                long amount = graph.units(po);
                if (fifo) {
                    long need = amount;
                    while (need > 0 && head < tail) {
                        long take = Math.min(need, rr[head]);
                        srcs.add(rp[head]);
                        amts.add(take);
                        rr[head] -= take;
                        need -= take;
                        balance -= take;
                        if (rr[head] == 0) {
                            head++;
                        }
                    }
                } else if (balance > 0) {
                    long covered = Math.min(amount, balance);
                    int[] active = new int[tail - head];
                    int na = 0;
                    for (int k = head; k < tail; k++) {
                        if (rr[k] > 0) {
                            active[na++] = k;
                        }
                    }
                    long[] s = new long[na];
                    long given = 0;
                    for (int x = 0; x < na; x++) {
                        s[x] = Units.mulDiv(covered, rr[active[x]], balance);
                        given += s[x];
                    }
                    // hand out the units lost to rounding down, one each, to receipts with funds left
                    for (int x = 0; given < covered && x < na; x++) {
                        if (s[x] < rr[active[x]]) {
                            s[x]++;
                            given++;
                        }
                    }
                    for (int x = 0; x < na; x++) {
                        if (s[x] > 0) {
                            srcs.add(rp[active[x]]);
                            amts.add(s[x]);
                            rr[active[x]] -= s[x];
                        }
                    }
                    while (head < tail && rr[head] == 0) {
                        head++;
                    }
                    balance -= given;
                }
                b.put(po, srcs, amts);
            }
            return b;
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

    /** An account's breakdown of its payments out over its receipts. */
    private static final class Breakdown {
        private final Map<Integer, int[]> sources = new HashMap<>();
        private final Map<Integer, long[]> parts = new HashMap<>();
        private final Map<Integer, long[]> used = new HashMap<>();

        void put(int payment, List<Integer> src, List<Long> amt) {
            sources.put(payment, src.stream().mapToInt(Integer::intValue).toArray());
            parts.put(payment, amt.stream().mapToLong(Long::longValue).toArray());
        }

        int[] sources(int payment) {
            return sources.getOrDefault(payment, new int[0]);
        }

        long[] parts(int payment) {
            return parts.getOrDefault(payment, new long[0]);
        }

        long[] used(int payment) {
            return used.computeIfAbsent(payment, k -> new long[parts(payment).length]);
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

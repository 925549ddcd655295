package org.issa.app.finance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentLedger;
import org.junit.jupiter.api.Test;

/**
 * The payment graphs of {@code MoneyFlows}: one per marking view (readers who may read the same markings share
 * one), bounded, dropped when the ledger's version changes, and never holding a payment the reader may not read.
 * The ledger here applies {@link Principal#mayRead}, the rule the payment store's SQL applies.
 */
class MoneyFlowsGraphSnapshotsTest {

    /** A ledger of marked payments in memory: filters by the reader's marking rule, counts its reads. */
    private static final class Ledger implements PaymentLedger {
        final List<Payment> payments = new ArrayList<>();
        final List<Marking> markings = new ArrayList<>();
        volatile long version = 1;
        int reads;
        volatile CountDownLatch hold;

        void add(String reference, Marking marking) {
            payments.add(new Payment(reference, "A", "", "B", "", BigDecimal.TEN, "EUR",
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(payments.size()), ""));
            markings.add(marking);
            version++;
        }

        Set<Marking> present() {
            return new LinkedHashSet<>(markings);
        }

        @Override
        public long forEachVisible(Principal reader, Consumer<Payment> sink) {
            synchronized (this) {
                reads++;
            }
            CountDownLatch h = hold;
            if (h != null) {
                try {
                    h.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            long n = 0;
            for (int i = 0; i < payments.size(); i++) {
                if (reader.mayRead(markings.get(i))) {
                    sink.accept(payments.get(i));
                    n++;
                }
            }
            return n;
        }

        @Override
        public long version() {
            return version;
        }
    }

    private static Principal user(String name, String agency, Classification clearance) {
        return new Principal(name, agency, "FR", Set.of(Role.ANALYST), clearance);
    }

    private static Marking marking(Classification c, Tlp tlp, Set<String> rel, String originator) {
        return new Marking(c, tlp, rel, originator, Set.of());
    }

    private static Set<String> references(PaymentGraph g) {
        Set<String> out = new LinkedHashSet<>();
        for (int p = 0; p < g.paymentCount(); p++) {
            out.add(g.reference(p));
        }
        return out;
    }

    @Test
    void readersWhoMayReadTheSameMarkingsShareOneGraph() {
        Ledger ledger = new Ledger();
        ledger.add("open", Marking.unclassified("FIU"));
        ledger.add("restricted", marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FIU"));
        GraphSnapshots snapshots = new GraphSnapshots(ledger, ledger::present, 4);
        Principal alice = user("alice", "FIU", Classification.SECRET_UE);
        Principal bob = user("bob", "POLICE", Classification.CONFIDENTIEL_UE);   // other name, agency and clearance, same view
        Principal carol = user("carol", "FIU", Classification.UNCLASSIFIED);  // may not read the RESTRICTED import

        GraphSnapshots.Snapshot a = snapshots.of(alice);
        assertThat(snapshots.of(bob)).isSameAs(a);
        assertThat(references(a.graph())).containsExactly("open", "restricted");
        GraphSnapshots.Snapshot c = snapshots.of(carol);
        assertThat(c).isNotSameAs(a);
        assertThat(references(c.graph())).containsExactly("open");
        assertThat(snapshots.of(carol)).isSameAs(c);
        assertThat(ledger.reads).isEqualTo(2);
        assertThat(snapshots.builds()).isEqualTo(2);
    }

    @Test
    void aRedPaymentReleasedToOneUserGivesThatUserAViewOfTheirOwn() {
        Ledger ledger = new Ledger();
        ledger.add("open", Marking.unclassified("FIU"));
        ledger.add("red", marking(Classification.UNCLASSIFIED, Tlp.RED, Set.of("USER:dave"), "FIU"));
        GraphSnapshots snapshots = new GraphSnapshots(ledger, ledger::present, 4);
        Principal dave = user("dave", "POLICE", Classification.UNCLASSIFIED);
        Principal erin = user("erin", "POLICE", Classification.UNCLASSIFIED);
        assertThat(references(snapshots.of(dave).graph())).containsExactly("open", "red");
        assertThat(references(snapshots.of(erin).graph())).containsExactly("open");
        assertThat(snapshots.of(erin)).isNotSameAs(snapshots.of(dave));
    }

    @Test
    void aNewLedgerVersionDropsTheGraphsBuiltBefore() {
        Ledger ledger = new Ledger();
        ledger.add("first", Marking.unclassified("FIU"));
        GraphSnapshots snapshots = new GraphSnapshots(ledger, ledger::present, 4);
        Principal alice = user("alice", "FIU", Classification.SECRET_UE);
        Principal carol = user("carol", "FIU", Classification.UNCLASSIFIED);
        GraphSnapshots.Snapshot before = snapshots.of(alice);
        assertThat(snapshots.of(carol)).isSameAs(before);
        ledger.add("second", Marking.unclassified("FIU"));
        GraphSnapshots.Snapshot after = snapshots.of(carol);
        assertThat(after).isNotSameAs(before);
        assertThat(references(after.graph())).containsExactly("first", "second");
        assertThat(after.version()).isEqualTo(ledger.version());
        assertThat(snapshots.kept()).isEqualTo(1);
    }

    @Test
    void atMostTheGivenNumberOfViewsIsKeptTheLeastRecentlyUsedDropped() {
        Ledger ledger = new Ledger();
        Classification[] levels = {Classification.UNCLASSIFIED, Classification.RESTREINT_UE, Classification.CONFIDENTIEL_UE,
                Classification.SECRET_UE};
        for (Classification c : levels) {
            ledger.add(c.name(), marking(c, Tlp.GREEN, Set.of(), "FIU"));
        }
        GraphSnapshots snapshots = new GraphSnapshots(ledger, ledger::present, 2);
        GraphSnapshots.Snapshot low = snapshots.of(user("u0", "FIU", levels[0]));
        snapshots.of(user("u1", "FIU", levels[1]));
        snapshots.of(user("u0", "FIU", levels[0]));   // used again: now the most recent
        snapshots.of(user("u2", "FIU", levels[2]));   // a third view: the least recently used (u1's) goes
        assertThat(snapshots.kept()).isEqualTo(2);
        assertThat(snapshots.of(user("u0b", "POLICE", levels[0]))).isSameAs(low);
        long built = snapshots.builds();
        snapshots.of(user("u1", "FIU", levels[1]));
        assertThat(snapshots.builds()).isEqualTo(built + 1);
        assertThat(snapshots.kept()).isEqualTo(2);
    }

    @Test
    void readersOfOneViewArrivingTogetherWaitForOneBuild() throws Exception {
        Ledger ledger = new Ledger();
        ledger.add("open", Marking.unclassified("FIU"));
        ledger.hold = new CountDownLatch(1);
        GraphSnapshots snapshots = new GraphSnapshots(ledger, ledger::present, 4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<GraphSnapshots.Snapshot>> got = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Principal p = user("reader" + i, "FIU", Classification.SECRET_UE);
                got.add(pool.submit(() -> snapshots.of(p)));
            }
            Thread.sleep(200);
            ledger.hold.countDown();
            GraphSnapshots.Snapshot first = got.get(0).get(10, TimeUnit.SECONDS);
            for (Future<GraphSnapshots.Snapshot> f : got) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(ledger.reads).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGraphBuiltWhileTheLedgerChangedIsNotShared() {
        Ledger ledger = new Ledger();
        ledger.add("open", Marking.unclassified("FIU"));
        // the version moves while the first reader's graph is read: a RESTRICTED import lands in between
        PaymentLedger moving = new PaymentLedger() {
            boolean once = true;

            @Override
            public long forEachVisible(Principal reader, Consumer<Payment> sink) {
                if (once) {
                    once = false;
                    ledger.add("restricted", marking(Classification.RESTREINT_UE, Tlp.GREEN, Set.of(), "FIU"));
                }
                return ledger.forEachVisible(reader, sink);
            }

            @Override
            public long version() {
                return ledger.version();
            }
        };
        GraphSnapshots snapshots = new GraphSnapshots(moving, ledger::present, 4);
        Principal alice = user("alice", "FIU", Classification.SECRET_UE);
        Principal carol = user("carol", "FIU", Classification.UNCLASSIFIED);
        GraphSnapshots.Snapshot a = snapshots.of(alice);
        assertThat(references(a.graph())).containsExactly("open", "restricted");
        assertThat(snapshots.kept()).isZero();
        // carol may not read the restricted import: she never gets alice's graph
        assertThat(references(snapshots.of(carol).graph())).containsExactly("open");
    }
}

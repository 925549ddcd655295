package org.issa.finance.payment.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFormat;
import org.issa.finance.payment.retention.PaymentDeletion;
import org.issa.finance.payment.retention.PaymentRetention;
import org.issa.finance.payment.store.Channel;
import org.issa.finance.payment.store.PaymentImport;
import org.issa.finance.payment.store.PaymentStore;
import org.issa.finance.payment.store.StoredPayment;
import org.issa.finance.payment.store.TxDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Targeted searches, their log and review, extraction, and retention on a real database, with a clock the test moves:
 * a search without its ground, justification or case is refused; it returns the subject's payments and direct
 * counterparties only; five years after the payment date what no case extracted is gone and what was extracted stays.
 */
class PaymentSearchesContractTest {

    static final Principal ANA = new Principal("ana", "FIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal SUE = new Principal("sue", "FIU", "FR", Set.of(Role.SUPERVISOR), Classification.RESTREINT_UE);
    static final Principal DORA = new Principal("dora", "FIU", "FR", Set.of(Role.DPO), Classification.RESTREINT_UE);
    static final Principal OTHER = new Principal("otto", "POLICE", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Marking MARKING = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FIU", Set.of(Handling.PERSONAL_DATA));

    // A pays B and C; B pays D; D pays A. E-F is unrelated. 2019 and 2023 payments.
    static final String CSV = """
            reference,from,to,amount,time,payer,payee
            P1,DE89370400440532013000,FR1420041010050500013M02606,5000.00,2019-03-01,Karim Haddad,Lena Vogel
            P2,DE89370400440532013000,NL91ABNA0417164300,7000.00,2023-04-01,Karim Haddad,Omar Said
            P3,FR1420041010050500013M02606,BE68539007547034,4900.00,2023-04-02,Lena Vogel,Rita Costa
            P4,BE68539007547034,DE89370400440532013000,4800.00,2023-04-05,Rita Costa,Karim Haddad
            P5,ES9121000418450200051332,IT60X0542811101000000123456,120.00,2019-05-05,Eva Ruiz,Franco Neri
            """;

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    record Fixture(PaymentStore store, PaymentSearches searches, PaymentRetention retention, MutableClock clock, RecordingAuditLog audit,
                   TxDatabase db, List<String> withdrawn) {
    }

    static Fixture fixture(TestDatabase db) {
        TxDatabase tx = new TxDatabase(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2023-06-01T00:00:00Z"));
        PaymentStore store = new PaymentStore(tx.sql(), audit, tx, clock);
        store.importFile(new PaymentImport("fiu.csv", PaymentFormat.CSV, Channel.HTTP, ANA, MARKING),
                PaymentColumns.parse("reference=reference,from=from,to=to,amount=amount,time=time,from_name=payer,to_name=payee"),
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        List<String> withdrawn = new java.util.ArrayList<>();
        PaymentRetention retention = new PaymentRetention(tx.sql(), audit, tx, clock, java.time.Period.ofYears(5), store, withdrawn::addAll);
        return new Fixture(store, new PaymentSearches(store, audit, tx, clock, 0.0), retention, clock, audit, tx, withdrawn);
    }

    /** Every stored reference, sorted, read the way the system reads them (no marking). */
    static List<String> stored(PaymentStore store) {
        List<String> out = new java.util.ArrayList<>();
        for (long batch : store.storedBatches()) {
            store.forEachInBatch(batch, s -> out.add(s.payment().reference()));
        }
        return out.stream().sorted().toList();
    }

    static SearchRequest account(String account) {
        return new SearchRequest("terrorist_financing", "Account named in an intelligence report on a financing cell",
                "FIU-2023-0042", "account", account);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSearchWithoutItsGroundJustificationOrCaseIsRefusedNamingTheField(TestDatabase db) {
        Fixture f = fixture(db);
        String acc = "DE89370400440532013000";
        assertThatThrownBy(() -> f.searches().search(ANA, new SearchRequest("", "Long enough justification text here", "C-1", "account", acc)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("ground");
        assertThatThrownBy(() -> f.searches().search(ANA, new SearchRequest("tax_evasion", "Long enough justification text here", "C-1", "account", acc)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("ground");
        assertThatThrownBy(() -> f.searches().search(ANA, new SearchRequest("terrorism", "because", "C-1", "account", acc)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("justification");
        assertThatThrownBy(() -> f.searches().search(ANA, new SearchRequest("terrorism", "Long enough justification text here", " ", "account", acc)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("caseReference");
        assertThatThrownBy(() -> f.searches().search(ANA, new SearchRequest("terrorism", "Long enough justification text here", "C-1", "all", acc)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("subjectKind");
        assertThatThrownBy(() -> f.searches().search(DORA, account(acc))).isInstanceOf(ForbiddenException.class);
        assertThat(f.searches().log(SUE, false, false, 10)).isEmpty();
        assertThat(f.audit().actions()).doesNotContain("personal-data.read");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSearchReturnsOnlyTheSubjectsPaymentsAndDirectCounterpartiesAndIsLogged(TestDatabase db) {
        Fixture f = fixture(db);
        SearchResult r = f.searches().search(ANA, account("DE89 3704 0044 0532 0130 00"));
        assertThat(r.payments()).extracting(s -> s.payment().reference()).containsExactly("P1", "P2", "P4");
        assertThat(r.counterparties()).extracting(Counterparty::account)
                .containsExactly("BE68539007547034", "FR1420041010050500013M02606", "NL91ABNA0417164300");
        Counterparty rita = r.counterparties().get(0);
        assertThat(rita.paidToSubject()).isEqualByComparingTo("4800.00");
        assertThat(rita.paidBySubject()).isEqualByComparingTo("0");
        // B paid D (P3): a counterparty's own payments are not returned
        assertThat(r.payments()).noneMatch(s -> s.payment().reference().equals("P3"));

        SearchResult byName = f.searches().search(ANA, new SearchRequest("money_laundering", "Named as beneficiary in a suspicious transaction report",
                "FIU-2023-0043", "name", "  lena   VOGEL "));
        assertThat(byName.payments()).extracting(s -> s.payment().reference()).containsExactly("P1", "P3");

        // markings: another agency's low-cleared analyst finds nothing, and the empty search is logged too
        assertThat(f.searches().search(new Principal("otto", "POLICE", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED),
                account("DE89370400440532013000")).payments()).isEmpty();

        List<LoggedSearch> log = f.searches().log(SUE, false, false, 10);
        assertThat(log).hasSize(3);
        LoggedSearch first = log.stream().filter(s -> s.caseReference().equals("FIU-2023-0042") && s.searchedBy().equals("ana")).findFirst().orElseThrow();
        assertThat(first.results()).isEqualTo(3);
        assertThat(first.counterparties()).isEqualTo(3);
        assertThat(first.ground()).isEqualTo(SearchGround.TERRORIST_FINANCING);
        assertThat(first.justification()).contains("financing cell");
        assertThat(f.searches().log(ANA, false, false, 10)).hasSize(2); // an analyst sees their own searches
        assertThat(f.audit().actions()).filteredOn("personal-data.read"::equals).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void supervisorsAndDposReviewOthersSearchesWithSampling(TestDatabase db) {
        Fixture f = fixture(db);
        SearchResult r = f.searches().search(ANA, account("DE89370400440532013000"));
        f.searches().search(SUE, account("NL91ABNA0417164300"));
        assertThat(f.searches().log(DORA, true, false, 10)).isEmpty(); // sample rate 0 in this fixture
        assertThat(f.searches().drawSample(DORA, 1)).isEqualTo(1);
        assertThat(f.searches().log(DORA, true, true, 10)).hasSize(1);
        assertThatThrownBy(() -> f.searches().review(ANA, r.search().id(), "compliant", "")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.searches().review(DORA, r.search().id(), "not_compliant", ""))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("note");
        LoggedSearch reviewed = f.searches().review(DORA, r.search().id(), "compliant", "ground and case check out");
        assertThat(reviewed.review().orElseThrow().reviewedBy()).isEqualTo("dora");
        String own = f.searches().log(SUE, false, false, 10).stream().filter(s -> s.searchedBy().equals("sue")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> f.searches().review(SUE, own, "compliant", "")).isInstanceOf(ForbiddenException.class);
        assertThat(f.audit().actions()).contains("finance.payments.search.sample", "finance.payments.search.review");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void retentionDeletesWhatNoCaseExtractedAndKeepsTheExtracted(TestDatabase db) {
        Fixture f = fixture(db);
        SearchResult r = f.searches().search(ANA, account("DE89370400440532013000"));
        StoredPayment p1 = r.payments().get(0);
        assertThat(p1.payment().reference()).isEqualTo("P1");
        assertThatThrownBy(() -> f.searches().extract(ANA, r.search().id(), List.of(999_999L)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("paymentIds");
        assertThat(f.searches().extract(ANA, r.search().id(), List.of(p1.id()))).isEqualTo(1);
        assertThat(f.audit().actions()).contains("finance.payments.extract");

        // 2023-06-01: nothing is five years old yet
        assertThat(f.retention().run()).isEmpty();
        assertThat(f.store().countVisible(ANA)).isEqualTo(5);

        // 2024-03-02: P1 (2019-03-01) is due but extracted; P5 (2019-05-05) not yet due
        f.clock().advance(Duration.ofDays(275));
        assertThat(f.retention().run()).isEmpty();
        // 2024-06-01: P5 is due and deleted; P1 kept with its case
        f.clock().advance(Duration.ofDays(91));
        List<PaymentDeletion> run = f.retention().run();
        assertThat(run).hasSize(1);
        assertThat(run.get(0).deleted()).isEqualTo(1);
        assertThat(run.get(0).keptExtracted()).isEqualTo(1);
        assertThat(f.withdrawn()).containsExactly("P5");
        assertThat(stored(f.store())).doesNotContain("P5");
        // the deleted payment's fields are wiped from the rewritten segment, not only hidden
        assertThat(f.db().sql().query("SELECT payload FROM fin_payment_segment_data", rs -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)))
                .noneMatch(b -> b.contains("P5"));
        assertThat(f.store().accountKey("ES9121000418450200051332")).isEmpty();
        assertThat(f.searches().extracted(ANA, "FIU-2023-0042")).extracting(s -> s.payment().reference()).containsExactly("P1");
        assertThat(f.retention().run()).isEmpty(); // idempotent
        assertThat(f.retention().deletions(10)).hasSize(1);

        // 2028-04-06: the 2023 payments are due too; P1 still kept
        f.clock().advance(Duration.ofDays(365 * 4 - 55));
        List<PaymentDeletion> later = f.retention().run();
        assertThat(later.get(0).deleted()).isEqualTo(3);
        List<String> left = stored(f.store());
        assertThat(left).containsExactly("P1");
        assertThat(f.store().countVisible(ANA)).isEqualTo(1);
        assertThat(f.audit().actions()).filteredOn("finance.payments.retention.delete"::equals).hasSize(2);
        // an import after retention still resolves its accounts (the cached keys of deleted accounts are forgotten)
        f.store().importFile(new PaymentImport("again.csv", PaymentFormat.CSV, Channel.HTTP, ANA, MARKING),
                PaymentColumns.parse("reference=reference,from=from,to=to,amount=amount,time=time,from_name=payer,to_name=payee"),
                new ByteArrayInputStream(CSV.replace("P", "Q").getBytes(StandardCharsets.UTF_8)));
        assertThat(f.store().countVisible(ANA)).isEqualTo(6);
    }
}

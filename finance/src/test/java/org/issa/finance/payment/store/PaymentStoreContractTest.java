package org.issa.finance.payment.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.issa.core.sql.Sql;
import org.issa.finance.account.Iban;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFormat;
import org.issa.finance.payment.synthetic.SyntheticPayments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The payment store on a real database: idempotent and atomic imports, the batch's marking in every read, exact amounts. */
class PaymentStoreContractTest {

    static final Principal FIU = new Principal("fiona", "FIU", "FR", Set.of(Role.ANALYST), Classification.CONFIDENTIEL_UE);
    static final Principal POLICE = new Principal("paul", "POLICE", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Marking FIU_RESTRICTED = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FIU", Set.of(Handling.PERSONAL_DATA));

    static final String CSV = """
            reference,from,to,amount,time,currency,payer,payee
            R1,DE89370400440532013000,FR1420041010050500013M02606,1500.10,2024-03-01T10:00:00Z,EUR,Anna Schmidt,Hugo Moreau
            R2,FR1420041010050500013M02606,NL91ABNA0417164300,0.10,2024-03-02,EUR,Hugo Moreau,Noor Bakker
            R3,NL91ABNA0417164300,DE89370400440532013000,1234567890.12345678,2024-02-28T23:59:59+01:00,,Noor Bakker,
            """;

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static PaymentColumns columns() {
        return PaymentColumns.parse("reference=reference,from=from,to=to,amount=amount,time=time,currency=currency,from_name=payer,to_name=payee");
    }

    record Fixture(PaymentStore store, RecordingAuditLog audit, TxDatabase db) {
    }

    static Fixture fixture(TestDatabase db) {
        TxDatabase tx = new TxDatabase(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        return new Fixture(new PaymentStore(tx.sql(), audit, tx, new MutableClock(Instant.parse("2025-01-01T00:00:00Z"))), audit, tx);
    }

    static PaymentImport csv(String source, Marking marking) {
        return new PaymentImport(source, PaymentFormat.CSV, Channel.CLI, FIU, marking);
    }

    static ImportReceipt importCsv(PaymentStore store, String name, String text, Marking marking) {
        return store.importFile(csv(name, marking), columns(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Payment> visible(PaymentStore store, Principal reader) {
        List<Payment> out = new ArrayList<>();
        store.forEachVisible(reader, out::add);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFileIsStoredOnceWithExactAmountsAndReadBackInTimeOrder(TestDatabase db) {
        Fixture f = fixture(db);
        long v0 = f.store().version();
        ImportReceipt first = importCsv(f.store(), "march.csv", CSV, FIU_RESTRICTED);
        assertThat(first.read()).isEqualTo(3);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(first.alreadyStored()).isZero();
        assertThat(first.contentHash()).hasSize(64);
        assertThat(f.store().version()).isGreaterThan(v0);

        List<Payment> payments = visible(f.store(), FIU);
        assertThat(payments).extracting(Payment::reference).containsExactly("R3", "R1", "R2");
        assertThat(payments.get(0).amount()).isEqualByComparingTo(new BigDecimal("1234567890.12345678"));
        assertThat(payments.get(0).time()).isEqualTo(Instant.parse("2024-02-28T22:59:59Z"));
        assertThat(payments.get(0).currency()).isEqualTo("XXX");
        assertThat(payments.get(0).payeeName()).isEmpty();
        assertThat(payments.get(2).amount()).isEqualByComparingTo("0.10");
        assertThat(payments.get(1).payerName()).isEqualTo("Anna Schmidt");

        long v1 = f.store().version();
        ImportReceipt again = importCsv(f.store(), "march-again.csv", CSV, FIU_RESTRICTED);
        assertThat(again.stored()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(3);
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(visible(f.store(), FIU)).hasSize(3);
        assertThat(f.store().countAccounts()).isEqualTo(3);
        assertThat(f.store().batches(FIU, 10)).extracting(PaymentBatch::status).containsExactly("STORED", "STORED");
        assertThat(f.audit().actions()).containsExactly("finance.payments.import", "finance.payments.import");
        assertThat(f.audit().last().detail()).contains("3 read, 0 stored, 3 already stored");
        assertThat(f.store().version()).isGreaterThanOrEqualTo(v1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void repeatedReferencesInOneFileAreStoredOnce(TestDatabase db) {
        Fixture f = fixture(db);
        String text = CSV + "R1,DE89370400440532013000,FR1420041010050500013M02606,1500.10,2024-03-01T10:00:00Z,EUR,Anna Schmidt,Hugo Moreau\n";
        ImportReceipt r = importCsv(f.store(), "twice.csv", text, FIU_RESTRICTED);
        assertThat(r.read()).isEqualTo(4);
        assertThat(r.stored()).isEqualTo(3);
        assertThat(r.alreadyStored()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFileThatFailsAnywhereStoresNothingAndSaysWhere(TestDatabase db) {
        Fixture f = fixture(db);
        importCsv(f.store(), "good.csv", CSV, FIU_RESTRICTED);
        long version = f.store().version();
        String bad = """
                reference,from,to,amount,time,currency,payer,payee
                N1,DE89370400440532013000,BE68539007547034,10.00,2024-04-01,EUR,Anna Schmidt,Lea Maes
                N2,BE68539007547034,ES9121000418450200051332,ten,2024-04-02,EUR,Lea Maes,Pablo Garcia
                """;
        assertThatThrownBy(() -> importCsv(f.store(), "bad.csv", bad, FIU_RESTRICTED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bad.csv, line 3").hasMessageContaining("amount 'ten'");
        assertThat(visible(f.store(), FIU)).extracting(Payment::reference).containsExactlyInAnyOrder("R1", "R2", "R3");
        assertThat(f.store().countStored()).isEqualTo(3);
        // the accounts only the failed file brought are gone with it
        assertThat(f.store().countAccounts()).isEqualTo(3);
        PaymentBatch failed = f.store().batches(FIU, 10).get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.error().orElseThrow()).contains("line 3");
        assertThat(f.store().version()).isEqualTo(version);
        assertThat(f.audit().actions()).containsExactly("finance.payments.import", "finance.payments.import.failed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLargeFileFailingAfterSeveralChunksLeavesNothing(TestDatabase db) {
        Fixture f = fixture(db);
        SyntheticPayments gen = new SyntheticPayments(7, 500, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofDays(90));
        int n = PaymentStore.CHUNK * 2 + 123;
        PaymentImport what = new PaymentImport("generated", PaymentFormat.CSV, Channel.BENCH, FIU, FIU_RESTRICTED);
        assertThatThrownBy(() -> f.store().importPayments(what, "seed 7", sink -> {
            gen.generate(n, sink);
            throw new InvalidInputException("payments", "generated: the source broke after " + n + " payments");
        })).hasMessageContaining("broke after");
        assertThat(f.store().countStored()).isZero();
        assertThat(f.db().sql().count("SELECT COUNT(*) FROM fin_payment_segment")).isZero();
        assertThat(f.db().sql().count("SELECT COUNT(*) FROM fin_payment_ref_extra")).isZero();
        assertThat(f.store().countAccounts()).isZero();
        assertThat(f.store().countVisible(FIU)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void overlappingImportsAcrossChunksStoreEachReferenceOnce(TestDatabase db) {
        Fixture f = fixture(db);
        SyntheticPayments gen = new SyntheticPayments(11, 300, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofDays(30));
        PaymentImport what = new PaymentImport("generated", PaymentFormat.CSV, Channel.BENCH, FIU, FIU_RESTRICTED);
        ImportReceipt part = f.store().importPayments(what, "seed 11, 25000", sink -> gen.generate(25_000, sink));
        assertThat(part.stored()).isEqualTo(25_000);
        ImportReceipt all = f.store().importPayments(what, "seed 11, 45000", sink -> gen.generate(45_000, sink));
        assertThat(all.read()).isEqualTo(45_000);
        assertThat(all.stored()).isEqualTo(20_000);
        assertThat(all.alreadyStored()).isEqualTo(25_000);
        assertThat(f.store().countVisible(FIU)).isEqualTo(45_000);
        assertThat(f.store().countAccounts()).isEqualTo(300);
        List<Payment> read = visible(f.store(), FIU);
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i).time()).isAfterOrEqualTo(read.get(i - 1).time());
        }
        assertThat(Iban.isValid(read.get(0).payerAccount())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theBatchMarkingIsAppliedInEveryRead(TestDatabase db) {
        Fixture f = fixture(db);
        Marking confidential = new Marking(Classification.CONFIDENTIEL_UE, Tlp.AMBER, Set.of(), "FIU", Set.of(Handling.PERSONAL_DATA));
        importCsv(f.store(), "confidential.csv", CSV, confidential);
        Marking strict = new Marking(Classification.RESTREINT_UE, Tlp.AMBER_STRICT, Set.of(), "FIU", Set.of());
        importCsv(f.store(), "strict.csv", CSV.replace("R1", "S1").replace("R2", "S2").replace("R3", "S3"), strict);
        assertThat(visible(f.store(), FIU)).hasSize(6);
        assertThat(f.store().countVisible(FIU)).isEqualTo(6);
        // POLICE: RESTREINT UE clearance (not the confidential batch), another agency (not the AMBER+STRICT one)
        assertThat(visible(f.store(), POLICE)).isEmpty();
        assertThat(f.store().countVisible(POLICE)).isZero();
        assertThat(f.store().batches(POLICE, 10)).isEmpty();
        Principal fiuJunior = new Principal("jo", "FIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        assertThat(visible(f.store(), fiuJunior)).extracting(Payment::reference).containsExactlyInAnyOrder("S1", "S2", "S3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anInterruptedImportIsDiscardedOnRecovery(TestDatabase db) {
        Fixture f = fixture(db);
        importCsv(f.store(), "good.csv", CSV, FIU_RESTRICTED);
        // what a crash between chunks leaves: a LOADING batch with rows
        f.db().sql().update("INSERT INTO fin_payment_batch (id, source, format, content_hash, channel, status, read_count, stored_count,"
                + " duplicate_count, deleted_count, imported_by, started_at, m_class, m_tlp, m_rel, m_orig, m_flags) VALUES"
                + " (999, 'x.csv', 'CSV', '', 'CLI', 'LOADING', 0, 0, 0, 0, 'fiona', ?, 1, 'GREEN', '', 'FIU', '')", Instant.now());
        f.db().sql().update("INSERT INTO fin_payment (id, batch_id, reference, payer_id, payee_id, amount, currency, paid_at)"
                + " VALUES (1000, 999, 'HALF', 1, 1, 1, 'EUR', ?)", Instant.now());
        assertThat(visible(f.store(), FIU)).hasSize(3); // never visible while LOADING
        assertThat(f.store().recover()).isEqualTo(1);
        assertThat(f.db().sql().count("SELECT COUNT(*) FROM fin_payment")).isZero();
        assertThat(f.store().countStored()).isEqualTo(3);
        assertThat(f.store().batches(FIU, 10).get(0).status()).isEqualTo("FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void amountsBeyondTheStoredPrecisionAreRefusedNamingTheLine(TestDatabase db) {
        Fixture f = fixture(db);
        String text = "reference,from,to,amount,time,currency,payer,payee\nX1,A1,A2,0.123456789,2024-01-01,EUR,,\n";
        assertThatThrownBy(() -> importCsv(f.store(), "fine.csv", text, FIU_RESTRICTED))
                .hasMessageContaining("fine.csv, line 2").hasMessageContaining("more than 8 decimals");
        assertThat(f.store().countVisible(FIU)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fingerprintCollisionsNeverDropAPaymentAndRepeatsStillCount(TestDatabase db) {
        TxDatabase tx = new TxDatabase(db.dataSource());
        // a fingerprint as weak as can be: every reference of the same length collides
        PaymentStore store = new PaymentStore(tx.sql(), new RecordingAuditLog(), tx, new MutableClock(Instant.parse("2025-01-01T00:00:00Z")),
                String::length);
        ImportReceipt first = importCsv(store, "march.csv", CSV, FIU_RESTRICTED);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(tx.sql().count("SELECT COUNT(*) FROM fin_payment_ref_extra")).isEqualTo(2);
        ImportReceipt again = importCsv(store, "march-again.csv", CSV + CSV.lines().skip(2).findFirst().orElseThrow() + "\n", FIU_RESTRICTED);
        assertThat(again.stored()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(4);
        ImportReceipt others = importCsv(store, "april.csv", CSV.replace("R1", "S1").replace("R2", "S2"), FIU_RESTRICTED);
        assertThat(others.stored()).isEqualTo(2);
        assertThat(others.alreadyStored()).isEqualTo(1);
        assertThat(visible(store, FIU)).extracting(Payment::reference).containsExactlyInAnyOrder("R1", "R2", "R3", "S1", "S2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void paymentsStoredOneRowEachByAnEarlierVersionAreConvertedKeepingTheirIds(TestDatabase db) {
        Fixture f = fixture(db);
        Sql sql = f.db().sql();
        sql.update("INSERT INTO fin_payment_batch (id, source, format, content_hash, channel, status, read_count, stored_count,"
                + " duplicate_count, deleted_count, imported_by, started_at, m_class, m_tlp, m_rel, m_orig, m_flags) VALUES"
                + " (500, 'old.csv', 'CSV', '', 'CLI', 'STORED', 2, 2, 0, 0, 'fiona', ?, 1, 'GREEN', '', 'FIU', '')", Instant.now());
        sql.update("INSERT INTO fin_payment_account (id, account, batch_id) VALUES (700, 'OLD-A', 500), (701, 'OLD-B', 500)");
        sql.update("UPDATE fin_payment_counter SET next_value = 9000 WHERE name IN ('payment', 'account')");
        sql.update("INSERT INTO fin_payment (id, batch_id, reference, payer_id, payee_id, amount, currency, paid_at, payer_name, purpose)"
                + " VALUES (4001, 500, 'OLD1', 700, 701, 12.5, 'EUR', ?, 'Old Payer', 'rent'), (4002, 500, 'OLD2', 701, 700, 3, 'EUR', ?, NULL, NULL)",
                Instant.parse("2022-01-01T00:00:00Z"), Instant.parse("2022-01-02T00:00:00Z"));
        assertThat(f.store().recover()).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM fin_payment")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM fin_payment_account")).isZero();
        assertThat(f.store().accountKey("OLD-B")).contains(701L);
        List<StoredPayment> converted = f.store().byIds(FIU, List.of(4001L, 4002L));
        assertThat(converted).extracting(StoredPayment::id).containsExactly(4001L, 4002L);
        assertThat(converted.get(0).payment().payerName()).isEqualTo("Old Payer");
        assertThat(converted.get(0).payment().purpose()).isEqualTo("rent");
        assertThat(converted.get(0).payment().amount()).isEqualByComparingTo("12.5");
        assertThat(converted.get(1).payment().payerAccount()).isEqualTo("OLD-B");
        String again = "reference,from,to,amount,time,currency,payer,payee\nOLD1,OLD-A,OLD-B,12.5,2022-01-01,EUR,,\n";
        assertThat(importCsv(f.store(), "old-again.csv", again, FIU_RESTRICTED).alreadyStored()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAccountLookupReadsItsPostingsAndFindsExactlyItsPayments(TestDatabase db) {
        Fixture f = fixture(db);
        SyntheticPayments gen = new SyntheticPayments(5, 200, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofDays(30));
        Marking confidential = new Marking(Classification.CONFIDENTIEL_UE, Tlp.AMBER, Set.of(), "FIU", Set.of(Handling.PERSONAL_DATA));
        PaymentImport what = new PaymentImport("generated", PaymentFormat.CSV, Channel.BENCH, FIU, confidential);
        f.store().importPayments(what, "seed 5", sink -> gen.generate(PaymentStore.CHUNK + 5_000, sink));
        String account = gen.accounts().get(17);
        long key = f.store().accountKey(account).orElseThrow();
        List<StoredPayment> all = new ArrayList<>();
        f.store().forEachStored(FIU, s -> s.payment().payerAccount().equals(account) || s.payment().payeeAccount().equals(account), all::add);
        assertThat(all).isNotEmpty();
        assertThat(f.store().byAccount(FIU, key)).extracting(StoredPayment::id).containsExactlyElementsOf(all.stream().map(StoredPayment::id).toList());
        assertThat(f.store().byAccount(POLICE, key)).isEmpty();
    }
}

package org.issa.finance.freezing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Freezing orders and the frozen-funds register over a real database (H2, and PostgreSQL when configured). */
class FreezingRegisterContractTest {

    static final Principal SUP = new Principal("sup", "FR-DGT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal ANA = new Principal("ana", "FR-DGT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("low", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Instant T0 = Instant.parse("2026-06-15T09:00:00Z");
    static final LocalDate D = LocalDate.of(2026, 3, 2);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    record Node(FreezingRegister register, RecordingAuditLog audit, MutableClock clock) {
    }

    static Node node(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(T0);
        return new Node(new FreezingRegister(new FreezingStore(new Sql(db.dataSource())), audit, new Autocommit(), clock), audit, clock);
    }

    static FreezingRegister.OrderInput terrorism(String name, Marking marking, FreezingRegister.AccountInput... accounts) {
        return new FreezingRegister.OrderInput("TERRORISM", "Council Regulation (EC) No 2580/2001", "Art. 2(1)(a)", name, "PERSON",
                LocalDate.of(1980, 1, 2), new ListSource("eu-list", "EU consolidated list", "EU.1234.56", "hit-1"), D, null,
                List.of(accounts), marking);
    }

    static FreezingRegister.AccountInput account(String iban, String amount, String currency) {
        return new FreezingRegister.AccountInput(iban, "Holder", new BigDecimal(amount), currency, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSupervisorFreezesGrantsALicenceAndLiftsAndTheRegisterFollows(TestDatabase db) {
        Node n = node(db);
        FreezingOrder o = n.register().create(SUP, terrorism("Abu Example", null, account("DE89 3704 0044 0532 0130 00", "100000", "EUR"),
                account("GB29 NWBK 6016 1331 9268 19", "5000", "GBP")), "listed on the EU consolidated list on 2 March");
        assertThat(o.reference()).isEqualTo("FRZ-2026-00001");
        assertThat(o.marking().handling()).as("an order on a person is personal data").contains(Handling.PERSONAL_DATA);
        assertThat(n.audit().last().action()).isEqualTo("finance.freezing.create");
        assertThat(n.audit().last().detail()).contains("listed on the EU consolidated list");

        FreezingOrder other = n.register().create(SUP, new FreezingRegister.OrderInput("RUSSIA_UKRAINE", "Council Regulation (EU) No 269/2014",
                "Art. 2", "Example Holdings LLC", "ENTITY", null, new ListSource("eu-list", "EU consolidated list", "EU.999.1", ""), D, null,
                List.of(account("FR14 2004 1010 0505 0001 3M02 606", "20000", "EUR")), null), "Annex I listing");
        n.register().create(SUP, new FreezingRegister.OrderInput("NATIONAL", "Code monétaire et financier, art. L562-2", "", "Jean Exemple",
                "PERSON", null, null, D, null, List.of(account("FR76 3000 6000 0112 3456 7890 189", "700", "EUR")), null), "national measure");

        var file = n.register().grantLicence(SUP, o.id(), new FreezingRegister.LicenceInput("BASIC_NEEDS", "DE89370400440532013000",
                new BigDecimal("1500"), "EUR", "Direction générale du Trésor", "LIC-2026-7", LocalDate.of(2026, 4, 1)), "rent and food");
        assertThat(file.remaining()).isEqualTo(Map.of("EUR", new BigDecimal("98500.00"), "GBP", new BigDecimal("5000.00")));
        assertThat(file.events()).extracting(FreezingEvent::kind).containsExactly(FreezingEvent.Kind.CREATED, FreezingEvent.Kind.LICENCE_GRANTED);

        var before = n.register().funds(ANA, LocalDate.of(2026, 3, 31));
        assertThat(before.byList().get("EU consolidated list")).isEqualTo(Map.of("EUR", new BigDecimal("120000.00"), "GBP",
                new BigDecimal("5000.00")));
        assertThat(before.byList().get(Regime.NATIONAL.label())).isEqualTo(Map.of("EUR", new BigDecimal("700.00")));
        var after = n.register().funds(ANA, LocalDate.of(2026, 4, 1));
        assertThat(after.rows()).filteredOn(r -> r.subjectName().equals("Abu Example") && r.currency().equals("EUR")).singleElement()
                .satisfies(r -> {
                    assertThat(r.frozen()).isEqualByComparingTo("100000");
                    assertThat(r.released()).isEqualByComparingTo("1500");
                    assertThat(r.remaining()).isEqualByComparingTo("98500");
                });
        assertThat(after.total()).containsEntry("EUR", new BigDecimal("119200.00"));
        assertThat(n.register().terroristFundsFrozen(LocalDate.of(2026, 4, 1))).isEqualTo(Map.of("EUR", new BigDecimal("98500.00"),
                "GBP", new BigDecimal("5000.00")));

        n.register().lift(SUP, other.id(), LocalDate.of(2026, 5, 1), "delisted by Council Implementing Regulation");
        assertThat(n.register().funds(ANA, LocalDate.of(2026, 5, 1)).byList().get("EU consolidated list"))
                .isEqualTo(Map.of("EUR", new BigDecimal("98500.00"), "GBP", new BigDecimal("5000.00")));
        assertThat(n.register().funds(ANA, LocalDate.of(2026, 4, 30)).byList().get("EU consolidated list")).containsEntry("EUR",
                new BigDecimal("118500.00"));
        assertThatThrownBy(() -> n.register().grantLicence(SUP, other.id(), new FreezingRegister.LicenceInput("LEGAL_FEES",
                "FR1420041010050500013M02606", BigDecimal.TEN, "EUR", "DGT", "", null), "fees")).isInstanceOf(ConflictException.class);
        assertThat(n.register().list(ANA, true, "", 10).items()).extracting(FreezingOrder::reference)
                .containsExactly("FRZ-2026-00003", "FRZ-2026-00001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(TestDatabase db) {
        Node n = node(db);
        assertThatThrownBy(() -> n.register().create(SUP, terrorism("X", null, account("DE89 3704 0044 0532 0130 01", "10", "EUR")), "r"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field())
                        .isEqualTo("accounts[0].iban"));
        assertThatThrownBy(() -> n.register().create(SUP, new FreezingRegister.OrderInput("TERRORISM", " ", "", "X", "PERSON", null, null, D,
                null, List.of(), null), "r")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("legalAct"));
        assertThatThrownBy(() -> n.register().create(SUP, terrorism("X", null, account("DE89 3704 0044 0532 0130 00", "10", "EUR")), " "))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> n.register().create(SUP, terrorism("X", null, account("DE89 3704 0044 0532 0130 00", "10", "EURO")), "r"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("accounts[0].currency"));
        assertThatThrownBy(() -> n.register().create(ANA, terrorism("X", null), "r")).isInstanceOf(ForbiddenException.class);
        assertThat(n.register().list(SUP, false, "", 10).items()).isEmpty();
        assertThat(n.audit().entries).isEmpty();

        FreezingOrder o = n.register().create(SUP, terrorism("X", null, account("DE89 3704 0044 0532 0130 00", "1000", "EUR")), "r");
        assertThatThrownBy(() -> n.register().grantLicence(SUP, o.id(), new FreezingRegister.LicenceInput("HUMANITARIAN",
                "DE89370400440532013000", new BigDecimal("1000.01"), "EUR", "DGT", "", null), "aid")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("amount")).hasMessageContaining("EUR 1,000.00 remains");
        assertThatThrownBy(() -> n.register().grantLicence(SUP, o.id(), new FreezingRegister.LicenceInput("HUMANITARIAN",
                "GB29NWBK60161331926819", BigDecimal.ONE, "EUR", "DGT", "", null), "aid")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("iban"));
        assertThat(n.register().file(SUP, o.id()).order().licences()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void markingsKeepOrdersAndTheirFundsFromReadersNotCleared(TestDatabase db) {
        Node n = node(db);
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), "FR-DGT", Set.of());
        FreezingOrder o = n.register().create(SUP, terrorism("Hidden Person", restricted, account("DE89 3704 0044 0532 0130 00", "50", "EUR")), "r");
        assertThat(n.register().list(LOW, false, "", 10).items()).isEmpty();
        assertThat(n.register().funds(LOW, D).rows()).isEmpty();
        assertThatThrownBy(() -> n.register().file(LOW, o.id())).isInstanceOf(NotFoundException.class);
        assertThat(n.register().funds(ANA, D).rows()).hasSize(1);
        n.register().file(ANA, o.id());
        assertThat(n.audit().last().action()).as("opening an order on a person is a read of personal data").isEqualTo("personal-data.read");
    }
}

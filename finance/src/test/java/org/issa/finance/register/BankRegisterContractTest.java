package org.issa.finance.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.issa.core.entity.Entity;
import org.issa.core.entity.EntityPort;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.finance.account.Bic;
import org.issa.finance.register.load.RegisterColumns;
import org.issa.finance.register.load.SubmissionFileException;
import org.issa.finance.register.load.SubmissionFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The register over a real database (H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set), with real transactions. */
class BankRegisterContractTest {

    static final Principal SUPERVISOR = new Principal("sam", "FR-FIU", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal ANALYST = new Principal("ana", "FR-FIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("lou", "FR-POL", "FR", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal GERMAN = new Principal("gus", "DE-FIU", "DE", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal DPO = new Principal("dora", "FR-FIU", "FR", Set.of(Role.DPO), Classification.RESTREINT_UE);
    static final Marking RESTRICTED = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FR-FIU", Set.of());
    static final Bic BANK = new Bic("COBADEFF");
    static final String IBAN1 = "DE89370400440532013000";
    static final String IBAN2 = "DE02120300000000202051";

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** Keeps what was published, per dataset and id, as an entity store would. */
    static final class Entities implements EntityPort {
        final Map<String, Entity> stored = new HashMap<>();

        @Override
        public void publish(List<Entity> entities) {
            entities.forEach(e -> stored.put(e.provenance().dataset() + "/" + e.id(), e));
        }

        @Override
        public void withdraw(String dataset, Collection<String> ids) {
            ids.forEach(id -> stored.remove(dataset + "/" + id));
        }

        Set<String> schemas() {
            return stored.values().stream().map(Entity::schema).collect(Collectors.toSet());
        }

        boolean has(String id) {
            return stored.keySet().stream().anyMatch(k -> k.endsWith("/" + id));
        }
    }

    record Fixture(BankRegister register, RegisterSearch search, RecordingAuditLog audit, Entities entities, Sql sql) {
    }

    static Fixture fixture(TestDatabase db) {
        TestTransactions tx = new TestTransactions(db.dataSource());
        Sql sql = new Sql(tx.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        Entities entities = new Entities();
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
        Fixture f = new Fixture(new BankRegister(sql, audit, tx, clock, new RegisterEntities(Optional.of(entities))),
                new RegisterSearch(sql, audit, tx, clock), audit, entities, sql);
        f.search().designate(SUPERVISOR, "FR-TRACFIN", "Tracfin", AuthorityKind.FIU, "FR");
        f.search().designate(SUPERVISOR, "FR-AGRASC", "AGRASC (Asset Recovery Office)", AuthorityKind.ARO, "FR");
        return f;
    }

    static final String FIRST = """
            iban,kind,currency,opened,closed,role,party_type,name,birth_date,national_id,nationality
            DE89370400440532013000,payment,EUR,2015-03-01,,holder,company,Kramer Trading GmbH,,HRB 4711,DE
            DE89370400440532013000,payment,EUR,2015-03-01,,beneficial_owner,person,Anton Kramer,1971-04-02,L01X00T47,DE
            DE89370400440532013000,payment,EUR,2015-03-01,,proxy,person,Jürgen Müller,1980-01-30,,AT
            DE02120300000000202051,payment,EUR,2001-01-01,2020-12-31,holder,person,Eva de Vries,1965-07-07,,NL
            BOX-17,safe_deposit_box,,2019-01-01,2024-01-01,lessee,person,Anton Kramer,1971-04-02,L01X00T47,DE
            """;

    static final String SECOND = """
            iban,kind,currency,opened,closed,role,party_type,name,birth_date,national_id,nationality
            DE89370400440532013000,payment,EUR,2015-03-01,,holder,company,Kramer Trading GmbH,,HRB 4711,DE
            DE89370400440532013000,payment,EUR,2015-03-01,,beneficial_owner,person,Anton Kramer,1971-04-02,L01X00T47,DE
            DE44500105175407324931,payment,EUR,2026-11-01,,holder,person,Nina Berg,1990-09-09,,DE
            """;

    static Submission load(Fixture f, String csv, Marking marking) {
        return f.register().load(SUPERVISOR, new BankRegister.Upload(BANK, "Commerzbank", "cobadeff.csv", SubmissionFormat.CSV,
                RegisterColumns.defaults(), Optional.ofNullable(marking)), SubmissionContent.of(csv.getBytes(StandardCharsets.UTF_8)));
    }

    static RegisterQuery byIban(String iban) {
        return new RegisterQuery("FR-TRACFIN", LegalBasis.AMLD5_ART_32A_2, "", "TF-2026-118", Optional.of(iban), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static RegisterQuery byName(String name, LocalDate birth) {
        return new RegisterQuery("FR-AGRASC", LegalBasis.DIR_2019_1153_ART_4, "", "AGR-77", Optional.empty(), Optional.of(name),
                Optional.ofNullable(birth), Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void loadsASubmissionAndFindsItsAccountsByIbanAndName(TestDatabase db) {
        Fixture f = fixture(db);
        Submission s = load(f, FIRST, null);
        assertEquals(3, s.accounts());
        assertEquals(5, s.parties());
        assertEquals(Submission.CURRENT, s.status());
        assertTrue(s.marking().isPersonalData());
        assertEquals("finance.register.load", f.audit().last().action());

        QueryResult r = f.search().query(ANALYST, byIban("de89 3704 0044 0532 0130 00"));
        assertEquals(1, r.accounts().size());
        RegisterAccount a = r.accounts().get(0).account();
        assertEquals(3, a.parties().size());
        assertEquals("Commerzbank", r.accounts().get(0).bankName());
        assertEquals("personal-data.read", f.audit().last().action());
        assertTrue(f.audit().last().purpose().contains("TF-2026-118"));

        QueryResult byName = f.search().query(ANALYST, byName("KRAMER, Anton", null));
        assertEquals(2, byName.accounts().size(), "the account he owns and the box he leases");
        assertEquals(2, f.search().query(ANALYST, byName("anton kramer", LocalDate.of(1971, 4, 2))).accounts().size());
        assertEquals(0, f.search().query(ANALYST, byName("anton kramer", LocalDate.of(1972, 4, 2))).accounts().size());
        assertEquals(1, f.search().query(ANALYST, byName("Jurgen Muller", null)).accounts().size());
        assertEquals(2, f.search().query(ANALYST, new RegisterQuery("FR-TRACFIN", LegalBasis.AMLD6_2024_1640_ART_16, "", "TF-1",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("L01X00T47"))).accounts().size());

        RegisterSearch.AccountView view = f.search().account(ANALYST, IBAN1, r.queryId());
        assertEquals(1, view.current().size());
        assertThrows(InvalidInputException.class, () -> f.search().account(ANALYST, IBAN1, "no-such-query"));
        assertThrows(InvalidInputException.class, () -> f.search().account(SUPERVISOR, IBAN1, r.queryId()), "someone else's query");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewSubmissionReplacesTheBanksPreviousOneAndWithdrawsWhatItNoLongerHolds(TestDatabase db) {
        Fixture f = fixture(db);
        Submission first = load(f, FIRST, null);
        String eva = RegisterEntities.partyId(new Party(PartyRole.HOLDER, false, "Eva de Vries", Optional.of(LocalDate.of(1965, 7, 7)), "", "NL"));
        assertTrue(f.entities().has(eva));
        assertTrue(f.entities().has(RegisterEntities.accountId(IBAN2)));
        assertTrue(f.entities().schemas().containsAll(Set.of("BankAccount", "Person", "Company", "Ownership", "Representation", "Asset")));

        Submission second = load(f, SECOND, null);
        assertEquals(Submission.CURRENT, second.status());
        List<Submission> all = f.register().submissions(ANALYST, Optional.of(BANK), 10);
        assertEquals(2, all.size());
        Submission replaced = all.stream().filter(s -> s.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals(Submission.REPLACED, replaced.status());
        assertEquals(second.id(), replaced.replacedBy().orElseThrow());

        assertEquals(0, f.search().query(ANALYST, byIban(IBAN2)).accounts().size(), "Eva's account is gone from the current register");
        assertEquals(1, f.search().query(ANALYST, byName("Nina Berg", null)).accounts().size());
        assertEquals(1, f.search().query(ANALYST, byName("Anton Kramer", null)).accounts().size(), "the box is gone");
        assertFalse(f.entities().has(eva), "withdrawn from the entity store");
        assertFalse(f.entities().has(RegisterEntities.accountId(IBAN2)));
        assertTrue(f.entities().has(RegisterEntities.accountId(IBAN1)), "still reported: kept");

        QueryResult r = f.search().query(ANALYST, byIban(IBAN2));
        assertThrows(org.issa.core.error.NotFoundException.class, () -> f.search().account(ANALYST, "DE00NOTHING", r.queryId()));
        RegisterSearch.AccountView history = f.search().account(ANALYST, IBAN2, r.queryId());
        assertEquals(0, history.current().size());
        assertEquals(1, history.history().size(), "the replaced submission stays as history");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBrokenSubmissionIsRefusedAndThePreviousDataStaysIntact(TestDatabase db) {
        Fixture f = fixture(db);
        Submission first = load(f, FIRST, null);
        int entities = f.entities().stored.size();
        String broken = SECOND + "DE44500105175407324932,payment,EUR,2026-11-01,,holder,person,Bad Check,1990-09-09,,DE\n";
        SubmissionFileException e = assertThrows(SubmissionFileException.class, () -> load(f, broken, null));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("check digits"), e.getMessage());
        assertEquals(1, f.search().query(ANALYST, byIban(IBAN2)).accounts().size(), "the previous submission is still current");
        assertEquals(0, f.search().query(ANALYST, byName("Nina Berg", null)).accounts().size(), "nothing of the broken one is stored");
        assertEquals(1, f.sql().count("SELECT COUNT(*) FROM fin_reg_submission"));
        assertEquals(Submission.CURRENT, f.register().submissions(ANALYST, Optional.empty(), 10).get(0).status());
        assertEquals(first.id(), f.register().submissions(ANALYST, Optional.empty(), 10).get(0).id());
        assertEquals(entities, f.entities().stored.size());
        assertTrue(f.audit().actions().contains("finance.register.refuse"));

        SubmissionFileException missing = assertThrows(SubmissionFileException.class, () -> load(f, "iban,holder\n" + IBAN1 + ",A\n", null));
        assertTrue(missing.getMessage().contains("'name'"), missing.getMessage());
        assertEquals(1, f.sql().count("SELECT COUNT(*) FROM fin_reg_submission"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSameContentTwiceIsRefusedNamingTheEarlierSubmission(TestDatabase db) {
        Fixture f = fixture(db);
        Submission first = load(f, FIRST, null);
        ConflictException e = assertThrows(ConflictException.class, () -> load(f, FIRST, null));
        assertTrue(e.getMessage().contains(first.id()), e.getMessage());
        load(f, SECOND, null);
        ConflictException again = assertThrows(ConflictException.class, () -> load(f, FIRST, null));
        assertTrue(again.getMessage().contains(first.id()) && again.getMessage().contains("replaced"), again.getMessage());
        assertThrows(ForbiddenException.class, () -> f.register().load(ANALYST, new BankRegister.Upload(BANK, "", "x.csv",
                SubmissionFormat.CSV, RegisterColumns.defaults(), Optional.empty()), SubmissionContent.of(SECOND.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aQueryWithoutAuthorityBasisOrCaseIsRefusedAndEveryQueryIsLogged(TestDatabase db) {
        Fixture f = fixture(db);
        load(f, FIRST, null);
        assertEquals("caseRef", assertThrows(InvalidInputException.class, () -> new RegisterQuery("FR-TRACFIN", LegalBasis.AMLD5_ART_32A_2,
                "", " ", Optional.of(IBAN1), Optional.empty(), Optional.empty(), Optional.empty())).field());
        assertEquals("legalBasis", assertThrows(InvalidInputException.class, () -> new RegisterQuery("FR-TRACFIN", null,
                "", "C-1", Optional.of(IBAN1), Optional.empty(), Optional.empty(), Optional.empty())).field());
        assertEquals("legalBasis", assertThrows(InvalidInputException.class, () -> LegalBasis.parse("")).field());
        assertEquals("authority", assertThrows(InvalidInputException.class, () -> new RegisterQuery("", LegalBasis.AMLD5_ART_32A_2,
                "", "C-1", Optional.of(IBAN1), Optional.empty(), Optional.empty(), Optional.empty())).field());
        assertEquals("legalBasisText", assertThrows(InvalidInputException.class, () -> new RegisterQuery("FR-TRACFIN",
                LegalBasis.NATIONAL_LAW, "", "C-1", Optional.of(IBAN1), Optional.empty(), Optional.empty(), Optional.empty())).field());
        // an ARO cannot use the FIU's basis; an unknown authority and another state's authority are refused
        assertEquals("legalBasis", assertThrows(InvalidInputException.class, () -> f.search().query(ANALYST,
                new RegisterQuery("FR-AGRASC", LegalBasis.AMLD5_ART_32A_2, "", "C-1", Optional.of(IBAN1), Optional.empty(),
                        Optional.empty(), Optional.empty()))).field());
        assertEquals("authority", assertThrows(InvalidInputException.class, () -> f.search().query(ANALYST,
                new RegisterQuery("XX-NONE", LegalBasis.AMLD5_ART_32A_2, "", "C-1", Optional.of(IBAN1), Optional.empty(),
                        Optional.empty(), Optional.empty()))).field());
        assertEquals("authority", assertThrows(InvalidInputException.class, () -> f.search().query(GERMAN, byIban(IBAN1))).field());
        assertThrows(ForbiddenException.class, () -> f.search().query(DPO, byIban(IBAN1)));
        assertEquals(0, f.sql().count("SELECT COUNT(*) FROM fin_reg_query"), "refused queries run no search");

        f.search().query(ANALYST, byIban(IBAN1));
        f.search().query(ANALYST, byName("Anton Kramer", null));
        f.search().query(ANALYST, new RegisterQuery("FR-AGRASC", LegalBasis.NATIONAL_LAW, "Code monétaire et financier L. 561-27",
                "AGR-78", Optional.of(IBAN2), Optional.empty(), Optional.empty(), Optional.empty()));
        List<LoggedQuery> log = f.search().log(DPO, 10);
        assertEquals(3, log.size());
        assertTrue(log.stream().anyMatch(q -> q.criteria().equals("name=Anton Kramer") && q.results() == 2 && q.caseRef().equals("AGR-77")));
        List<QueryStatistics> stats = f.search().statistics(DPO);
        assertEquals(2, stats.size());
        QueryStatistics aro = stats.stream().filter(s -> s.authorityId().equals("FR-AGRASC")).findFirst().orElseThrow();
        assertEquals(2, aro.queries());
        assertEquals(3, aro.results());
        assertEquals("2026-11", aro.month());
        assertThrows(ForbiddenException.class, () -> f.search().statistics(ANALYST));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void markingsApplyInTheQuery(TestDatabase db) {
        Fixture f = fixture(db);
        load(f, FIRST, RESTRICTED);
        f.search().designate(SUPERVISOR, "FR-POLICE", "Police judiciaire", AuthorityKind.POLICE, "FR");
        assertEquals(1, f.search().query(ANALYST, byIban(IBAN1)).accounts().size());
        QueryResult low = f.search().query(LOW, new RegisterQuery("FR-POLICE", LegalBasis.DIR_2019_1153_ART_4, "", "PJ-1",
                Optional.of(IBAN1), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(0, low.accounts().size(), "an unclassified reader does not see a RESTREINT UE submission");
        assertEquals(0, f.register().submissions(LOW, Optional.empty(), 10).size());
        assertThrows(org.issa.core.error.NotFoundException.class, () -> f.search().account(LOW, IBAN1, low.queryId()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void holdersAndBeneficialOwnersOfCurrentSubmissionsAreOfferedForScreening(TestDatabase db) {
        Fixture f = fixture(db);
        Submission first = load(f, FIRST, RESTRICTED);
        RegisterScreening screening = new RegisterScreening(f.sql());
        try (var s = screening.recordsOf(first.id())) {
            assertEquals(3, s.count(), "the new submission's holders and owners, for screening on arrival");
        }
        List<ScreenableRecord> records;
        try (var s = screening.records()) {
            records = s.toList();
        }
        assertEquals(3, records.size(), "Kramer Trading (holder), Anton Kramer (beneficial owner), Eva de Vries; not the proxy or lessee");
        ScreenableRecord anton = records.stream().filter(r -> r.names().get(0).equals("Anton Kramer")).findFirst().orElseThrow();
        assertEquals(List.of("1971-04-02"), anton.birthDates());
        assertEquals(List.of("DE"), anton.countries());
        assertEquals(Classification.RESTREINT_UE, anton.marking().classification());
        assertTrue(records.stream().anyMatch(r -> r.schema().equals("Company")));
        Submission second = load(f, SECOND, null);
        try (var s = screening.recordsOf(first.id())) {
            assertEquals(0, s.count(), "a replaced submission is not offered any more");
        }
        try (var s = screening.recordsOf(second.id())) {
            assertEquals(Set.of("Kramer Trading GmbH", "Anton Kramer", "Nina Berg"), Set.copyOf(s.map(r -> r.names().get(0)).toList()));
        }
        List<String> after = new ArrayList<>();
        try (var s = screening.records()) {
            s.forEach(r -> after.add(r.names().get(0)));
        }
        assertEquals(Set.of("Kramer Trading GmbH", "Anton Kramer", "Nina Berg"), Set.copyOf(after));
        assertTrue(after.size() == 3);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void iso20022AccountReportsLoadToo(TestDatabase db) throws Exception {
        Fixture f = fixture(db);
        byte[] camt = getClass().getResourceAsStream("/register/camt053-accounts.xml").readAllBytes();
        Submission s = f.register().load(SUPERVISOR, new BankRegister.Upload(BANK, "", "camt053.xml", SubmissionFormat.ISO20022,
                RegisterColumns.defaults(), Optional.empty()), SubmissionContent.of(camt));
        assertEquals(2, s.accounts());
        assertEquals("ISO20022", s.format());
        QueryResult r = f.search().query(ANALYST, byIban(IBAN1));
        assertEquals("Anton Kramer", r.accounts().get(0).account().parties().get(0).name());
    }
}

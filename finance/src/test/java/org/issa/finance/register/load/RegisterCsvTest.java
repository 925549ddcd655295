package org.issa.finance.register.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.issa.finance.account.Bic;
import org.issa.finance.register.AccountKind;
import org.issa.finance.register.PartyRole;
import org.issa.finance.register.RegisterAccount;
import org.issa.finance.register.SyntheticRegister;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {

    static final Bic BANK = new Bic("DEUTDEFF");
    static final String IBAN1 = "DE89370400440532013000";
    static final String IBAN2 = "NL91ABNA0417164300";

    static List<RegisterAccount> read(String csv, String columns) throws IOException {
        List<RegisterAccount> out = new ArrayList<>();
        new RegisterCsv(RegisterColumns.parse(columns), "bank.csv", BANK).read(new StringReader(csv), (a, line) -> out.add(a));
        return out;
    }

    @Test
    void rowsOfOneAccountMakeOneEntryWithEveryParty() throws IOException {
        String csv = """
                iban,kind,currency,opened,closed,role,party_type,name,birth_date,national_id,nationality
                DE89 3704 0044 0532 0130 00,payment,eur,2015-03-01,,holder,company,"Kramer Trading, GmbH",,HRB 4711,DE
                DE89370400440532013000,payment,eur,2015-03-01,,beneficial_owner,person,Anton Kramer,1971-04-02,L01X00T47,DE
                DE89370400440532013000,payment,eur,2015-03-01,,proxy,person,Jürgen Müller,1980-01-30,,AT
                NL91ABNA0417164300,,EUR,2001-01-01,2020-12-31,,,Eva de Vries,1965-07-07,,NL
                """;
        List<RegisterAccount> accounts = read(csv, "");
        assertEquals(2, accounts.size());
        RegisterAccount a = accounts.get(0);
        assertEquals(IBAN1, a.identifier());
        assertEquals("EUR", a.currency());
        assertEquals(3, a.parties().size());
        assertEquals("Kramer Trading, GmbH", a.parties().get(0).name());
        assertTrue(a.parties().get(0).company());
        assertEquals(PartyRole.BENEFICIAL_OWNER, a.parties().get(1).role());
        assertEquals(LocalDate.of(1971, 4, 2), a.parties().get(1).birthDate().orElseThrow());
        assertEquals("JURGEN MULLER", a.parties().get(2).nameKey());
        assertEquals(PartyRole.HOLDER, accounts.get(1).parties().get(0).role());
        assertEquals(LocalDate.of(2020, 12, 31), accounts.get(1).closed().orElseThrow());
        assertEquals("DEUTDEFF", accounts.get(1).bic().value());
    }

    @Test
    void aColumnMappingReadsTheBanksOwnHeaderAndSemicolons() throws IOException {
        String csv = "Kontonummer;Inhaber;Geburtsdatum\n" + IBAN1 + ";Anton Kramer;1971-04-02\n";
        List<RegisterAccount> accounts = read(csv, "iban=Kontonummer,name=Inhaber,birth_date=Geburtsdatum");
        assertEquals(1, accounts.size());
        assertEquals("Anton Kramer", accounts.get(0).parties().get(0).name());
    }

    @Test
    void anInvalidIbanIsReportedWithItsLine() throws IOException {
        StringWriter w = new StringWriter();
        SyntheticRegister gen = new SyntheticRegister(1, "37040044");
        w.write("iban,name\n");
        for (int i = 0; i < 15; i++) {
            w.write(SyntheticRegister.germanIban("37040044", i + 1) + ",Person " + i + "\n");
        }
        w.write("DE89370400440532013001,Bad Check\n"); // line 17: one digit off
        SubmissionFileException e = assertThrows(SubmissionFileException.class, () -> read(w.toString(), ""));
        assertTrue(e.getMessage().contains("line 17"), e.getMessage());
        assertTrue(e.getMessage().contains("check digits"), e.getMessage());
        assertEquals("file", e.field());
        assertTrue(gen.personName().contains(" "));
    }

    @Test
    void aMissingColumnIsNamed() {
        SubmissionFileException e = assertThrows(SubmissionFileException.class, () -> read("account,holder\n" + IBAN1 + ",A B\n", ""));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("'iban'"), e.getMessage());
        SubmissionFileException mapped = assertThrows(SubmissionFileException.class,
                () -> read("iban,name\n" + IBAN1 + ",A B\n", "birth_date=Geboren"));
        assertTrue(mapped.getMessage().contains("'Geboren'"), mapped.getMessage());
    }

    @Test
    void anAccountSplitAcrossTheFileOrChangingItsFieldsIsRefused() {
        String split = "iban,name\n" + IBAN1 + ",A\n" + IBAN2 + ",B\n" + IBAN1 + ",C\n";
        SubmissionFileException e = assertThrows(SubmissionFileException.class, () -> read(split, ""));
        assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("follow each other"), e.getMessage());
        String changed = "iban,currency,name\n" + IBAN1 + ",EUR,A\n" + IBAN1 + ",USD,B\n";
        SubmissionFileException c = assertThrows(SubmissionFileException.class, () -> read(changed, ""));
        assertTrue(c.getMessage().contains("line 3") && c.getMessage().contains("differs"), c.getMessage());
    }

    @Test
    void kindsRolesAndDatesAreChecked() {
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("iban,kind,name\n" + IBAN1 + ",virtual,A\n", ""))
                .getMessage().contains("underlying"));
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("iban,role,name\n" + IBAN1 + ",lessee,A\n", ""))
                .getMessage().contains("lessee"));
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("iban,role,name\n" + IBAN1 + ",beneficial_owner,A\n", ""))
                .getMessage().contains("no holder"));
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("iban,opened,name\n" + IBAN1 + ",01/02/2020,A\n", ""))
                .getMessage().contains("YYYY-MM-DD"));
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("iban,name\n" + IBAN1 + ",\"A\n", ""))
                .getMessage().contains("line 2"));
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("iban,name\n" + IBAN1 + ",A,extra\n", ""))
                .getMessage().contains("fields"));
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("", "")).getMessage().contains("empty"));
    }

    @Test
    void boxesVirtualIbansAndOtherAccountsKeepTheirIdentifiers() throws IOException {
        String csv = "iban,kind,underlying,opened,closed,role,name\n"
                + "BOX-17/3,box,,2019-01-01,2024-01-01,,Eva de Vries\n"
                + "DE02120300000000202051,virtual_iban," + IBAN1 + ",,,,Kramer GmbH\n"
                + "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq,crypto,,,,,Anton Kramer\n";
        List<RegisterAccount> a = read(csv, "");
        assertEquals(AccountKind.SAFE_DEPOSIT_BOX, a.get(0).kind());
        assertEquals("BOX-17/3", a.get(0).identifier());
        assertEquals(PartyRole.LESSEE, a.get(0).parties().get(0).role());
        assertEquals(IBAN1, a.get(1).underlying());
        assertEquals(AccountKind.CRYPTO_ASSET_ACCOUNT, a.get(2).kind());
    }

    @Test
    void theGeneratorWritesValidSubmissions() throws IOException {
        StringWriter w = new StringWriter();
        new SyntheticRegister(7, "37040044").writeCsv(w, 500);
        assertEquals(500, read(w.toString(), "").size());
    }
}

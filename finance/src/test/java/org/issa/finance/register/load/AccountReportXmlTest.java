package org.issa.finance.register.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.issa.finance.account.Bic;
import org.issa.finance.register.PartyRole;
import org.issa.finance.register.RegisterAccount;
import org.junit.jupiter.api.Test;

class AccountReportXmlTest {

    static List<RegisterAccount> read(InputStream in) throws IOException {
        List<RegisterAccount> out = new ArrayList<>();
        new AccountReportXml("camt.xml", new Bic("DEUTDEFF")).read(in, (a, line) -> out.add(a));
        return out;
    }

    static List<RegisterAccount> read(String xml) throws IOException {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheAccountsOfACamt053StatementAndSkipsBalancesAndEntries() throws IOException {
        List<RegisterAccount> accounts = read(getClass().getResourceAsStream("/register/camt053-accounts.xml"));
        assertEquals(2, accounts.size());
        RegisterAccount a = accounts.get(0);
        assertEquals("DE89370400440532013000", a.identifier());
        assertEquals("EUR", a.currency());
        assertEquals("COBADEFFXXX", a.bic().value());
        assertEquals("Anton Kramer", a.parties().get(0).name());
        assertEquals(PartyRole.HOLDER, a.parties().get(0).role());
        assertEquals("1971-04-02", a.parties().get(0).birthDate().orElseThrow().toString());
        RegisterAccount b = accounts.get(1);
        assertTrue(b.parties().get(0).company());
        assertEquals("529900T8BM49AURSDO55", b.parties().get(0).nationalId());
        assertEquals("DEUTDEFF", b.bic().value()); // no servicer in the block: the submitting bank
    }

    @Test
    void refusesADoctypeAndItsEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document><Stmt><Acct><Id><IBAN>&x;</IBAN></Id></Acct></Stmt></Document>";
        SubmissionFileException e = assertThrows(SubmissionFileException.class, () -> read(xxe));
        assertTrue(e.getMessage().contains("DTD") || e.getMessage().contains("entity"), e.getMessage());
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<Document><Acct><Ownr><Nm>&b;</Nm></Ownr></Acct></Document>";
        assertThrows(SubmissionFileException.class, () -> read(laughs));
    }

    @Test
    void refusesDeepNestingTruncationAndBlocksWithoutIbanOrOwner() {
        String deep = "<a>".repeat(100) + "</a>".repeat(100);
        assertTrue(assertThrows(SubmissionFileException.class, () -> read(deep)).getMessage().contains("deeper"));
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("<Document><Stmt><Acct><Id><IBAN>DE89"))
                .getMessage().contains("well-formed"));
        assertTrue(assertThrows(SubmissionFileException.class,
                () -> read("<Document><Acct><Id><Othr><Id>12345</Id></Othr></Id><Ownr><Nm>A</Nm></Ownr></Acct></Document>"))
                .getMessage().contains("IBAN"));
        assertTrue(assertThrows(SubmissionFileException.class,
                () -> read("<Document><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct></Document>"))
                .getMessage().contains("Ownr/Nm"));
        SubmissionFileException bad = assertThrows(SubmissionFileException.class,
                () -> read("<Document>\n<Acct><Id><IBAN>DE89370400440532013001</IBAN></Id><Ownr><Nm>A</Nm></Ownr></Acct></Document>"));
        assertTrue(bad.getMessage().contains("line 2") && bad.getMessage().contains("check digits"), bad.getMessage());
        assertTrue(assertThrows(SubmissionFileException.class, () -> read("<Document/>")).getMessage().contains("no account"));
    }
}

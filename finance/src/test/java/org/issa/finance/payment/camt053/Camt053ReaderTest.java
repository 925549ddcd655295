package org.issa.finance.payment.camt053;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentFileException;
import org.issa.finance.payment.message.MessageLimits;
import org.issa.finance.payment.message.PartyAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Camt053ReaderTest {

    private static final String OWN = "DE89370400440532013000";
    private static final String OTHER = "FR1420041010050500013M02606";

    private Camt053Reader reader;

    private List<Payment> read(String xml) throws IOException {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), MessageLimits.DEFAULT);
    }

    private List<Payment> read(InputStream in, MessageLimits limits) throws IOException {
        reader = new Camt053Reader("s.xml", limits);
        List<Payment> out = new ArrayList<>();
        assertEquals(reader.read(in, out::add), out.size());
        return out;
    }

    private String refused(String xml) {
        return assertThrows(PaymentFileException.class, () -> read(xml)).getMessage();
    }

    static String statement(int version, String... entries) {
        return "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001." + String.format("%02d", version) + "\"><BkToCstmrStmt>"
            + "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-06-01T06:00:00</CreDtTm></GrpHdr><Stmt><Id>ST-1</Id>"
            + "<Acct><Id><IBAN>" + OWN + "</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Own Company GmbH</Nm></Ownr></Acct>"
            + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">1000</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-05-31</Dt></Dt></Bal>"
            + String.join("", entries) + "</Stmt></BkToCstmrStmt></Document>";
    }

    static String entry(String head, String status, String details) {
        return "<Ntry>" + head + "<Sts><Cd>" + status + "</Cd></Sts><BookgDt><Dt>2024-05-31</Dt></BookgDt><ValDt><Dt>2024-06-01</Dt></ValDt>"
            + "<AcctSvcrRef>SVC-1</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>"
            + (details.isEmpty() ? "" : "<NtryDtls>" + details + "</NtryDtls>") + "</Ntry>";
    }

    @Test
    void readsThePostFinanceSampleCompletely() throws IOException {
        List<Payment> payments;
        try (InputStream in = getClass().getResourceAsStream("/payments/camt.053.001.04-postfinance.xml")) {
            payments = read(in, MessageLimits.DEFAULT);
        }
        assertEquals(5, payments.size());
        String account = "CH2909000000250094239";
        String owner = "Robert Schneider SA Grands magasins Biel/Bienne";
        Payment first = payments.get(0);
        assertEquals(account + ":0758103031480900/41100000000872849", first.reference());
        assertEquals(PartyAccount.unidentified(first.reference()), first.payerAccount(), "no related parties: an unidentified counterparty");
        assertEquals(account, first.payeeAccount());
        assertEquals(owner, first.payeeName());
        assertEquals(new BigDecimal("4.50"), first.amount());
        assertEquals("CHF", first.currency());
        assertEquals(Instant.parse("2020-11-24T00:00:00Z"), first.time());
        assertTrue(first.purpose().startsWith("GUTSCHRIFT CH-DD-BASISLASTSCHRIFT ID-NR. DES ZAHLUNGSEMPFÄNGERS"));
        Payment debit = payments.get(1);
        assertEquals(account, debit.payerAccount(), "a DBIT entry is paid from the statement account");
        assertEquals(owner, debit.payerName());
        assertEquals(new BigDecimal("77.70"), debit.amount());
        assertEquals(account + ":0758103031480977", debit.reference());
        assertEquals(new BigDecimal("1500.00"), payments.get(2).amount());
        // the bank reuses AcctSvcrRef 07582000303KBMSU for entries 4 and 5: the entry reference keeps them apart
        assertEquals(account + ":07582000303KBMSU/014295803", payments.get(3).reference());
        assertEquals(account + ":07582000303KBMSU/CH7730000001250094239", payments.get(4).reference());
        assertEquals(new BigDecimal("1692.22"), payments.get(4).amount());
        assertEquals(64, payments.get(4).payerAccount().length(), "long placeholders are cut with a digest");
        assertEquals(0, reader.skipped());
    }

    @Test
    void readsCreditsAndDebitsWithTheirCounterparties() throws IOException {
        List<Payment> payments = read(statement(8,
            entry("<NtryRef>N1</NtryRef><Amt Ccy=\"EUR\">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "BOOK",
                "<TxDtls><Refs><EndToEndId>E2E-IN</EndToEndId><UETR>0d0d1f2e-25b6-4c0c-a1c6-6b7e5a1e8c21</UETR></Refs>"
                    + "<RltdPties><Dbtr><Pty><Nm>Payer AG</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>" + OTHER + "</IBAN></Id></DbtrAcct>"
                    + "<Cdtr><Pty><Nm>Own Company GmbH</Nm></Pty></Cdtr></RltdPties><RmtInf><Ustrd>Order 4711</Ustrd></RmtInf></TxDtls>"),
            entry("<Amt Ccy=\"EUR\">80</Amt><CdtDbtInd>DBIT</CdtDbtInd>", "BOOK",
                "<TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Cdtr><Nm>Landlord Ltd</Nm></Cdtr>"
                    + "<CdtrAcct><Id><Othr><Id>ACC-778</Id></Othr></Id></CdtrAcct></RltdPties></TxDtls>"),
            entry("<Amt Ccy=\"EUR\">15</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "BOOK",
                "<TxDtls><RltdPties><UltmtDbtr><Nm>Ultimate Payer</Nm></UltmtDbtr></RltdPties></TxDtls>")));
        assertEquals(3, payments.size());
        Payment in = payments.get(0);
        assertEquals("0d0d1f2e-25b6-4c0c-a1c6-6b7e5a1e8c21", in.reference());
        assertEquals(OTHER, in.payerAccount());
        assertEquals("Payer AG", in.payerName());
        assertEquals(OWN, in.payeeAccount());
        assertEquals("Own Company GmbH", in.payeeName());
        assertEquals("Order 4711", in.purpose());
        Payment out = payments.get(1);
        assertEquals(OWN, out.payerAccount());
        assertEquals("ACC-778", out.payeeAccount());
        assertEquals("Landlord Ltd", out.payeeName());
        assertEquals(OWN + ":SVC-1", out.reference(), "NOTPROVIDED falls back to the servicer's reference");
        assertEquals("name:ULTIMATE PAYER", payments.get(2).payerAccount(), "no account: the placeholder of the ultimate debtor's name");
    }

    @Test
    void splitsAnEntryWithSeveralTransactionsAndNeedsEachAmount() throws IOException {
        String batch = entry("<NtryRef>B1</NtryRef><Amt Ccy=\"EUR\">300</Amt><CdtDbtInd>DBIT</CdtDbtInd>", "BOOK",
            "<Btch><NbOfTxs>2</NbOfTxs></Btch>"
                + "<TxDtls><Refs><EndToEndId>S-1</EndToEndId></Refs><Amt Ccy=\"EUR\">100</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
                + "<RltdPties><Cdtr><Nm>Supplier One</Nm></Cdtr></RltdPties></TxDtls>"
                + "<TxDtls><AmtDtls><TxAmt><Amt Ccy=\"EUR\">200</Amt></TxAmt></AmtDtls>"
                + "<RltdPties><Cdtr><Nm>Supplier Two</Nm></Cdtr></RltdPties></TxDtls>");
        List<Payment> payments = read(statement(2, batch));
        assertEquals(2, payments.size());
        assertEquals("S-1", payments.get(0).reference());
        assertEquals(new BigDecimal("100"), payments.get(0).amount());
        assertEquals("name:SUPPLIER ONE", payments.get(0).payeeAccount());
        assertEquals(OWN + ":SVC-1/B1/tx2", payments.get(1).reference());
        assertEquals(new BigDecimal("200"), payments.get(1).amount());
        String noAmount = batch.replace("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">200</Amt></TxAmt></AmtDtls>", "");
        assertTrue(refused(statement(2, noAmount)).contains("s.xml, message 1, Stmt 1 (ST-1), Ntry 1, TxDtls 2: an entry with several transactions needs each one's amount"));
    }

    @Test
    void skipsPendingEntriesAndInvertsTheSideOfReversals() throws IOException {
        String reversal = entry("<Amt Ccy=\"EUR\">80</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>true</RvslInd>", "BOOK",
            "<TxDtls><Refs><EndToEndId>RENT-05</EndToEndId></Refs><RltdPties><Dbtr><Nm>Own Company GmbH</Nm></Dbtr>"
                + "<Cdtr><Nm>Landlord Ltd</Nm></Cdtr><CdtrAcct><Id><Othr><Id>ACC-778</Id></Othr></Id></CdtrAcct></RltdPties></TxDtls>");
        String pending = entry("<Amt Ccy=\"EUR\">5</Amt><CdtDbtInd>DBIT</CdtDbtInd>", "PDNG", "");
        String info = "<Ntry><Amt Ccy=\"EUR\">7</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>INFO</Sts><BookgDt><Dt>2024-05-31</Dt></BookgDt></Ntry>";
        List<Payment> payments = read(statement(8, pending, reversal, info));
        assertEquals(1, payments.size());
        assertEquals(2, reader.skipped());
        Payment back = payments.get(0);
        assertEquals("RENT-05/reversal", back.reference());
        assertEquals("ACC-778", back.payerAccount(), "a returned debit comes back from the original creditor");
        assertEquals(OWN, back.payeeAccount());
        assertTrue(back.purpose().startsWith("reversal:"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 8, 11, 13})
    void readsEveryVersionFrom02To13(int version) throws IOException {
        assertEquals(1, read(statement(version, entry("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "BOOK", ""))).size());
    }

    @Test
    void refusesBrokenEntriesOtherMessagesAndHostileFiles() {
        assertTrue(refused(statement(8, entry("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>UP</CdtDbtInd>", "BOOK", "")))
            .contains("Ntry 1: CdtDbtInd must be CRDT or DBIT, not 'UP'"));
        assertTrue(refused(statement(8, entry("<CdtDbtInd>CRDT</CdtDbtInd>", "BOOK", ""))).contains("Ntry 1, Amt: the amount is missing"));
        assertTrue(refused(statement(8, "<Ntry><Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-05-31</Dt></BookgDt></Ntry>"))
            .contains("the entry status (Sts) is missing"));
        assertTrue(refused(statement(8, "<Ntry><Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry>"))
            .contains("no booking date (BookgDt) nor value date"));
        assertTrue(refused(statement(8, entry("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "BOOK", "")).replace(OWN, "DE89370400440532013099"))
            .contains("Acct: IBAN 'DE89370400440532013099' is not valid"));
        assertTrue(refused(statement(8, entry("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "BOOK", "")).replace("camt.053", "camt.054"))
            .contains("this is a camt.054.001.08 message, not camt.053"));
        assertTrue(refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.01\"/>").contains("versions .001.02 to .001.13 are"));
        String ok = statement(8, entry("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "BOOK", ""));
        assertTrue(refused(ok.substring(0, ok.length() / 2)).contains("not well-formed XML"));
        assertTrue(refused("<!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + ok).contains("DOCTYPE is not allowed"));
        assertTrue(assertThrows(PaymentFileException.class, () -> read(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)),
            new MessageLimits(500, 64, 1000, 1000))).getMessage().contains("larger than the limit of 500 bytes"));
        assertTrue(refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt><Id>X</Id>"
            + entry("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "BOOK", "") + "</Stmt></BkToCstmrStmt></Document>")
            .contains("the statement's account (Stmt/Acct/Id) is missing"));
    }
}

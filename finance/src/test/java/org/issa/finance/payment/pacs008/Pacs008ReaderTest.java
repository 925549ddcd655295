package org.issa.finance.payment.pacs008;

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
import java.util.concurrent.atomic.LongAdder;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentFileException;
import org.issa.finance.payment.message.MessageLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pacs008ReaderTest {

    private static final String IBAN_DE = "DE89370400440532013000";
    private static final String IBAN_FR = "FR1420041010050500013M02606";

    static List<Payment> read(String xml) throws IOException {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), MessageLimits.DEFAULT);
    }

    static List<Payment> read(InputStream in, MessageLimits limits) throws IOException {
        List<Payment> out = new ArrayList<>();
        long n = new Pacs008Reader("p.xml", limits).read(in, out::add);
        assertEquals(out.size(), n);
        return out;
    }

    static String refused(String xml) {
        return assertThrows(PaymentFileException.class, () -> read(xml)).getMessage();
    }

    static String document(int version, String header, String... transactions) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001."
            + String.format("%02d", version) + "\"><FIToFICstmrCdtTrf>" + header + String.join("", transactions)
            + "</FIToFICstmrCdtTrf></Document>";
    }

    static String header(int count) {
        return "<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-05-02T09:30:00+02:00</CreDtTm><NbOfTxs>" + count
            + "</NbOfTxs><SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>";
    }

    static String tx(String pmtId, String amount, String rest) {
        return "<CdtTrfTxInf><PmtId>" + pmtId + "</PmtId>" + amount + rest + "</CdtTrfTxInf>";
    }

    static String parties() {
        return "<Dbtr><Nm>Anna Schmidt</Nm></Dbtr><DbtrAcct><Id><IBAN>" + IBAN_DE + "</IBAN></Id></DbtrAcct>"
            + "<Cdtr><Nm>Dupont SARL</Nm></Cdtr><CdtrAcct><Id><IBAN>" + IBAN_FR + "</IBAN></Id></CdtrAcct>";
    }

    @Test
    void readsTheProwideSampleInItsEnvelope() throws IOException {
        List<Payment> payments;
        try (InputStream in = getClass().getResourceAsStream("/payments/pacs.008.001.07-prowide.xml")) {
            payments = read(in, MessageLimits.DEFAULT);
        }
        assertEquals(1, payments.size());
        Payment p = payments.get(0);
        assertEquals("223423423", p.reference());
        assertEquals("name:JOHN DOE", p.payerAccount());
        assertEquals("JOHN DOE", p.payerName());
        assertEquals("name:MIKE SMITH", p.payeeAccount());
        assertEquals("Mike Smith", p.payeeName());
        assertEquals(new BigDecimal("5000"), p.amount());
        assertEquals("USD", p.currency());
        assertEquals(Instant.parse("2018-07-31T00:00:00Z"), p.time());
        assertEquals("", p.purpose());
    }

    @Test
    void readsSeveralTransactionsWithTheReferenceRules() throws IOException {
        List<Payment> payments = read(document(8, header(4),
            tx("<InstrId>I1</InstrId><EndToEndId>E2E-1</EndToEndId><TxId>T1</TxId><UETR>eb6305c9-1f7f-49de-aed0-16487c27b42d</UETR>",
                "<IntrBkSttlmAmt Ccy=\"EUR\">1500.00</IntrBkSttlmAmt>",
                "<IntrBkSttlmDt>2024-05-02</IntrBkSttlmDt>" + parties() + "<RmtInf><Ustrd>Invoice 77</Ustrd><Ustrd>May rent</Ustrd></RmtInf>"),
            tx("<InstrId>I2</InstrId><EndToEndId>E2E-2</EndToEndId><TxId>T2</TxId>", "<IntrBkSttlmAmt Ccy=\"eur\">0.5</IntrBkSttlmAmt>",
                "<IntrBkSttlmDt>2024-05-03</IntrBkSttlmDt>" + parties()),
            tx("<InstrId>I3</InstrId><EndToEndId>NOTPROVIDED</EndToEndId><TxId>T3</TxId>", "<IntrBkSttlmAmt Ccy=\"CHF\">12</IntrBkSttlmAmt>",
                parties() + "<RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>"),
            tx("<InstrId>I4</InstrId><EndToEndId>NOTPROVIDED</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"GBP\">1e3</IntrBkSttlmAmt>",
                "<Dbtr><Nm>Cash Payer</Nm></Dbtr><Cdtr><Nm>Shop</Nm></Cdtr><CdtrAcct><Id><Othr><Id>12345678</Id></Othr></Id></CdtrAcct>")));
        assertEquals(4, payments.size());
        Payment first = payments.get(0);
        assertEquals("eb6305c9-1f7f-49de-aed0-16487c27b42d", first.reference());
        assertEquals(IBAN_DE, first.payerAccount());
        assertEquals("Anna Schmidt", first.payerName());
        assertEquals(IBAN_FR, first.payeeAccount());
        assertEquals("Dupont SARL", first.payeeName());
        assertEquals(new BigDecimal("1500.00"), first.amount());
        assertEquals("Invoice 77 May rent", first.purpose());
        assertEquals("E2E-2", payments.get(1).reference());
        assertEquals("EUR", payments.get(1).currency());
        assertEquals(new BigDecimal("0.5"), payments.get(1).amount());
        Payment third = payments.get(2);
        assertEquals("T3", third.reference());
        assertEquals(Instant.parse("2024-05-02T07:30:00Z"), third.time(), "without IntrBkSttlmDt the header's CreDtTm");
        assertEquals("RF18539007547034", third.purpose());
        Payment fourth = payments.get(3);
        assertEquals("MSG-1/I4", fourth.reference());
        assertEquals("name:CASH PAYER", fourth.payerAccount());
        assertEquals("12345678", fourth.payeeAccount());
        assertEquals(0, new BigDecimal("1000").compareTo(fourth.amount()));
    }

    @Test
    void version02TakesTheSettlementDateFromTheGroupHeaderAndAnAppHdrEnvelopeIsAccepted() throws IOException {
        String v02 = "<Envelope xmlns=\"urn:swift:xsd:envelope\"><AppHdr xmlns=\"urn:iso:std:iso:20022:tech:xsd:head.001.001.02\">"
            + "<MsgDefIdr>pacs.008.001.02</MsgDefIdr></AppHdr>"
            + document(2, "<GrpHdr><MsgId>SCT-1</MsgId><CreDtTm>2012-01-01T10:00:00</CreDtTm><NbOfTxs>1</NbOfTxs>"
                + "<IntrBkSttlmDt>2012-01-03</IntrBkSttlmDt><SttlmInf><SttlmMtd>CLRG</SttlmMtd></SttlmInf></GrpHdr>",
                tx("<EndToEndId>NOTPROVIDED</EndToEndId><TxId>SCT-TX-1</TxId>", "<IntrBkSttlmAmt Ccy=\"EUR\">99.99</IntrBkSttlmAmt>", parties()))
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
            + "</Envelope>";
        Payment p = read(v02).get(0);
        assertEquals("SCT-TX-1", p.reference());
        assertEquals(Instant.parse("2012-01-03T00:00:00Z"), p.time());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8, 10, 12, 13})
    void readsEveryVersionFrom02To13(int version) throws IOException {
        assertEquals(1, read(document(version, header(1), tx("<EndToEndId>E</EndToEndId>",
            "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>", "<IntrBkSttlmDt>2024-01-01</IntrBkSttlmDt>" + parties()))).size());
    }

    @Test
    void refusesOtherVersionsAndOtherMessages() {
        String one = tx("<EndToEndId>E</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>", parties());
        assertTrue(refused(document(1, header(1), one)).contains("pacs.008 version pacs.008.001.01 is not read (versions .001.02 to .001.13 are)"));
        assertTrue(refused(document(14, header(1), one)).contains("pacs.008.001.14 is not read"));
        assertTrue(refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt/></Document>")
            .contains("this is a camt.053.001.08 message, not pacs.008"));
        assertTrue(refused("<Document><FIToFICstmrCdtTrf/></Document>").contains("is not an ISO 20022 message"));
        assertTrue(refused("<report><rentity_id>1</rentity_id></report>").contains("no pacs.008 message found"));
        assertTrue(refused("{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}").contains("not well-formed XML"));
    }

    @Test
    void refusesATransactionMissingAMandatoryElementNamingIt() {
        String missingAmount = document(8, header(2),
            tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>", parties()),
            tx("<EndToEndId>E2</EndToEndId>", "", parties()));
        assertTrue(refused(missingAmount).contains("p.xml, message 1, CdtTrfTxInf 2 (E2): IntrBkSttlmAmt (the settlement amount) is missing"));
        assertTrue(refused(document(8, header(1), tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt>1</IntrBkSttlmAmt>", parties())))
            .contains("has no Ccy"));
        assertTrue(refused(document(8, header(1), tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1,5</IntrBkSttlmAmt>", parties())))
            .contains("'1,5' is not a decimal number"));
        assertTrue(refused(document(8, header(1), tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">-1</IntrBkSttlmAmt>", parties())))
            .contains("the amount must be positive"));
        assertTrue(refused(document(8, header(1), tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>",
            "<Cdtr><Nm>X</Nm></Cdtr>"))).contains("the debtor has neither an account (DbtrAcct) nor a name (Dbtr/Nm)"));
        assertTrue(refused(document(8, header(1), tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>",
            parties().replace(IBAN_DE, "DE00370400440532013000")))).contains("DbtrAcct: IBAN 'DE00370400440532013000' is not valid"));
        assertTrue(refused(document(8, header(1), tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>",
            "<IntrBkSttlmDt>02.05.2024</IntrBkSttlmDt>" + parties()))).contains("the date '02.05.2024' is not an ISO 8601 date"));
        assertTrue(refused(document(8, "", tx("<EndToEndId>E1</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>", parties())))
            .contains("comes before the group header"));
    }

    @Test
    void refusesACountThatDisagreesWithTheGroupHeader() {
        String one = tx("<EndToEndId>E</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>", parties());
        assertTrue(refused(document(8, header(3), one, one)).contains("GrpHdr/NbOfTxs says 3 transactions but the message holds 2"));
        assertTrue(refused(document(8, header(0))).contains("the message holds no transaction"));
    }

    @Test
    void refusesTruncatedHostileAndOversizedFiles() {
        String full = document(8, header(1), tx("<EndToEndId>E</EndToEndId>", "<IntrBkSttlmAmt Ccy=\"EUR\">1</IntrBkSttlmAmt>", parties()));
        assertTrue(refused(full.substring(0, full.length() - 40)).contains("not well-formed XML"));
        assertTrue(refused("<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + full.substring(full.indexOf("<Document")).replace("<EndToEndId>E<", "<EndToEndId>&x;<")).contains("a DOCTYPE is not allowed"));
        PaymentFileException big = assertThrows(PaymentFileException.class, () -> read(new GeneratedPacs008(1000), new MessageLimits(100_000, 64, 1000, 1000)));
        assertTrue(big.getMessage().contains("larger than the limit of 100000 bytes"));
    }

    @Test
    void streamsAGeneratedMessageOfTwentyThousandTransactions() throws IOException {
        LongAdder count = new LongAdder();
        Payment[] last = new Payment[1];
        long n = new Pacs008Reader("gen.xml").read(new GeneratedPacs008(20_000), p -> {
            count.increment();
            last[0] = p;
        });
        assertEquals(20_000, n);
        assertEquals(20_000, count.sum());
        assertEquals(GeneratedPacs008.uuid(19_999), last[0].reference());
        assertEquals("Invoice 19999", last[0].purpose());
    }
}

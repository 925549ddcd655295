package org.issa.finance.payment.goaml;

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
import org.junit.jupiter.api.Test;

class GoamlReaderTest {

    private static List<Payment> read(InputStream in, MessageLimits limits) throws IOException {
        List<Payment> out = new ArrayList<>();
        assertEquals(new GoamlReader("r.xml", limits).read(in, out::add), out.size());
        return out;
    }

    private static List<Payment> read(String xml) throws IOException {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), MessageLimits.DEFAULT);
    }

    private static String refused(String xml) {
        return assertThrows(PaymentFileException.class, () -> read(xml)).getMessage();
    }

    static String report(String... transactions) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><report><rentity_id>77</rentity_id><submission_code>E</submission_code>"
            + "<report_code>CTR</report_code><submission_date>2024-01-10T00:00:00</submission_date><currency_code_local>EUR</currency_code_local>"
            + String.join("", transactions) + "</report>";
    }

    static String transaction(String number, String amount, String from, String to) {
        return "<transaction><transactionnumber>" + number + "</transactionnumber><date_transaction>2024-01-09T14:00:00</date_transaction>"
            + "<transmode_code>K</transmode_code>" + amount + from + to + "</transaction>";
    }

    @Test
    void readsTheReportSampleCompletely() throws IOException {
        List<Payment> payments;
        try (InputStream in = getClass().getResourceAsStream("/payments/goaml-4.0-str-issa.xml")) {
            payments = read(in, MessageLimits.DEFAULT);
        }
        assertEquals(3, payments.size());
        Payment cash = payments.get(0);
        assertEquals("1042/TRX-2024-000311", cash.reference());
        assertEquals("name:MAREK NOWACKI", cash.payerAccount());
        assertEquals("Marek Nowacki", cash.payerName());
        assertEquals("LU280019400644750000", cash.payeeAccount());
        assertEquals("Marek Nowacki", cash.payeeName(), "the account's primary signatory");
        assertEquals(new BigDecimal("9800.00"), cash.amount());
        assertEquals("EUR", cash.currency());
        assertEquals(Instant.parse("2024-03-04T10:12:00Z"), cash.time());
        assertEquals("Cash deposit", cash.purpose());
        Payment wire = payments.get(1);
        assertEquals("LU280019400644750000", wire.payerAccount());
        assertEquals("EXCBAEAD:7781200045", wire.payeeAccount(), "no IBAN: the SWIFT code with the account number");
        assertEquals("Gulfline General Trading FZE", wire.payeeName());
        assertEquals(new BigDecimal("18500.00"), wire.amount());
        Payment foreign = payments.get(2);
        assertEquals("USD", foreign.currency());
        assertEquals(new BigDecimal("10000.00"), foreign.amount(), "the foreign-currency block's amount");
        assertEquals("name:GULFLINE GENERAL TRADING FZE", foreign.payeeAccount());
    }

    @Test
    void readsAccountsByInstitutionCodeEntitiesAndSignatories() throws IOException {
        List<Payment> payments = read(report(transaction("T-1", "<amount_local>1,000.00</amount_local>".replace("1,000.00", "1000.5"),
            "<t_from_my_client><from_funds_code>A</from_funds_code><from_account><institution_code>BANK1</institution_code><account>111</account>"
                + "<signatory><is_primary>false</is_primary><t_person><first_name>Second</first_name><last_name>Holder</last_name></t_person></signatory>"
                + "<signatory><is_primary>true</is_primary><t_person><first_name>Main</first_name><last_name>Holder</last_name></t_person></signatory>"
                + "</from_account><from_country>DE</from_country></t_from_my_client>",
            "<t_to><to_funds_code>A</to_funds_code><to_account><account>222</account><t_entity><name>Acme Ltd</name></t_entity></to_account>"
                + "<to_country>GB</to_country></t_to>")));
        Payment p = payments.get(0);
        assertEquals("77/T-1", p.reference());
        assertEquals("BANK1:111", p.payerAccount());
        assertEquals("Main Holder", p.payerName());
        assertEquals("222", p.payeeAccount());
        assertEquals("Acme Ltd", p.payeeName());
        assertEquals(new BigDecimal("1000.5"), p.amount());

        Payment noPrimary = read(report(transaction("T-2", "<amount_local>3</amount_local>",
            "<t_from><from_account><account>333</account><signatory><t_person><first_name>Only</first_name>"
                + "<last_name>Signatory</last_name></t_person></signatory></from_account></t_from>",
            "<t_to><to_person><first_name>Jan</first_name><last_name>Maes</last_name></to_person></t_to>"))).get(0);
        assertEquals("333", noPrimary.payerAccount());
        assertEquals("Only Signatory", noPrimary.payerName(), "no primary signatory: the first");
        assertEquals("name:JAN MAES", noPrimary.payeeAccount());
    }

    @Test
    void refusesBrokenTransactionsNamingThem() {
        String from = "<t_from><from_person><first_name>A</first_name><last_name>B</last_name></from_person></t_from>";
        String to = "<t_to><to_entity><name>C</name></to_entity></t_to>";
        String amount = "<amount_local>10</amount_local>";
        assertTrue(refused(report(transaction("", amount, from, to))).contains("r.xml, transaction 1: transactionnumber is missing"));
        assertTrue(refused(report(transaction("T-9", "", from, to))).contains("transaction 1 (T-9): amount_local is missing"));
        assertTrue(refused(report(transaction("T-9", "<amount_local>ten</amount_local>", from, to))).contains("amount_local 'ten' is not a decimal number"));
        assertTrue(refused(report(transaction("T-9", amount, from, ""))).contains("the to side (t_to_my_client or t_to) is missing"));
        assertTrue(refused(report(transaction("T-9", amount, "<t_from><from_funds_code>K</from_funds_code></t_from>", to)))
            .contains("the from side has no from_account, from_person or from_entity"));
        assertTrue(refused(report(transaction("T-9", amount, from, "<t_to><to_account><iban>LU280019400644750001</iban></to_account></t_to>")))
            .contains("to_account: IBAN 'LU280019400644750001' is not valid"));
        assertTrue(refused(report("<transaction><transactionnumber>M-1</transactionnumber><date_transaction>2024-01-09</date_transaction>"
            + "<amount_local>5</amount_local><involved_parties/></transaction>")).contains("multi-party transactions (involved_parties) are not read"));
        assertTrue(refused(report(transaction("T-9", amount, from, to)).replace("<currency_code_local>EUR</currency_code_local>", ""))
            .contains("the report has no currency_code_local"));
        assertTrue(refused(report(transaction("T-9", amount, from, to)).replace("2024-01-09T14:00:00", "09/01/2024"))
            .contains("date_transaction '09/01/2024' is not an ISO 8601 date"));
    }

    @Test
    void refusesReportsWithoutTransactionsOtherFilesAndHostileXml() {
        assertTrue(refused(report("<activity><report_parties/></activity>")).contains("an activity report (report parties, no transactions)"));
        assertTrue(refused(report()).contains("the report holds no transaction"));
        assertTrue(refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"/>")
            .contains("the root element is <Document>; a goAML report starts with <report>"));
        assertTrue(refused("<?xml version=\"1.0\"?><!DOCTYPE report SYSTEM \"http://127.0.0.1:1/goaml.dtd\"><report/>").contains("DOCTYPE is not allowed"));
        String ok = report(transaction("T-1", "<amount_local>10</amount_local>",
            "<t_from><from_entity><name>C</name></from_entity></t_from>", "<t_to><to_entity><name>D</name></to_entity></t_to>"));
        assertTrue(refused(ok.substring(0, ok.length() - 20)).contains("not well-formed XML"));
        assertTrue(assertThrows(PaymentFileException.class, () -> read(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)),
            new MessageLimits(200, 64, 1000, 1000))).getMessage().contains("larger than the limit of 200 bytes"));
    }
}

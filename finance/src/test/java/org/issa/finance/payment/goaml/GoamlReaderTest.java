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
    void readsMultiPartyTransactionsWhereTheRolesGiveTheDirection() throws IOException {
        List<Payment> payments;
        try (InputStream in = getClass().getResourceAsStream("/payments/goaml-4.0-involved-parties-issa.xml")) {
            payments = read(in, MessageLimits.DEFAULT);
        }
        assertEquals(3, payments.size());
        Payment wire = payments.get(0);
        assertEquals("2207/MP-2024-0007", wire.reference());
        assertEquals("BE68539007547034", wire.payerAccount(), "the Originator's account_my_client, by IBAN");
        assertEquals("Vandenberghe Logistics BV", wire.payerName());
        assertEquals("EXOBCYNN:CY-0045512", wire.payeeAccount(), "the Beneficiary's account: SWIFT code and account number");
        assertEquals("Amaranth Holdings Ltd", wire.payeeName(), "the account's entity; the Intermediary is neither end");
        assertEquals(new BigDecimal("48000.00"), wire.amount());
        assertEquals("EUR", wire.currency());
        assertEquals(Instant.parse("2024-05-02T09:15:00Z"), wire.time());
        assertEquals("Consultancy fee Q1", wire.purpose());

        Payment flat = payments.get(1);
        assertEquals("name:ILSE VANDENBERGHE", flat.payerAccount(), "the Buyer pays, though listed after the Seller");
        assertEquals("Ilse Vandenberghe", flat.payerName());
        assertEquals("name:GENTSE VASTGOED NV", flat.payeeAccount());
        assertEquals("Gentse Vastgoed NV", flat.payeeName(), "entity_my_client's name");
        assertEquals("CHF", flat.currency(), "the payer's foreign_currency block");
        assertEquals(new BigDecimal("268000.00"), flat.amount());
        assertEquals(Instant.parse("2024-05-14T00:00:00Z"), flat.time());

        Payment rent = payments.get(2);
        assertEquals("BE68539007547034", rent.payerAccount(), "from/to transactions in the same report are read as before");
        assertEquals("name:MARC JANSSENS", rent.payeeAccount());
    }

    @Test
    void rolesAreReadAsWordsWhateverTheirSpelling() {
        assertEquals(TransactionRole.PAYER, TransactionRole.of("ORDERING_CUSTOMER").orElseThrow());
        assertEquals(TransactionRole.PAYER, TransactionRole.of(" Ordering customer ").orElseThrow());
        assertEquals(TransactionRole.PAYEE, TransactionRole.of("beneficiary-customer").orElseThrow());
        assertEquals(TransactionRole.INTERMEDIARY, TransactionRole.of("Intermediary Bank").orElseThrow());
        assertTrue(TransactionRole.of("Co-holder").isEmpty());
        assertTrue(TransactionRole.of("3").isEmpty(), "an FIU's numeric lookup code says nothing by itself");
    }

    private static String party(String role, String subject) {
        return "<party>" + (role.isEmpty() ? "" : "<role>" + role + "</role>") + subject + "</party>";
    }

    private static String multi(String... parties) {
        return report("<transaction><transactionnumber>M-1</transactionnumber><date_transaction>2024-01-09</date_transaction>"
            + "<amount_local>5</amount_local><involved_parties>" + String.join("", parties) + "</involved_parties></transaction>");
    }

    @Test
    void refusesMultiPartyTransactionsWhoseDirectionIsNotClearNamingThem() throws IOException {
        String alice = "<person><first_name>Alice</first_name><last_name>Martin</last_name></person>";
        String acme = "<entity><name>Acme SA</name></entity>";
        String bank = "<entity_my_client><name>Bank SA</name></entity_my_client>";
        assertEquals("name:ALICE MARTIN", read(multi(party("Payer", alice), party("Payee", acme))).get(0).payerAccount());

        String unknown = refused(multi(party("Originator", alice), party("Guarantor", bank), party("Beneficiary", acme)));
        assertTrue(unknown.contains("r.xml, transaction 1 (M-1): multi-party transaction (involved_parties) not read: the role 'Guarantor' "
            + "does not say whether the party paid or was paid"), unknown);
        assertTrue(refused(multi(party("7", alice), party("Beneficiary", acme))).contains("the role '7' does not say"));
        String two = refused(multi(party("Originator", alice), party("Sender", bank), party("Beneficiary", acme)));
        assertTrue(two.contains("transaction 1 (M-1): multi-party transaction (involved_parties) not read: 2 originator-like and 1 "
            + "beneficiary-like parties (roles Originator, Sender, Beneficiary); one of each is needed to say who paid whom"), two);
        assertTrue(refused(multi(party("Originator", alice), party("Intermediary", bank))).contains("1 originator-like and 0 beneficiary-like"));
        assertTrue(refused(multi(party("Originator", alice), party("", acme))).contains("party 2 has no role"));
        assertTrue(refused(multi(party("Originator", alice), party("Beneficiary", "<country>BE</country>")))
            .contains("transaction 1 (M-1): party 2 (Beneficiary) has no account, account_my_client, person, person_my_client, entity or entity_my_client"));
        assertTrue(refused(multi(party("Originator", "<account><iban>LU280019400644750001</iban></account>"), party("Beneficiary", acme)))
            .contains("transaction 1 (M-1), party 1 (Originator) account: IBAN 'LU280019400644750001' is not valid"));
        assertTrue(refused(multi(party("Originator", "<person><birthdate>1980-01-01</birthdate></person>"), party("Beneficiary", acme)))
            .contains("party 1 (Originator): person has no first_name or last_name"));
        String both = report("<transaction><transactionnumber>M-2</transactionnumber><date_transaction>2024-01-09</date_transaction>"
            + "<amount_local>5</amount_local><t_from><from_entity><name>X</name></from_entity></t_from>"
            + "<involved_parties>" + party("Originator", alice) + party("Beneficiary", acme) + "</involved_parties></transaction>");
        assertTrue(refused(both).contains("transaction 1 (M-2): the transaction has both involved_parties and from/to sides"));
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
            + "<amount_local>5</amount_local><involved_parties/></transaction>"))
            .contains("transaction 1 (M-1): multi-party transaction (involved_parties) not read: involved_parties holds no party"));
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

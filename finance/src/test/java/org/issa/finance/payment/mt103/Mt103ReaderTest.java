package org.issa.finance.payment.mt103;

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

class Mt103ReaderTest {

    private static List<Payment> read(InputStream in, MessageLimits limits) throws IOException {
        List<Payment> out = new ArrayList<>();
        assertEquals(new Mt103Reader("m.fin", limits).read(in, out::add), out.size());
        return out;
    }

    private static List<Payment> read(String text) throws IOException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), MessageLimits.DEFAULT);
    }

    private static String refused(String text) {
        return assertThrows(PaymentFileException.class, () -> read(text)).getMessage();
    }

    static String message(String userHeader, String text) {
        return "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}" + userHeader + "{4:\r\n" + text + "-}{5:{CHK:123456789ABC}}";
    }

    static String fields(String f50, String f59, String f32a) {
        return ":20:REF-0001\r\n:23B:CRED\r\n:32A:" + f32a + "\r\n" + f50 + f59 + ":70:INVOICE 2024/17\r\nSECOND LINE\r\n:71A:SHA\r\n";
    }

    private static final String F50K = ":50K:/BE68539007547034\r\nJOHN PAYER\r\nRUE DE LA LOI 1\r\nBRUXELLES\r\n";
    private static final String F59 = ":59:/DE89370400440532013000\r\nERIKA MUSTERMANN\r\nBERLIN\r\n";

    @Test
    void readsTheProwideRjeSampleWithAcknowledgements() throws IOException {
        List<Payment> payments;
        try (InputStream in = getClass().getResourceAsStream("/payments/MT103-bulk-with-ack.rje")) {
            payments = read(in, MessageLimits.DEFAULT);
        }
        assertEquals(3, payments.size());
        Payment first = payments.get(0);
        assertEquals("BBBBUS33/234234233", first.reference(), "no UETR: the sender's BIC (from the output MIR) and field 20");
        assertEquals("0000000000", first.payerAccount());
        assertEquals("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", first.payerName());
        assertEquals("0000000000", first.payeeAccount());
        assertEquals("BBBBBBBBBBBBBBBB", first.payeeName());
        assertEquals(new BigDecimal("3700"), first.amount());
        assertEquals("USD", first.currency());
        assertEquals(Instant.parse("2019-04-25T00:00:00Z"), first.time());
        assertEquals("/RFB/042517477151 REFERENCE:1500009007 TRANSFER", first.purpose());
        Payment second = payments.get(1);
        assertEquals("BKTRUS33/C4772342333", second.reference());
        assertEquals(new BigDecimal("1321.00"), second.amount());
        assertEquals("VICTORY FOOBAR", second.payeeName());
        assertEquals("TITHE", second.purpose());
        Payment third = payments.get(2);
        assertEquals(new BigDecimal("1417.8"), third.amount());
        assertEquals("22222222222", third.payerAccount());
        assertEquals("8888888888", third.payeeAccount());
    }

    @Test
    void readsBackToBackMessagesWithUetrAndTheOptionsOfFields50And59() throws IOException {
        String a = message("{3:{108:MUR1}{121:e0b2d8a4-3c1f-4b6e-9a57-1f2d3c4b5a69}}", fields(F50K, F59, "240315EUR1250,75"));
        String f = message("", ":20:REF-0002\r\n:23B:CRED\r\n:32A:991231GBP1000,\r\n:33B:GBP1000,\r\n"
            + ":50F:/GB29NWBK60161331926819\r\n1/SMITH JOHN\r\n1/JUNIOR\r\n2/1 HIGH STREET\r\n3/GB/LONDON\r\n"
            + ":59A:/FR1420041010050500013M02606\r\nBNPAFRPP\r\n:71A:OUR\r\n");
        String noAccount = message("", ":20:REF-0003\r\n:23B:CRED\r\n:32A:000101CHF0,50\r\n"
            + ":50K:CASH CUSTOMER\r\nZURICH\r\n:59F:1/BENEFICIARY NAME\r\n2/STREET 1\r\n:71A:BEN\r\n");
        String partyId = message("", ":20:REF-0004\n:23B:CRED\n:32A:240401EUR75,\n"
            + ":50F:CUST/BE/NBB/0123456789\n1/MAES JAN\n3/BE/GENT\n:59:/NL91ABNA0417164300\nDE VRIES BV\n:71A:SHA\n");
        List<Payment> payments = read(a + "\r\n" + f + noAccount + "$" + partyId);
        assertEquals(4, payments.size());
        assertEquals("name:MAES JAN", payments.get(3).payerAccount(), "a 50F party identifier is not an account");
        assertEquals("MAES JAN", payments.get(3).payerName());
        assertEquals("NL91ABNA0417164300", payments.get(3).payeeAccount());
        Payment first = payments.get(0);
        assertEquals("e0b2d8a4-3c1f-4b6e-9a57-1f2d3c4b5a69", first.reference());
        assertEquals("BE68539007547034", first.payerAccount());
        assertEquals("JOHN PAYER", first.payerName());
        assertEquals("DE89370400440532013000", first.payeeAccount());
        assertEquals(new BigDecimal("1250.75"), first.amount());
        assertEquals("INVOICE 2024/17 SECOND LINE", first.purpose());
        Payment second = payments.get(1);
        assertEquals("BANKBEBB/REF-0002", second.reference(), "input message: the sender from the basic header");
        assertEquals(Instant.parse("1999-12-31T00:00:00Z"), second.time());
        assertEquals("GB29NWBK60161331926819", second.payerAccount());
        assertEquals("SMITH JOHN JUNIOR", second.payerName());
        assertEquals("FR1420041010050500013M02606", second.payeeAccount());
        assertEquals("BNPAFRPP", second.payeeName());
        Payment third = payments.get(2);
        assertEquals("name:CASH CUSTOMER", third.payerAccount());
        assertEquals("name:BENEFICIARY NAME", third.payeeAccount());
        assertEquals(new BigDecimal("0.50"), third.amount());
        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), third.time());
    }

    @Test
    void refusesMissingMandatoryFieldsNamingTheFieldAndTheMessage() {
        String good = message("", fields(F50K, F59, "240315EUR1,"));
        assertTrue(refused(good + message("", fields(F50K, F59, "240315EUR1,").replace(":32A:240315EUR1,\r\n", "")))
            .matches("m\\.fin, message 2 \\(line \\d+\\) \\(:20:REF-0001\\): mandatory field :32A: is missing"));
        assertTrue(refused(message("", fields(F50K, F59, "240315EUR1,").replace(":20:REF-0001\r\n", "")))
            .contains("message 1 (line 1): mandatory field :20: is missing"));
        assertTrue(refused(message("", fields("", F59, "240315EUR1,"))).contains("mandatory field :50a: (50A, 50F, 50K) is missing"));
        assertTrue(refused(message("", fields(F50K, "", "240315EUR1,"))).contains("mandatory field :59a: (59, 59A, 59F) is missing"));
        assertTrue(refused(message("", fields(F50K, F59, "240315EUR1,").replace(":71A:SHA\r\n", ""))).contains("mandatory field :71A: is missing"));
        assertTrue(refused(message("", fields(F50K, F59, "240315EUR1,").replace(":23B:CRED\r\n", ""))).contains("mandatory field :23B: is missing"));
    }

    @Test
    void refusesBadAmountsDatesAndMessageTypes() {
        assertTrue(refused(message("", fields(F50K, F59, "240315EUR1250.75"))).contains("has a decimal point; SWIFT amounts use a decimal comma"));
        assertTrue(refused(message("", fields(F50K, F59, "240315EUR1250"))).contains("must be digits with one decimal comma"));
        assertTrue(refused(message("", fields(F50K, F59, "240315EUR0,"))).contains("the amount must be positive"));
        assertTrue(refused(message("", fields(F50K, F59, "241315EUR1,"))).contains("date '241315' is not a valid YYMMDD date"));
        assertTrue(refused(message("", fields(F50K, F59, "2403EUR1,"))).contains("is not YYMMDD, currency and amount"));
        assertTrue(refused(message("", fields(F50K, F59, "240315EUR1,")).replace("I103", "I202")).contains("this is an MT202, not an MT103"));
    }

    @Test
    void refusesTruncatedForeignAndOversizedFiles() {
        String good = message("", fields(F50K, F59, "240315EUR1,"));
        assertTrue(refused(good.substring(0, good.length() - 30)).contains("the file ends inside block {4:} (truncated)"));
        assertTrue(refused(good.replace("-}{5:", "}{5:")).contains("does not end with '-}'"));
        assertTrue(refused("<?xml version=\"1.0\"?><Document/>").contains("unexpected character '<' between SWIFT blocks"));
        assertTrue(refused("{2:I103BANKDEFFXXXXN}{4:\r\n-}").contains("starts with block {2:} instead of the basic header {1:}"));
        assertTrue(refused("{1:F01BANKBEBBAXXX0000000000}{4:\r\n-}{2:I103BANKDEFFXXXXN}").contains("repeated or out of order"));
        assertTrue(refused("").contains("no SWIFT message found"));
        assertTrue(refused("{1:F21BANKBEBBAXXX0000000000}{4:{177:1904260717}{451:0}}").contains("only acknowledgements"));
        assertTrue(refused("{1:F01BANKBEBBAXXX0000000000}{4:" + ":70:X\r\n".repeat(10_000) + "-}").contains("longer than 65536 characters"));
        byte[] many = (good + "$").repeat(200).getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(PaymentFileException.class, () -> read(new ByteArrayInputStream(many), new MessageLimits(10_000, 64, 1000, 1000)))
            .getMessage().contains("larger than the limit of 10000 bytes"));
    }
}

package org.issa.finance.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentFilesTest {

    @ParameterizedTest
    @CsvSource({
        "pacs008, pacs.008.001.07-prowide.xml, 1",
        "camt053, camt.053.001.04-postfinance.xml, 5",
        "mt103, MT103-bulk-with-ack.rje, 3",
        "goaml, goaml-4.0-str-issa.xml, 3"})
    void dispatchesEveryMessageFormatToItsReader(String format, String sample, int expected) throws IOException {
        List<Payment> payments = new ArrayList<>();
        long n;
        try (InputStream in = getClass().getResourceAsStream("/payments/" + sample)) {
            n = PaymentFiles.read(in, sample, PaymentFormat.parse(format), PaymentColumns.defaults(), payments::add);
        }
        assertEquals(expected, n);
        assertEquals(expected, payments.size());
    }

    @ParameterizedTest
    @CsvSource({
        "pacs008, goaml-4.0-str-issa.xml, no pacs.008 message found",
        "camt053, pacs.008.001.07-prowide.xml, 'this is a pacs.008.001.07 message, not camt.053'",
        "goaml, camt.053.001.04-postfinance.xml, a goAML report starts with <report>",
        "mt103, goaml-4.0-str-issa.xml, unexpected character '<' between SWIFT blocks",
        "pacs008, MT103-bulk-with-ack.rje, not well-formed XML"})
    void refusesAFileOfAnotherFormatWithTheReason(String format, String sample, String reason) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/payments/" + sample)) {
            PaymentFileException e = assertThrows(PaymentFileException.class,
                () -> PaymentFiles.read(in, sample, PaymentFormat.parse(format), PaymentColumns.defaults(), p -> { }));
            assertTrue(e.getMessage().startsWith(sample), e.getMessage());
            assertTrue(e.getMessage().contains(reason), e.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource({"csv", "pacs008"})
    void csvStillReadsAndEmptyInputIsRefused(String format) {
        InputStream empty = new ByteArrayInputStream(new byte[0]);
        assertThrows(PaymentFileException.class, () -> PaymentFiles.read(empty, "e", PaymentFormat.parse(format), PaymentColumns.defaults(), p -> { }));
    }

    @org.junit.jupiter.api.Test
    void csvWithTheDefaultMappingStillReads() throws IOException {
        byte[] csv = "from,to,amount,time\nA,B,1,2024-01-01\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, PaymentFiles.read(new ByteArrayInputStream(csv), "c.csv", PaymentFormat.CSV, PaymentColumns.defaults(), p -> { }));
    }
}

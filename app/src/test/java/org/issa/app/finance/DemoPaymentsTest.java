package org.issa.app.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.issa.app.finance.payment.DemoPayments;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFiles;
import org.issa.finance.payment.PaymentFormat;
import org.junit.jupiter.api.Test;

/** The demo payment file reads as any CSV upload would, and holds its patterns. */
class DemoPaymentsTest {

    @Test
    void theDemoFileIsValidCsvWithItsRoundTripsFanInAndDormantAccount() throws Exception {
        String csv = DemoPayments.csv(Instant.parse("2026-11-29T00:00:00Z"));
        List<Payment> read = new ArrayList<>();
        PaymentFiles.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "demo-payments.csv", PaymentFormat.CSV,
                PaymentColumns.parse(DemoPayments.COLUMNS), read::add);
        assertThat(read).hasSizeGreaterThan(3000);
        assertThat(read).filteredOn(p -> p.reference().startsWith("DEMO-RT0")).hasSize(4);
        List<Payment> ring = read.stream().filter(p -> p.reference().startsWith("DEMO-RT0")).toList();
        assertThat(ring.get(3).payeeAccount()).isEqualTo(ring.get(0).payerAccount()); // the money comes back
        List<Payment> fan = read.stream().filter(p -> p.reference().startsWith("DEMO-FAN-") && !p.reference().endsWith("OUT")).toList();
        assertThat(fan).hasSize(25).allMatch(p -> p.amount().compareTo(new java.math.BigDecimal("10000")) < 0);
        assertThat(fan.stream().map(Payment::payeeAccount).distinct()).hasSize(1);
        assertThat(read).anyMatch(p -> p.reference().equals("DEMO-DORMANT-2"));
    }
}

package org.issa.app.finance.payment;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.synthetic.SyntheticPayments;
import org.issa.finance.payment.store.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a year of synthetic payments among a few hundred accounts, imported once as a CSV file by the demo analyst
 * through the ordinary import, with patterns for the trace and typology pages - two round trips (four accounts each,
 * money back where it started, less a cut at each hop within days), a fan-in of 25 deposits just below 10,000 EUR into
 * one account passed on within two days, and a dormant account suddenly moving a large sum.
 */
@Component
@Order(6)
public class DemoPayments implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPayments.class);
    /** The demo analyst of {@link org.issa.app.demo.DemoData}, who imports the demo payments. */
    static final Principal IMPORTER = new Principal("analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final String HEADER = "reference,from,from_name,to,to_name,amount,currency,time,purpose\n";
    /** The column mapping of the demo file. */
    public static final String COLUMNS =
            "reference=reference,from=from,from_name=from_name,to=to,to_name=to_name,amount=amount,currency=currency,time=time,purpose=purpose";

    private final PaymentImports imports;
    private final Sql sql;
    private final Clock clock;
    private final boolean demo;

    public DemoPayments(PaymentImports imports, Sql sql, Clock clock, @Value("${issa.demo:false}") boolean demo) {
        this.imports = imports;
        this.sql = sql;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || sql.count("SELECT COUNT(*) FROM fin_payment_batch") > 0) {
            return;
        }
        String csv = csv(clock.instant().truncatedTo(ChronoUnit.DAYS));
        PaymentImports.Result r = imports.importFile(IMPORTER, Channel.DEMO, "demo-payments.csv", "csv",
                COLUMNS,
                "RESTREINT_UE", "AMBER", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        LOG.info("demo: {} payments imported (batch {}), {} handed to the entity store", r.receipt().stored(), r.receipt().batchId(), r.published());
    }

    /** The demo file: background payments and the patterns, as CSV. */
    public static String csv(Instant today) {
        Instant start = today.minus(Duration.ofDays(365));
        SyntheticPayments background = new SyntheticPayments(2010, 300, start, Duration.ofDays(360));
        List<Payment> payments = new ArrayList<>();
        background.generate(3000, payments::add);
        List<String> accounts = background.accounts();
        SplittableRandom r = new SplittableRandom(673);
        // two round trips
        for (int cycle = 0; cycle < 2; cycle++) {
            Instant t = today.minus(Duration.ofDays(60 - cycle * 25));
            BigDecimal amount = new BigDecimal(cycle == 0 ? "48000.00" : "125000.00");
            int[] ring = {10 + cycle * 4, 11 + cycle * 4, 12 + cycle * 4, 13 + cycle * 4, 10 + cycle * 4};
            for (int hop = 0; hop < 4; hop++) {
                payments.add(new Payment("DEMO-RT" + cycle + "-" + hop, accounts.get(ring[hop]), background.holder(ring[hop]),
                        accounts.get(ring[hop + 1]), background.holder(ring[hop + 1]), amount, "EUR", t.plus(Duration.ofHours(20L * hop + 3)),
                        hop == 0 ? "Consulting fee" : "Invoice"));
                amount = amount.multiply(new BigDecimal("0.98")).setScale(2, java.math.RoundingMode.HALF_UP);
            }
        }
        // fan-in below the reporting threshold, then passed on
        int collector = 40;
        Instant fan = today.minus(Duration.ofDays(30));
        BigDecimal collected = BigDecimal.ZERO;
        for (int i = 0; i < 25; i++) {
            BigDecimal a = new BigDecimal(9000 + r.nextInt(990)).add(new BigDecimal(r.nextInt(100)).movePointLeft(2));
            collected = collected.add(a);
            payments.add(new Payment("DEMO-FAN-" + i, accounts.get(100 + i), background.holder(100 + i), accounts.get(collector),
                    background.holder(collector), a, "EUR", fan.plus(Duration.ofHours(9L * i)), "Loan repayment"));
        }
        payments.add(new Payment("DEMO-FAN-OUT", accounts.get(collector), background.holder(collector), accounts.get(41), background.holder(41),
                collected.subtract(new BigDecimal("1500.00")), "EUR", fan.plus(Duration.ofDays(11)), "Goods"));
        // a dormant account (one small payment eleven months ago) suddenly receives and moves a large sum
        SyntheticPayments extra = new SyntheticPayments(4242, 2, start, Duration.ofDays(1));
        String dormant = extra.accounts().get(0);
        String sender = extra.accounts().get(1);
        payments.add(new Payment("DEMO-DORMANT-0", accounts.get(5), background.holder(5), dormant, extra.holder(0), new BigDecimal("150.00"),
                "EUR", today.minus(Duration.ofDays(335)), "Gift"));
        payments.add(new Payment("DEMO-DORMANT-1", sender, extra.holder(1), dormant, extra.holder(0), new BigDecimal("90000.00"), "EUR",
                today.minus(Duration.ofDays(5)), "Transfer"));
        payments.add(new Payment("DEMO-DORMANT-2", dormant, extra.holder(0), accounts.get(42), background.holder(42),
                new BigDecimal("87500.00"), "EUR", today.minus(Duration.ofDays(3)), "Transfer"));
        StringBuilder b = new StringBuilder(HEADER);
        for (Payment p : payments) {
            b.append(p.reference()).append(',').append(p.payerAccount()).append(',').append(p.payerName()).append(',').append(p.payeeAccount())
                    .append(',').append(p.payeeName()).append(',').append(p.amount().toPlainString()).append(',').append(p.currency()).append(',')
                    .append(p.time()).append(',').append(p.purpose()).append('\n');
        }
        return b.toString();
    }
}

package org.issa.finance.payment.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.issa.finance.account.Iban;
import org.issa.finance.payment.Payment;
import org.junit.jupiter.api.Test;

class SyntheticPaymentsTest {

    @Test
    void accountsAreValidIbansAndTheSameSeedGivesTheSamePayments() {
        SyntheticPayments a = new SyntheticPayments(42, 1000, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofDays(365));
        assertThat(a.accounts()).allMatch(Iban::isValid);
        List<Payment> first = new ArrayList<>();
        List<Payment> second = new ArrayList<>();
        a.generate(2000, first::add);
        new SyntheticPayments(42, 1000, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofDays(365)).generate(2000, second::add);
        assertThat(first).isEqualTo(second);
        assertThat(first).allMatch(p -> !p.payerAccount().equals(p.payeeAccount()) && p.amount().signum() > 0 && p.amount().scale() == 2);
        assertThat(first.getLast().time()).isBefore(Instant.parse("2025-01-01T00:00:00Z"));
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).time()).isAfterOrEqualTo(first.get(i - 1).time().minusSeconds(86_400));
        }
    }
}

package org.issa.finance.payment.search;

import java.math.BigDecimal;

/** A direct counterparty of the searched subject: the other side of its payments, with how many and how much (per currency). */
public record Counterparty(String account, String name, int payments, BigDecimal paidToSubject, BigDecimal paidBySubject, String currency) {
}

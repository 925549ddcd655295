package org.issa.passenger.pnr;

import java.math.BigDecimal;

/**
 * An amount of MON, TXD or FOP.
 *
 * @param qualifier the sender's qualifier ({@code T} total, {@code B} base fare, a tax code…), empty if none
 * @param amount    the amount
 * @param currency  ISO 4217 currency, empty if not sent
 */
public record MonetaryAmount(String qualifier, BigDecimal amount, String currency) {
    public MonetaryAmount {
        qualifier = Flight.nz(qualifier);
        amount = amount == null ? BigDecimal.ZERO : amount;
        currency = Flight.nz(currency);
    }
}

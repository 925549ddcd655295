package org.issa.finance.freezing;

import java.time.LocalDate;
import org.issa.finance.account.Iban;

/** An account frozen under an order: the amount held on it when frozen, in the account's currency. */
public record FrozenAccount(Iban iban, String holderName, Money frozen, LocalDate frozenOn) {
}

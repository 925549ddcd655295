package org.issa.finance.freezing;

import java.time.LocalDate;
import org.issa.finance.account.Iban;

/** A release of frozen funds from one account, granted by a competent authority on a date. */
public record Licence(String id, LicenceKind kind, Iban iban, Money released, String authority, String reference, LocalDate grantedOn,
                      String grantedBy) {
}

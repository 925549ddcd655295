package org.issa.finance.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.finance.account.Bic;

/** An account row as stored, before its parties are attached. */
record StoredAccount(String submissionId, int acctNo, String identifier, AccountKind kind, String bic, String currency,
                     String underlying, Optional<LocalDate> opened, Optional<LocalDate> closed, long line) {

    RegisterAccount toAccount(List<Party> parties) {
        return new RegisterAccount(identifier, kind, new Bic(bic), currency, underlying, opened, closed, parties);
    }
}

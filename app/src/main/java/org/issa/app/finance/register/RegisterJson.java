package org.issa.app.finance.register;

import java.util.List;
import org.issa.finance.register.AccountRecord;
import org.issa.finance.register.Party;
import org.issa.finance.register.Submission;

/** The register's values as the API writes them. */
final class RegisterJson {

    private RegisterJson() {
    }

    record SubmissionView(String id, String bank, String bankName, String receivedAt, String contentHash, String format, String source,
                          int accounts, int parties, String loadedBy, String status, String replacedAt, String replacedBy, String marking) {
        static SubmissionView of(Submission s) {
            return new SubmissionView(s.id(), s.bankBic(), s.bankName(), s.receivedAt().toString(), s.contentHash(), s.format(),
                    s.sourceName(), s.accounts(), s.parties(), s.loadedBy(), s.status(), s.replacedAt().map(Object::toString).orElse(null),
                    s.replacedBy().orElse(null), s.marking().banner());
        }
    }

    record PartyView(String role, String type, String name, String birthDate, String nationalId, String nationality) {
        static PartyView of(Party p) {
            return new PartyView(p.role().name(), p.company() ? "COMPANY" : "PERSON", p.name(),
                    p.birthDate().map(Object::toString).orElse(null), p.nationalId(), p.nationality());
        }
    }

    record AccountView(String identifier, String kind, String bic, String bankName, String currency, String underlying, String opened,
                       String closed, List<PartyView> parties, String submission, String receivedAt, String status, String marking) {
        static AccountView of(AccountRecord r) {
            var a = r.account();
            return new AccountView(a.identifier(), a.kind().name(), a.bic().value(), r.bankName(), a.currency(), a.underlying(),
                    a.opened().map(Object::toString).orElse(null), a.closed().map(Object::toString).orElse(null),
                    a.parties().stream().map(PartyView::of).toList(), r.submissionId(), r.receivedAt().toString(), r.status(),
                    r.marking().banner());
        }
    }
}

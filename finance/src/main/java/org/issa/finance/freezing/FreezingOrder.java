package org.issa.finance.freezing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A freezing order: the legal act and article it applies, the listed person or entity, where the listing comes
 * from, the frozen accounts, the licences granted, and its lifting, if lifted.
 */
public record FreezingOrder(String id, String reference, Regime regime, String legalAct, String article, String subjectName,
                            SubjectKind subjectKind, Optional<LocalDate> subjectBirthDate, ListSource source, LocalDate issuedOn,
                            LocalDate effectiveFrom, Optional<LocalDate> liftedOn, Optional<String> liftReason,
                            List<FrozenAccount> accounts, List<Licence> licences, Instant createdAt, String createdBy, int version,
                            Marking marking) {

    public enum SubjectKind { PERSON, ENTITY }

    public FreezingOrder {
        accounts = List.copyOf(accounts);
        licences = List.copyOf(licences);
    }

    public boolean inForce(LocalDate day) {
        return !effectiveFrom.isAfter(day) && liftedOn.map(l -> l.isAfter(day)).orElse(true);
    }

    /** The list the funds are registered under: the sanctions list's name, or the regime's label without one. */
    public String listLabel() {
        return source.isListed() ? source.listName() : regime.label();
    }
}

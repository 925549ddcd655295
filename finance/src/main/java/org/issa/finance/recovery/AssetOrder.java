package org.issa.finance.recovery;

import java.time.Instant;
import java.time.LocalDate;
import org.issa.finance.freezing.Money;

/** A freezing or confiscation order on an asset: the court's reference, the authority, the offence, the date and the value. */
public record AssetOrder(String id, String assetId, Type type, String courtReference, String authority, OffenceType offence,
                         LocalDate issuedOn, Money value, Instant recordedAt, String recordedBy) {

    public enum Type { FREEZING, CONFISCATION }
}

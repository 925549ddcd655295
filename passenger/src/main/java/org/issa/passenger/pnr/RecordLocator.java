package org.issa.passenger.pnr;

import java.time.Instant;
import java.util.Optional;

/**
 * An RCI reservation control: {@code airline:locator:type:ddmmyy:hhmm}.
 *
 * @param airline   the airline or reservation system owning the locator (e.g. {@code 1A}, {@code SQ})
 * @param locator   the record locator
 * @param type      the control type, empty for a reservation locator, {@code C} for a DCS reference
 * @param createdAt the creation time, taken as UTC
 */
@Annex({AnnexItem.RECORD_LOCATOR, AnnexItem.RESERVATION_DATE})
public record RecordLocator(String airline, String locator, String type, Optional<Instant> createdAt) {
    public RecordLocator {
        airline = Flight.nz(airline);
        locator = Flight.nz(locator);
        type = Flight.nz(type);
        createdAt = createdAt == null ? Optional.empty() : createdAt;
    }
}

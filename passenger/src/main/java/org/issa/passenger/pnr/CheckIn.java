package org.issa.passenger.pnr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A passenger's check-in on one leg (GR.6 DAT/ORG, GR.7 TRI/TIF/SSD/TBD).
 *
 * @param passengerRef   the traveller reference (TRI/TIF)
 * @param surname        the name at check-in
 * @param givenNames     the given names at check-in
 * @param checkedInAt    DAT+2 check-in time, UTC
 * @param agent          the check-in agent or airline (GR.6 ORG) as sent
 * @param sequenceNumber the boarding/check-in sequence (TRI), as sent
 * @param seat           the seat (SSD), empty if none
 * @param cabin          the cabin class (SSD), empty if none
 * @param boardingStatus boarding or no-show status as sent, empty if none
 * @param bags           checked bags (TBD)
 */
public record CheckIn(
        String passengerRef,
        @Annex(AnnexItem.NAMES) String surname,
        @Annex(AnnexItem.NAMES) String givenNames,
        @Annex(AnnexItem.TRAVEL_STATUS) Optional<Instant> checkedInAt,
        @Annex(AnnexItem.TRAVEL_STATUS) String agent,
        @Annex(AnnexItem.TRAVEL_STATUS) String sequenceNumber,
        @Annex(AnnexItem.SEAT) String seat,
        @Annex(AnnexItem.SEAT) String cabin,
        @Annex(AnnexItem.TRAVEL_STATUS) String boardingStatus,
        @Annex(AnnexItem.BAGGAGE) List<Baggage> bags) {
    public CheckIn {
        passengerRef = Flight.nz(passengerRef);
        surname = Flight.nz(surname);
        givenNames = Flight.nz(givenNames);
        checkedInAt = checkedInAt == null ? Optional.empty() : checkedInAt;
        agent = Flight.nz(agent);
        sequenceNumber = Flight.nz(sequenceNumber);
        seat = Flight.nz(seat);
        cabin = Flight.nz(cabin);
        boardingStatus = Flight.nz(boardingStatus);
        bags = List.copyOf(bags);
    }
}

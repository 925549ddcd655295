package org.issa.passenger.pnr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One PNR (PNRGOV GR.1). Times in {@link Instant} are UTC as PNRGOV DAT times are; flight times are local.
 *
 * @param recordLocators  RCI: the reservation system(s)' locators; may be empty (RCI is "commonly not included")
 * @param createdAt       the reservation date (RCI date/time)
 * @param lastChangedAt   DAT 700: the last PNR transaction
 * @param ticketIssuedAt  DAT 710: ticket issue
 * @param originator      the booking originator, travel agency or airline office (GR.1 ORG)
 * @param contacts        PNR-level addresses, phones and e-mails (ADD, IFT contact, SSR CTCx)
 * @param passengers      the travellers (GR.2)
 * @param legs            the itinerary (GR.5), in the order sent
 * @param splits          split/divided PNR information (GR.8)
 * @param otherServices   non-air services (GR.9: hotel, car…)
 * @param services        PNR-level SSRs not bound to one passenger or flight
 * @param remarks         PNR-level free text (IFT OSI and other remarks)
 * @param baggage         PNR-level baggage (EBD in GR.1)
 * @param history         the history of changes (GR.10-12, LTS)
 */
public record Booking(
        @Annex(AnnexItem.RECORD_LOCATOR) List<RecordLocator> recordLocators,
        @Annex(AnnexItem.RESERVATION_DATE) Optional<Instant> createdAt,
        @Annex(AnnexItem.RESERVATION_DATE) Optional<Instant> lastChangedAt,
        @Annex(AnnexItem.TICKETING) Optional<Instant> ticketIssuedAt,
        @Annex(AnnexItem.TRAVEL_AGENCY) Optional<BookingOriginator> originator,
        @Annex(AnnexItem.ADDRESS_CONTACT) List<Contact> contacts,
        List<Passenger> passengers,
        @Annex(AnnexItem.ITINERARY) List<ItineraryLeg> legs,
        @Annex(AnnexItem.SPLIT_PNR) List<SplitPnr> splits,
        @Annex(AnnexItem.ITINERARY) List<OtherService> otherServices,
        List<SpecialService> services,
        List<Remark> remarks,
        @Annex(AnnexItem.BAGGAGE) List<Baggage> baggage,
        @Annex(AnnexItem.HISTORY) List<HistoryEntry> history) {

    public Booking {
        recordLocators = List.copyOf(recordLocators);
        createdAt = createdAt == null ? Optional.empty() : createdAt;
        lastChangedAt = lastChangedAt == null ? Optional.empty() : lastChangedAt;
        ticketIssuedAt = ticketIssuedAt == null ? Optional.empty() : ticketIssuedAt;
        originator = originator == null ? Optional.empty() : originator;
        contacts = List.copyOf(contacts);
        passengers = List.copyOf(passengers);
        legs = List.copyOf(legs);
        splits = List.copyOf(splits);
        otherServices = List.copyOf(otherServices);
        services = List.copyOf(services);
        remarks = List.copyOf(remarks);
        baggage = List.copyOf(baggage);
        history = List.copyOf(history);
    }

    /** The first record locator's code, or empty when the carrier sent none. */
    public String locator() {
        return recordLocators.isEmpty() ? "" : recordLocators.get(0).locator();
    }

    /**
     * The key that identifies this booking across pushes: the first locator with its airline, e.g. {@code 1A/3PGZOV};
     * empty when no RCI was sent (storage then keys on the passengers and flight).
     */
    public String bookingKey() {
        return recordLocators.isEmpty() ? "" : recordLocators.get(0).airline() + "/" + recordLocators.get(0).locator();
    }

    /** Annex I item 17: the number of travellers on the PNR. */
    @Annex(AnnexItem.TRAVELLERS)
    public int travellerCount() {
        return passengers.size();
    }

    /** A copy with other passengers (used by the sensitive-data filter and masking). */
    public Booking withPassengers(List<Passenger> p) {
        return new Booking(recordLocators, createdAt, lastChangedAt, ticketIssuedAt, originator, contacts, p, legs, splits,
                otherServices, services, remarks, baggage, history);
    }

    /** A copy with other PNR-level SSRs, remarks, legs and history. */
    public Booking withFreeText(List<SpecialService> s, List<Remark> r, List<ItineraryLeg> l, List<HistoryEntry> h) {
        return new Booking(recordLocators, createdAt, lastChangedAt, ticketIssuedAt, originator, contacts, passengers, l, splits,
                otherServices, s, r, baggage, h);
    }
}

package org.issa.passenger.pnr;

import java.util.List;
import java.util.Optional;

/**
 * A traveller on a PNR (GR.2). Names are kept as sent: AIRIMP glues titles to given names ({@code ISABELLE MRS}) and
 * line-wrapping may split tokens; matching, not ingest, deals with that.
 *
 * @param ref                 the traveller reference (TIF, links SSRs and check-in), {@code P<n>} when none was sent
 * @param surname             the surname as sent
 * @param givenNames          given names and title as sent
 * @param type                adult, child, infant, group
 * @param accompaniedByInfant the TIF infant indicator
 * @param uniqueId            the REF unique passenger reference, empty if none
 * @param documents           travel documents (SSR DOCS, and DOCO visas), de-duplicated
 * @param apiAddresses        SSR DOCA addresses (residence, destination)
 * @param frequentFlyers      FTI and SSR FQTV
 * @param contacts            the passenger's addresses, phones and e-mails (ADD, SSR CTCx)
 * @param tickets             tickets with their fares and payments (GR.3/4)
 * @param services            SSRs of this passenger other than documents and frequent flyer
 * @param remarks             free text about the passenger (IFT)
 * @param baggage             excess or prepaid baggage (EBD)
 */
public record Passenger(
        String ref,
        @Annex(AnnexItem.NAMES) String surname,
        @Annex(AnnexItem.NAMES) String givenNames,
        @Annex(AnnexItem.TRAVELLERS) PassengerType type,
        @Annex(AnnexItem.TRAVELLERS) boolean accompaniedByInfant,
        @Annex(AnnexItem.TICKETING) String uniqueId,
        @Annex(AnnexItem.API_DATA) List<TravelDocument> documents,
        @Annex(AnnexItem.API_DATA) List<Address> apiAddresses,
        @Annex(AnnexItem.FREQUENT_FLYER) List<FrequentFlyer> frequentFlyers,
        @Annex(AnnexItem.ADDRESS_CONTACT) List<Contact> contacts,
        @Annex(AnnexItem.TICKETING) List<Ticket> tickets,
        List<SpecialService> services,
        List<Remark> remarks,
        @Annex(AnnexItem.BAGGAGE) List<Baggage> baggage) {

    public Passenger {
        ref = Flight.nz(ref);
        surname = Flight.nz(surname);
        givenNames = Flight.nz(givenNames);
        type = type == null ? PassengerType.UNKNOWN : type;
        uniqueId = Flight.nz(uniqueId);
        documents = List.copyOf(documents);
        apiAddresses = List.copyOf(apiAddresses);
        frequentFlyers = List.copyOf(frequentFlyers);
        contacts = List.copyOf(contacts);
        tickets = List.copyOf(tickets);
        services = List.copyOf(services);
        remarks = List.copyOf(remarks);
        baggage = List.copyOf(baggage);
    }

    /** The full name as {@code SURNAME/GIVEN}. */
    @Annex(AnnexItem.NAMES)
    public String fullName() {
        return givenNames.isEmpty() ? surname : surname + "/" + givenNames;
    }

    /** The first passport or identity document, if any. */
    public Optional<TravelDocument> primaryDocument() {
        return documents.stream().filter(d -> !d.isVisa()).findFirst();
    }

    /** A copy with other SSRs and remarks (used by the sensitive-data filter). */
    public Passenger withFreeText(List<SpecialService> s, List<Remark> r) {
        return new Passenger(ref, surname, givenNames, type, accompaniedByInfant, uniqueId, documents, apiAddresses,
                frequentFlyers, contacts, tickets, s, r, baggage);
    }
}

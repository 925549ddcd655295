package org.issa.passenger.pnr;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person on a PAXLST (NAD+FL/FM and its group): all of it is API data, Annex I item 18.
 *
 * @param role             passenger, crew, in transit
 * @param surname          NAD surname
 * @param givenNames       NAD given names
 * @param gender           ATT+2 ({@code M F U X})
 * @param birthDate        DTM+329
 * @param placeOfBirth     LOC+180
 * @param nationality      NAT+2
 * @param residenceCountry LOC+174
 * @param embarkation      LOC+178
 * @param debarkation      LOC+179
 * @param address          the NAD street address, if sent
 * @param documents        DOC groups
 * @param reservationRef   RFF+AVF: the PNR record locator
 * @param passengerRef     RFF+ABO
 * @param seat             RFF+SEA
 * @param bagTags          FTX+BAG tag numbers
 * @param verified         GEI+4+173
 */
@Annex(AnnexItem.API_DATA)
public record ApiPerson(ApiRole role, String surname, String givenNames, String gender, Optional<LocalDate> birthDate,
                        String placeOfBirth, String nationality, String residenceCountry, String embarkation, String debarkation,
                        Optional<Address> address, List<TravelDocument> documents, String reservationRef, String passengerRef,
                        String seat, List<String> bagTags, boolean verified) {
    public ApiPerson {
        role = role == null ? ApiRole.UNKNOWN : role;
        surname = Flight.nz(surname);
        givenNames = Flight.nz(givenNames);
        gender = Flight.nz(gender);
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        placeOfBirth = Flight.nz(placeOfBirth);
        nationality = Flight.nz(nationality);
        residenceCountry = Flight.nz(residenceCountry);
        embarkation = Flight.nz(embarkation);
        debarkation = Flight.nz(debarkation);
        address = address == null ? Optional.empty() : address;
        documents = List.copyOf(documents);
        reservationRef = Flight.nz(reservationRef);
        passengerRef = Flight.nz(passengerRef);
        seat = Flight.nz(seat);
        bagTags = List.copyOf(bagTags);
    }
}

package org.issa.passenger.pnr;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A travel document: SSR DOCS ({@code /P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISABELLE RUTH/}), SSR DOCO (visa),
 * PAXLST DOC or XML DOC_SSR. Two-digit years are resolved so that a birth date lies in the past and an expiry date
 * within fifty years ahead of the message.
 *
 * @param type           document type code: {@code P} passport, {@code I} identity card, {@code V} visa, {@code A}, {@code C}…
 * @param issuingCountry issuing state as sent (2- or 3-letter)
 * @param number         document number
 * @param nationality    holder's nationality as sent
 * @param birthDate      holder's date of birth
 * @param gender         {@code M F MI FI U X} as sent
 * @param expiry         expiry date
 * @param surname        holder's surname on the document
 * @param givenNames     holder's given names on the document
 * @param issuePlace     place of issue (DOCO, PAXLST LOC+91), empty if not sent
 * @param issueDate      date of issue (DOCO), if sent
 * @param placeOfBirth   place of birth (DOCO, PAXLST LOC+180), empty if not sent
 */
@Annex(AnnexItem.API_DATA)
public record TravelDocument(String type, String issuingCountry, String number, String nationality, Optional<LocalDate> birthDate,
                             String gender, Optional<LocalDate> expiry, String surname, String givenNames, String issuePlace,
                             Optional<LocalDate> issueDate, String placeOfBirth) {
    public TravelDocument {
        type = Flight.nz(type);
        issuingCountry = Flight.nz(issuingCountry);
        number = Flight.nz(number);
        nationality = Flight.nz(nationality);
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        gender = Flight.nz(gender);
        expiry = expiry == null ? Optional.empty() : expiry;
        surname = Flight.nz(surname);
        givenNames = Flight.nz(givenNames);
        issuePlace = Flight.nz(issuePlace);
        issueDate = issueDate == null ? Optional.empty() : issueDate;
        placeOfBirth = Flight.nz(placeOfBirth);
    }

    public boolean isVisa() {
        return "V".equals(type);
    }
}

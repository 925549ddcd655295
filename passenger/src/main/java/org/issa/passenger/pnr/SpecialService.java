package org.issa.passenger.pnr;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A special service request (SSR {@code code:status:quantity:carrier:::board:off:text}, with the traveller reference).
 * Documents (DOCS/DOCO/DOCA) and frequent-flyer SSRs are read into their own records; this keeps the others.
 *
 * @param code         the four-letter SSR code ({@code WCHR}, {@code SEAT}, {@code UMNR}…)
 * @param status       the action/status code ({@code HK}, {@code NN}…)
 * @param quantity     the number of services, 1 when not sent
 * @param carrier      the airline the request is for
 * @param boardPoint   the leg's board point, empty for all legs
 * @param offPoint     the leg's off point, empty for all legs
 * @param text         the free text
 * @param passengerRef the traveller reference it is bound to, empty when not bound
 */
public record SpecialService(String code, String status, int quantity, String carrier, String boardPoint, String offPoint, String text,
                             String passengerRef) {

    private static final Map<String, AnnexItem> ITEMS = Map.ofEntries(
            Map.entry("DOCS", AnnexItem.API_DATA), Map.entry("DOCO", AnnexItem.API_DATA), Map.entry("DOCA", AnnexItem.API_DATA),
            Map.entry("PSPT", AnnexItem.API_DATA), Map.entry("FOID", AnnexItem.API_DATA),
            Map.entry("FQTV", AnnexItem.FREQUENT_FLYER), Map.entry("FQTS", AnnexItem.FREQUENT_FLYER),
            Map.entry("FQTR", AnnexItem.FREQUENT_FLYER), Map.entry("FQTU", AnnexItem.FREQUENT_FLYER),
            Map.entry("CTCE", AnnexItem.ADDRESS_CONTACT), Map.entry("CTCM", AnnexItem.ADDRESS_CONTACT),
            Map.entry("CTCH", AnnexItem.ADDRESS_CONTACT), Map.entry("CTCB", AnnexItem.ADDRESS_CONTACT),
            Map.entry("CTCR", AnnexItem.ADDRESS_CONTACT), Map.entry("PCTC", AnnexItem.ADDRESS_CONTACT),
            Map.entry("SEAT", AnnexItem.SEAT), Map.entry("NSST", AnnexItem.SEAT), Map.entry("SMST", AnnexItem.SEAT),
            Map.entry("RQST", AnnexItem.SEAT), Map.entry("EXST", AnnexItem.SEAT), Map.entry("CBBG", AnnexItem.SEAT),
            Map.entry("UMNR", AnnexItem.GENERAL_REMARKS),
            Map.entry("XBAG", AnnexItem.BAGGAGE), Map.entry("BAGO", AnnexItem.BAGGAGE), Map.entry("PDBG", AnnexItem.BAGGAGE),
            Map.entry("FRAG", AnnexItem.BAGGAGE), Map.entry("SPEQ", AnnexItem.BAGGAGE), Map.entry("BIKE", AnnexItem.BAGGAGE),
            Map.entry("TKNE", AnnexItem.TICKETING), Map.entry("TKNA", AnnexItem.TICKETING), Map.entry("TKNM", AnnexItem.TICKETING),
            Map.entry("ASVC", AnnexItem.TICKETING),
            Map.entry("INFT", AnnexItem.TRAVELLERS), Map.entry("CHLD", AnnexItem.TRAVELLERS),
            Map.entry("GRPS", AnnexItem.TRAVELLERS), Map.entry("GRPF", AnnexItem.TRAVELLERS),
            Map.entry("OTHS", AnnexItem.GENERAL_REMARKS), Map.entry("TKTL", AnnexItem.TICKETING));

    public SpecialService {
        code = Flight.nz(code).toUpperCase(Locale.ROOT);
        status = Flight.nz(status);
        quantity = Math.max(1, quantity);
        carrier = Flight.nz(carrier);
        boardPoint = Flight.nz(boardPoint);
        offPoint = Flight.nz(offPoint);
        text = Flight.nz(text);
        passengerRef = Flight.nz(passengerRef);
    }

    /**
     * The Annex I item an SSR of this code carries, or empty when the code carries no Annex I item (meal and medical
     * codes among them: the sensitive-data filter names those). {@code SPML} (special meal, unspecified) is
     * general remark only after its free text passed the sensitive-data filter.
     */
    public Optional<AnnexItem> annexItem() {
        return Optional.ofNullable(ITEMS.get(code));
    }
}

package org.issa.passenger.pnr;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The 19 PNR data items of Annex I of Directive (EU) 2016/681, in the Annex's order, with the Article 12(2) masking
 * group each belongs to. Only these items may be kept (Article 6(1)); anything else is deleted on receipt.
 */
public enum AnnexItem {
    RECORD_LOCATOR(1, "PNR record locator", null),
    RESERVATION_DATE(2, "Date of reservation/issue of ticket", null),
    TRAVEL_DATES(3, "Date(s) of intended travel", null),
    NAMES(4, "Name(s)", MaskGroup.A_NAMES),
    ADDRESS_CONTACT(5, "Address and contact information (telephone number, e-mail address)", MaskGroup.B_ADDRESS_CONTACT),
    PAYMENT(6, "All forms of payment information, including billing address", MaskGroup.C_PAYMENT),
    ITINERARY(7, "Complete travel itinerary for specific PNR", null),
    FREQUENT_FLYER(8, "Frequent flyer information", MaskGroup.D_FREQUENT_FLYER),
    TRAVEL_AGENCY(9, "Travel agency/travel agent", null),
    TRAVEL_STATUS(10, "Travel status of passenger, including confirmations, check-in status, no-show or go-show information", null),
    SPLIT_PNR(11, "Split/divided PNR information", null),
    GENERAL_REMARKS(12, "General remarks (including all available information on unaccompanied minors under 18 years)", MaskGroup.E_GENERAL_REMARKS),
    TICKETING(13, "Ticketing field information, including ticket number, date of ticket issuance, one-way tickets, automated ticket fare quote fields", null),
    SEAT(14, "Seat number and other seat information", null),
    CODE_SHARE(15, "Code share information", null),
    BAGGAGE(16, "All baggage information", null),
    TRAVELLERS(17, "Number and other names of travellers on the PNR", MaskGroup.A_NAMES),
    API_DATA(18, "Any advance passenger information (API) data collected", MaskGroup.F_API_DATA),
    HISTORY(19, "All historical changes to the PNR listed in numbers 1 to 18", null);

    private static final Set<AnnexItem> MASKED = Collections.unmodifiableSet(EnumSet.copyOf(
            Arrays.stream(values()).filter(i -> i.maskGroup != null).toList()));

    private final int number;
    private final String title;
    private final MaskGroup maskGroup;

    AnnexItem(int number, String title, MaskGroup maskGroup) {
        this.number = number;
        this.title = title;
        this.maskGroup = maskGroup;
    }

    /** The item's number in Annex I (1 to 19). */
    public int number() {
        return number;
    }

    /** The item's wording in Annex I (English version). */
    public String title() {
        return title;
    }

    /** The Article 12(2) group the item is masked under, if any. */
    public Optional<MaskGroup> maskGroup() {
        return Optional.ofNullable(maskGroup);
    }

    /**
     * The items Article 12(2) depersonalises six months after transfer: 4, 5, 6, 8, 12, 17 and 18. Item 19 (history) is
     * not listed itself, but a history entry is masked when the item it is about is masked, and an unstructured
     * history line (whose subject is unknown) is masked whole: see {@link HistoryEntry#maskedAfterSixMonths()}.
     */
    public static Set<AnnexItem> maskedAfterSixMonths() {
        return MASKED;
    }

    /** Whether Article 12(2) masks this item after six months. */
    public boolean isMaskedAfterSixMonths() {
        return maskGroup != null;
    }

    /** The item with this Annex I number. */
    public static AnnexItem ofNumber(int number) {
        if (number < 1 || number > 19) {
            throw new IllegalArgumentException("Annex I has items 1 to 19, not " + number);
        }
        return values()[number - 1];
    }
}

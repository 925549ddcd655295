package org.issa.passenger.pnr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnnexItemTest {

    @Test
    void nineteenItemsInTheAnnexOrder() {
        assertEquals(19, AnnexItem.values().length);
        for (int n = 1; n <= 19; n++) {
            assertEquals(n, AnnexItem.ofNumber(n).number());
        }
        assertThrows(IllegalArgumentException.class, () -> AnnexItem.ofNumber(20));
        assertThrows(IllegalArgumentException.class, () -> AnnexItem.ofNumber(0));
    }

    @Test
    void article12_2MasksNamesContactPaymentFrequentFlyerRemarksTravellersAndApi() {
        Set<Integer> masked = AnnexItem.maskedAfterSixMonths().stream().map(AnnexItem::number).collect(Collectors.toSet());
        assertEquals(Set.of(4, 5, 6, 8, 12, 17, 18), masked);
        assertEquals(Optional.of(MaskGroup.A_NAMES), AnnexItem.TRAVELLERS.maskGroup());
        assertEquals(Optional.of(MaskGroup.F_API_DATA), AnnexItem.API_DATA.maskGroup());
        assertFalse(AnnexItem.RECORD_LOCATOR.isMaskedAfterSixMonths());
    }

    @Test
    void historyEntryIsMaskedWhenItsSubjectIsOrUnknown() {
        HistoryEntry lts = new HistoryEntry(1, HistoryAction.UNSTRUCTURED, Optional.empty(), "", Optional.empty(), "x");
        HistoryEntry seat = new HistoryEntry(2, HistoryAction.ADDED, Optional.of(AnnexItem.SEAT), "", Optional.empty(), "x");
        HistoryEntry name = new HistoryEntry(3, HistoryAction.ADDED, Optional.of(AnnexItem.NAMES), "", Optional.empty(), "x");
        assertTrue(lts.maskedAfterSixMonths());
        assertFalse(seat.maskedAfterSixMonths());
        assertTrue(name.maskedAfterSixMonths());
    }

    /** Every component that holds passenger data is tagged, itself or through the record type it holds. */
    @Test
    void everyDataComponentCarriesAnAnnexTag() {
        List<String> untagged = new ArrayList<>();
        check(Booking.class, untagged, new java.util.HashSet<>());
        check(PnrMessage.class, untagged, new java.util.HashSet<>());
        assertEquals(List.of(), untagged);
    }

    private static final Set<String> NOT_DATA = Set.of("ref", "passengerRef", "sequence", "position", "reference",
            "interchangeReference", "format", "version", "pushType", "sender", "recipient", "carrier", "preparedAt",
            "commonAccessReference", "parts", "declaredPnrCount", "quarantined", "qualifier", "kind", "type", "code",
            "status", "quantity", "text", "boardPoint", "offPoint", "purpose", "amount", "currency");

    private static void check(Class<?> type, List<String> untagged, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        boolean typeTagged = type.isAnnotationPresent(Annex.class);
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> held = held(c.getGenericType());
            boolean tagged = typeTagged || c.isAnnotationPresent(Annex.class) || held.isAnnotationPresent(Annex.class);
            boolean freeText = held == SpecialService.class || held == Remark.class; // tagged per code by annexItem()
            if (!tagged && !freeText && !NOT_DATA.contains(c.getName()) && !held.isRecord()) {
                untagged.add(type.getSimpleName() + "." + c.getName());
            }
            if (!tagged && !NOT_DATA.contains(c.getName())) {
                check(held, untagged, seen); // a tagged holder covers the record it holds (an Address under item 5 or 6)
            }
        }
    }

    private static Class<?> held(Type t) {
        if (t instanceof ParameterizedType p) {
            return held(p.getActualTypeArguments()[0]);
        }
        return t instanceof Class<?> c ? c : Object.class;
    }
}

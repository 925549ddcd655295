package org.issa.passenger.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.keep.KeepFilter;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.store.BookingJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booking stored as JSON reads back as the booking it was, for every booking of generated traffic (every Annex I item),
 * as received and as kept, and for the real sample; JSON written before empty values were left out (every value written)
 * still reads back the same.
 */
class StoredJsonRoundTripTest {

    /** The stored form before empty values were left out: every value written, nulls included. */
    private static final JsonMapper EVERY_VALUE = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    @Test
    void everyBookingReadsBackAsItWasStored() throws Exception {
        List<Booking> bookings = new ArrayList<>();
        PassengerMessages reader = new PassengerMessages();
        TrafficGenerator g = new TrafficGenerator(2016_681);
        KeepFilter keep = new KeepFilter();
        for (int i = 0; i < 400; i++) {
            for (PnrMessage m : reader.read(g.nextPnrgov().bytes()).pnrMessages()) {
                for (Booking b : m.bookings()) {
                    bookings.add(b);
                    bookings.add(keep.keep(b).booking());
                }
            }
        }
        try (InputStream in = StoredJsonRoundTripTest.class.getResourceAsStream("/pnr/01-pnrgov-11.1-staedi-single-pnr-with-history.edi")) {
            for (PnrMessage m : reader.read(in.readAllBytes()).pnrMessages()) {
                bookings.addAll(m.bookings());
            }
        }
        long compact = 0;
        long full = 0;
        for (Booking b : bookings) {
            String json = BookingJson.write(b);
            String before = EVERY_VALUE.writeValueAsString(b);
            compact += json.length();
            full += before.length();
            RecordDiff.first(b, BookingJson.read(json), "stored").ifPresent(d -> fail(d + "\n" + json));
            RecordDiff.first(b, BookingJson.read(before), "stored before").ifPresent(d -> fail(d + "\n" + before));
        }
        assertTrue(bookings.size() > 2000, "bookings: " + bookings.size());
        assertTrue(compact < full * 0.8, "empty values left out: " + compact + " characters against " + full);
        assertEquals(BookingJson.read(BookingJson.write(bookings.getFirst())), bookings.getFirst());
    }
}

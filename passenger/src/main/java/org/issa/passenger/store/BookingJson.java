package org.issa.passenger.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.issa.passenger.pnr.Booking;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booking of the ingest model as stored JSON and back: record components only (no derived getters), dates as
 * ISO-8601 text, so that a version reads back as the booking it stored.
 */
public final class BookingJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private BookingJson() {
    }

    public static String write(Booking b) {
        return JSON.writeValueAsString(b);
    }

    public static Booking read(String json) {
        return JSON.readValue(json, Booking.class);
    }

    /** The mapper, for other records of the ingest model (the vault keeps API travellers the same way). */
    public static JsonMapper mapper() {
        return JSON;
    }
}

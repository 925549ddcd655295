package org.issa.passenger.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.issa.passenger.pnr.Booking;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booking of the ingest model as stored JSON and back: record components only (no derived getters), dates as
 * ISO-8601 text, so that a version reads back as the booking it stored. Empty texts, lists and options and absent values
 * are left out of the JSON (a third of a booking's size: less to write, store and read back); when reading, a text, list,
 * map or option left out reads as empty. JSON stored before, with every value written out, reads as it always did.
 */
public final class BookingJson {

    private static final JsonSetter.Value EMPTY_WHEN_NULL = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .withConfigOverride(String.class, o -> o.setNullHandling(EMPTY_WHEN_NULL))
            .withConfigOverride(java.util.List.class, o -> o.setNullHandling(EMPTY_WHEN_NULL))
            .withConfigOverride(java.util.Set.class, o -> o.setNullHandling(EMPTY_WHEN_NULL))
            .withConfigOverride(java.util.Map.class, o -> o.setNullHandling(EMPTY_WHEN_NULL))
            .withConfigOverride(java.util.Optional.class, o -> o.setNullHandling(EMPTY_WHEN_NULL))
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

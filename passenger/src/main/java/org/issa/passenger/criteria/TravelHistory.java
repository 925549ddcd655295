package org.issa.passenger.criteria;

import java.util.List;

/**
 * What the stored data say about a traveller's earlier journeys, counted back from the departure being assessed.
 *
 * @param trips30d     other bookings departing in the 30 days before
 * @param trips90d     … in the 90 days before
 * @param trips365d    … in the 365 days before
 * @param airports365d airports on those itineraries (365 days), each once
 * @param routes365d   their legs as DEP-ARR (365 days), each once
 */
public record TravelHistory(int trips30d, int trips90d, int trips365d, List<String> airports365d, List<String> routes365d) {

    public static final TravelHistory NONE = new TravelHistory(0, 0, 0, List.of(), List.of());

    public TravelHistory {
        airports365d = List.copyOf(airports365d);
        routes365d = List.copyOf(routes365d);
    }
}

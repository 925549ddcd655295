package org.issa.passenger.pnr;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * GR.9: a non-air segment ({@code MSG+8} hotel, car, rail…) with its TVL.
 *
 * @param type     the business function code as sent ({@code 8} hotel…)
 * @param provider the provider or chain code
 * @param location the place (city or airport code)
 * @param start    start (check-in, pick-up), local
 * @param end      end (check-out, drop-off), local
 */
@Annex(AnnexItem.ITINERARY)
public record OtherService(String type, String provider, String location, Optional<LocalDateTime> start, Optional<LocalDateTime> end) {
    public OtherService {
        type = Flight.nz(type);
        provider = Flight.nz(provider);
        location = Flight.nz(location);
        start = start == null ? Optional.empty() : start;
        end = end == null ? Optional.empty() : end;
    }
}

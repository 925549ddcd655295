package org.issa.passenger.pnr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Baggage of a passenger or PNR: {@code TBD++3:33:700++HP:SIN- 168+618:0123456789:2:ICN}, {@code EBD+USD:40.00+1::N}.
 *
 * @param kind         checked, excess or prepaid
 * @param pieces       number of pieces, if sent
 * @param weight       total weight, if sent
 * @param weightUnit   {@code KG} or {@code LB} (TBD units 700/701), empty if none
 * @param poolRole     {@code HP} head of pool, {@code MP} member, empty if not pooled
 * @param poolRef      the pool reference as sent, empty if none
 * @param tags         bag tags
 * @param charge       excess-baggage charge, if sent
 */
@Annex(AnnexItem.BAGGAGE)
public record Baggage(BaggageKind kind, Optional<Integer> pieces, Optional<BigDecimal> weight, String weightUnit, String poolRole,
                      String poolRef, List<BagTag> tags, Optional<MonetaryAmount> charge) {
    public Baggage {
        kind = kind == null ? BaggageKind.CHECKED : kind;
        pieces = pieces == null ? Optional.empty() : pieces;
        weight = weight == null ? Optional.empty() : weight;
        weightUnit = Flight.nz(weightUnit);
        poolRole = Flight.nz(poolRole);
        poolRef = Flight.nz(poolRef);
        tags = List.copyOf(tags);
        charge = charge == null ? Optional.empty() : charge;
    }
}

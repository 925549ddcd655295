package org.issa.passenger.review;

import java.time.Instant;

/**
 * An authority of the register of competent authorities (Art 7(1)-(3)): entitled to request or
 * receive PNR data or the results of their processing from the PIU, as notified to the Commission.
 */
public record CompetentAuthority(String id, String code, String name, String memberState, String legalReference, boolean active,
                                 String addedBy, Instant addedAt) {
}

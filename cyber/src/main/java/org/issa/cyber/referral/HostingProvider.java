package org.issa.cyber.referral;

import java.time.Instant;

/** A hosting service in the register, with its point of contact for authorities (Art. 11 DSA). */
public record HostingProvider(String id, String name, String country, String contactEmail, String contactUrl, String notes,
                              Instant createdAt, String createdBy) {
}

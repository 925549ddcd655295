package org.issa.finance.register;

import java.time.Instant;

/** An authority designated to query the register: an FIU, an Asset Recovery Office, a police authority… */
public record DesignatedAuthority(String id, String name, AuthorityKind kind, String memberState, boolean active, Instant createdAt,
                                  String createdBy) {
}

package org.issa.passenger.store;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers for stored rows: UUIDs in the RFC 9562 version 7 layout (48 bits of Unix milliseconds, then 74 random
 * bits from a per-thread {@link SecureRandom}). Rows stored together get neighbouring keys, so inserting them touches
 * few index pages (random version 4 keys scatter every insert over the whole primary-key and foreign-key indexes), and
 * the random part keeps them as hard to guess as before.
 */
public final class RowIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private RowIds() {
    }

    public static String next() {
        SecureRandom r = RANDOM.get();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (r.nextInt() & 0x0FFFL);
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}

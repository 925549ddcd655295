package org.issa.cyber.taxii;

import java.time.Duration;

/**
 * Bounds on what the client takes from a peer, so that a slow, broken or hostile server cannot
 * hold a sync forever or fill memory.
 *
 * @param connectTimeout  to open a connection
 * @param requestTimeout  for one whole request and response
 * @param maxResponseBytes one response body
 * @param maxPages        pages fetched in one pull (the next pull carries on)
 * @param maxObjects      objects fetched or pushed in one sync
 * @param pageSize        the limit asked of the peer per page, and objects per pushed envelope
 */
public record ClientLimits(Duration connectTimeout, Duration requestTimeout, long maxResponseBytes, int maxPages, int maxObjects,
                           int pageSize) {

    /** 10 s to connect, 60 s per request, 20 MiB per response, 200 pages, 100,000 objects, 500 per page. */
    public static final ClientLimits DEFAULT = new ClientLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 20L * 1024 * 1024,
            200, 100_000, 500);

    public ClientLimits {
        if (maxResponseBytes < 1024 || maxPages < 1 || maxObjects < 1 || pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("client limits must be positive (responses at least 1 KiB, pages of 1 to 10,000)");
        }
    }
}

package org.issa.passenger.store;

import java.util.Objects;

/**
 * A message as it arrived: its bytes exactly as received, the channel and who delivered it.
 *
 * @param channel    the way in
 * @param receivedBy the account that delivered it (a carrier account, or the PIU user of an import)
 * @param carrier    the carrier the account pushes for (IATA designator), empty for PIU staff
 * @param raw        the interchange as received
 */
public record Delivery(Channel channel, String receivedBy, String carrier, byte[] raw) {
    public Delivery {
        Objects.requireNonNull(channel, "channel");
        if (receivedBy == null || receivedBy.isBlank()) {
            throw new IllegalArgumentException("a delivery names who delivered it");
        }
        carrier = carrier == null ? "" : carrier;
        Objects.requireNonNull(raw, "raw");
    }
}

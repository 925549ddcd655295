package org.issa.passenger.airport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IANA time zone of an airport, from the table {@code airport-zones.csv} beside this class (its header says how it
 * was compiled): PNRGOV and PAXLST give flight times in the local time of the airport, so a departure instant needs the
 * departure airport's zone and an arrival instant the arrival airport's. An airport the table does not know has no zone:
 * its local times are then read as UTC, and {@link Instant}s computed so say so ({@link Placed#zoneKnown()}).
 */
public final class AirportZones {

    private static final Map<String, ZoneId> ZONES = load();

    private AirportZones() {
    }

    /** A local time placed on the time line, and whether the airport's zone was known (else it was read as UTC). */
    public record Placed(Instant instant, boolean zoneKnown) {
    }

    public static Optional<ZoneId> zoneOf(String iata) {
        return Optional.ofNullable(ZONES.get(iata == null ? "" : iata.strip().toUpperCase(Locale.ROOT)));
    }

    /** The instant of a local time at an airport: in its zone when known (DST gaps and overlaps as java.time resolves them), else as UTC. */
    public static Placed at(String iata, LocalDateTime local) {
        Optional<ZoneId> zone = zoneOf(iata);
        return zone.map(z -> new Placed(local.atZone(z).toInstant(), true)).orElseGet(() -> new Placed(local.toInstant(ZoneOffset.UTC), false));
    }

    public static int size() {
        return ZONES.size();
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> out = new HashMap<>();
        try (InputStream in = AirportZones.class.getResourceAsStream("airport-zones.csv")) {
            if (in == null) {
                throw new IllegalStateException("airport-zones.csv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", 3);
                out.put(f[0].strip(), ZoneId.of(f[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}

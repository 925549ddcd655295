package org.issa.cyber.stix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test fixtures from src/test/resources/stix (see the README there for sources and licences). */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] poisonIvy() {
        return resource("/stix/poisonivy.json");
    }

    public static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A bundle around the given object texts. */
    public static byte[] bundle(String... objects) {
        return utf8("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":["
                + String.join(",", objects) + "]}");
    }

    public static String indicator(String uuid, String created, String modified, String extra) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + uuid + "\",\"created\":\"" + created
                + "\",\"modified\":\"" + modified + "\",\"name\":\"test\",\"pattern\":\"[ipv4-addr:value = '198.51.100.7']\","
                + "\"pattern_type\":\"stix\",\"valid_from\":\"" + created + "\"" + extra + "}";
    }
}

package org.issa.cyber.stix.store;

import java.util.List;

/**
 * A bundle written for a reader.
 *
 * @param bundle  the STIX 2.1 bundle (UTF-8 JSON)
 * @param objects how many objects it holds (TLP marking-definitions added for reference included)
 * @param leftOut objects left out, each "id: reason" (AMBER+STRICT asked for as TLP 1.0)
 */
public record Export(byte[] bundle, int objects, List<String> leftOut) {
    public Export {
        leftOut = List.copyOf(leftOut);
    }
}

package org.issa.cyber.report;

import java.util.List;

/**
 * The sectors a reporter may choose, after the sectors of the NIS2 Directive (EU) 2022/2555,
 * plus private individuals and "other". Codes are stable; labels live in the UI's message bundles.
 */
public final class Sectors {

    public static final List<String> CODES = List.of("individual", "finance", "health", "energy", "transport", "water",
            "digital-infrastructure", "ict-services", "public-administration", "space", "postal", "waste", "chemicals", "food",
            "manufacturing", "digital-providers", "research", "education", "retail", "other");

    private Sectors() {
    }
}

package org.issa.cyber.advisory;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The CSAF 2.0 JSON schema (draft 2020-12) from the test resources, validated with format
 * assertions on and without network: remote references resolve to class-path copies only.
 */
final class CsafSchema {

    static final String ID = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";
    private static final Schema SCHEMA = load();

    private CsafSchema() {
    }

    private static Schema load() {
        String cvss = resource("/csaf/cvss-not-shipped.json");
        Map<String, String> schemas = Map.of(ID, resource("/csaf/csaf_json_schema.json"),
                "https://www.first.org/cvss/cvss-v2.0.json", cvss,
                "https://www.first.org/cvss/cvss-v3.0.json", cvss,
                "https://www.first.org/cvss/cvss-v3.1.json", cvss);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemas(uri -> {
                    String s = schemas.get(uri);
                    if (s == null) {
                        throw new IllegalStateException("no offline copy of " + uri);
                    }
                    return s;
                })
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(SchemaLocation.of(ID));
    }

    static List<String> errors(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    private static String resource(String name) {
        try (InputStream in = CsafSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.issa.cyber.stix.ObservableProperties.Shape;
import org.junit.jupiter.api.Test;

/** The table of SCO properties agrees with what the rest of the validator knows about STIX 2.1. */
class ObservablePropertiesTest {

    private final ObservableProperties table = ObservableProperties.STIX_2_1;

    @Test
    void everyScoTypeHasItsRequiredAndIdContributingProperties() {
        for (String type : StixTypes.SCO) {
            assertThat(table.names(type)).as(type).contains("id", "type", "spec_version", "extensions", "defanged");
            assertThat(table.names(type)).as(type).containsAll(StixTypes.REQUIRED.getOrDefault(type, java.util.List.of()));
            assertThat(table.names(type)).as(type).containsAll(StixTypes.ID_CONTRIBUTING.getOrDefault(type, java.util.List.of()));
        }
    }

    @Test
    void thePredefinedExtensionsAreThoseOfTheSpecificationEachWithItsProperties() {
        Set<String> extensions = new HashSet<>();
        for (String type : StixTypes.SCO) {
            extensions.addAll(table.property(type, "extensions").orElseThrow().targets());
        }
        assertThat(extensions).isEqualTo(StixTypes.PREDEFINED_EXTENSIONS);
        for (String extension : extensions) {
            assertThat(table.names(extension)).as(extension).isNotEmpty();
            assertThat(table.ownerOfExtension(extension)).as(extension).isPresent();
        }
    }

    @Test
    void everyTimestampPropertyOfTheValidatorIsATimestampHere() {
        for (String type : StixTypes.SCO) {
            for (String name : table.names(type)) {
                if (StixTypes.TIMESTAMPS.contains(name)) {
                    assertThat(table.property(type, name).orElseThrow().shape()).as(type + ":" + name).isEqualTo(Shape.TIMESTAMP);
                }
            }
        }
    }

    @Test
    void referencesAndSubTypesPointAtKnownStructures() {
        for (String type : StixTypes.SCO) {
            for (String name : table.names(type)) {
                var p = table.property(type, name).orElseThrow();
                if (p.shape() == Shape.REF) {
                    assertThat(name).endsWith(p.list() ? "_refs" : "_ref");
                    p.targets().stream().filter(t -> !t.equals("*") && !t.equals("-"))
                            .forEach(t -> assertThat(StixTypes.SCO).as(type + ":" + name).contains(t));
                } else if (p.shape() == Shape.STRUCT) {
                    assertThat(table.names(p.targets().getFirst())).as(type + ":" + name).isNotEmpty();
                }
            }
        }
    }
}

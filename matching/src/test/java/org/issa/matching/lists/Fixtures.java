package org.issa.matching.lists;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Subject;

/** Test helpers: fixtures from the class path, in-memory streams, lookups by id. */
final class Fixtures {

    private Fixtures() {
    }

    static InputStream resource(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/lists/" + name);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(name));
        }
        return in;
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Subject byId(ListDocument doc, String id) {
        return doc.entries().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id));
    }

    /** "full [STRENGTH]" for each name, for compact assertions. */
    static List<String> names(Subject s) {
        return s.names().stream().map(Fixtures::label).toList();
    }

    static String label(Name n) {
        return n.full() + " [" + n.strength() + "]";
    }

    static long count(ListDocument doc, NameStrength strength) {
        return doc.entries().stream().flatMap(s -> s.names().stream()).filter(n -> n.strength() == strength).count();
    }
}

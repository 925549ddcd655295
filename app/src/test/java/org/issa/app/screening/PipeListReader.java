package org.issa.app.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.issa.matching.lists.ListDocument;
import org.issa.matching.lists.ListReader;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.springframework.stereotype.Component;

/**
 * A tiny list format for tests only, lines of {@code id|name;alias|dob|country}, an optional first
 * line {@code # version: X} and other {@code #} comment lines. The application's component scan
 * picks it up from the test class path as the reader of format {@code pipe}; the production
 * formats (un, eu, ftm, csv) come from the matching module's list readers.
 */
@Component("pipe")
public class PipeListReader implements ListReader {

    @Override
    public String format() {
        return "pipe";
    }

    @Override
    public ListDocument read(InputStream in) {
        String version = "";
        List<Subject> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("# version:")) {
                    version = line.substring("# version:".length()).strip();
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                if (f.length != 4) {
                    throw new IllegalArgumentException("line " + n + ": expected id|name|dob|country");
                }
                String[] names = f[1].split(";");
                List<Name> ns = new ArrayList<>();
                ns.add(Name.of(names[0]));
                Arrays.stream(names).skip(1).forEach(a -> ns.add(Name.of(a, NameStrength.ALIAS)));
                entries.add(new Subject(f[0].strip(), Schema.PERSON, ns,
                        f[2].isBlank() ? List.of() : List.of(BirthDate.parse(f[2])),
                        f[3].isBlank() ? List.of() : List.of(f[3].strip()), Gender.UNKNOWN, List.of(), Map.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListDocument("pipe", version, entries, List.of());
    }
}

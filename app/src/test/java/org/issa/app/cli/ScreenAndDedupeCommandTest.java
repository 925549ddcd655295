package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code issa screen} and {@code issa dedupe} on real fixtures, without Spring. */
class ScreenAndDedupeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path fixture(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private int screen(String... args) {
        ScreenCommand c = new ScreenCommand();
        c.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        c.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(c).execute(args);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void screensEachRowAndPrintsItsBestCandidate() throws IOException {
        Path list = fixture("un-sample.xml");
        Path input = file("in.csv", "full_name,date_of_birth,nationality\n"
                + "Nasiruddin Haqqani,,Afghanistan\n"
                + "Erik Badege,,\n"
                + "Jane Q. Example,1990-01-01,Germany\n"
                + "\"Haqqani, Nasiruddin\",,\n");
        assertThat(screen("--list", list.toString(), input.toString())).isEqualTo(0);
        List<String> lines = lines();
        assertThat(lines.get(0)).isEqualTo("row,query_name,match_id,match_name,score,alert");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("1,Nasiruddin Haqqani,TAi.146,").endsWith(",true");
        assertThat(lines.get(2)).startsWith("2,Erik Badege,CDi.001,").endsWith(",true");
        assertThat(lines.get(3)).startsWith("3,Jane Q. Example,").endsWith(",false");
        assertThat(lines.get(4)).startsWith("4,\"Haqqani, Nasiruddin\",TAi.146,").endsWith(",true");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("entries read").contains("4 of 4 rows screened");
    }

    @Test
    void allPrintsEveryCandidateAboveTheThresholdAndPartsOfNamesAreAccepted() throws IOException {
        Path list = fixture("un-sample.xml");
        Path input = file("in.csv", "first_name,last_name\nNasiruddin,Haqqani\n");
        assertThat(screen("--list", list.toString(), "--list-format", "un", "--all", "--threshold", "0.5", input.toString())).isEqualTo(0);
        assertThat(lines()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines().subList(1, lines().size())).allSatisfy(l -> assertThat(l).startsWith("1,"));
    }

    @Test
    void aMissingNameColumnIsRefusedWithItsHeader() throws IOException {
        Path list = fixture("un-sample.xml");
        Path input = file("in.csv", "surname_only,dob\nHaqqani,1970\n");
        assertThat(screen("--list", list.toString(), input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no name column").contains("surname_only");
        assertThat(out.size()).isZero();
    }

    @Test
    void hostileOrBrokenListsAreRefusedWithAReason() throws IOException {
        Path input = file("in.csv", "name\nSomeone\n");
        Path xxe = file("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        assertThat(screen("--list", xxe.toString(), "--list-format", "un", input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).containsIgnoringCase("DOCTYPE");
        err.reset();
        Path broken = file("broken.xml", "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");
        assertThat(screen("--list", broken.toString(), input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.xml");
        err.reset();
        assertThat(screen("--list", dir.resolve("none.xml").toString(), input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
    }

    @Test
    void badRowsAndEncodingsAreNamed() throws IOException {
        Path list = fixture("un-sample.xml");
        assertThat(screen("--list", list.toString(), file("d.csv", "name,dob\nA B,31/31/1999x\n").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("row 1").contains("31/31/1999x");
        err.reset();
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "name\nJos\u00e9 M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(screen("--list", list.toString(), latin1.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8");
        err.reset();
        assertThat(screen("--list", list.toString(), "--threshold", "1.5", file("x.csv", "name\nA\n").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threshold");
    }

    @Test
    void dedupePrintsAClusterPerRow() throws IOException {
        Path input = fixture("fake_1000_first_200.csv");
        DedupeCommand c = new DedupeCommand();
        c.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        c.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(new CommandLine(c).execute(input.toString())).isEqualTo(0);
        List<String> lines = lines();
        assertThat(lines.get(0)).isEqualTo("row,cluster");
        assertThat(lines).hasSize(201);
        // rows 1 and 2 of the fixture are the same person (cluster 0 in the file); they must share a cluster
        String first = lines.get(1).split(",")[1];
        assertThat(lines.get(2).split(",")[1]).isEqualTo(first);
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[1]).distinct().count()).isBetween(20L, 60L);
    }

    @Test
    void dedupeRefusesAMissingFile() {
        DedupeCommand c = new DedupeCommand();
        c.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(new CommandLine(c).execute(dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
    }
}

package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code issa pnr parse} on generated PNRGOV/PAXLST files, a file with a bad segment and a file that is no interchange. */
class PnrCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> lines(String out) {
        return out.lines().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }

    @Test
    void oneJsonLinePerMessageWithCounts(@TempDir Path dir) throws Exception {
        TrafficGenerator g = new TrafficGenerator(21);
        TrafficGenerator.GeneratedFile pnr = g.nextPnrgov();
        TrafficGenerator.GeneratedFile api = g.nextPaxlst();
        Path a = Files.write(dir.resolve(pnr.name()), pnr.bytes());
        Path b = Files.write(dir.resolve(api.name()), api.bytes());
        CliRun.Result r = CliRun.run("pnr", "parse", a.toString(), b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> lines = lines(r.out());
        assertThat(lines).hasSize(pnr.pnrMessages().size() + 1);
        for (int i = 0; i < pnr.pnrMessages().size(); i++) {
            var m = pnr.pnrMessages().get(i);
            JsonNode n = lines.get(i);
            assertThat(n.get("format").asString()).isEqualTo("PNRGOV_EDIFACT");
            assertThat(n.get("message_reference").asString()).isEqualTo(m.reference());
            assertThat(n.get("version").asString()).isEqualTo(m.version());
            assertThat(n.get("pnr_count").asInt()).isEqualTo(m.bookings().size());
            assertThat(n.get("passenger_count").asInt()).isEqualTo(m.passengerCount());
            assertThat(n.get("quarantined").size()).isZero();
        }
        JsonNode p = lines.get(lines.size() - 1);
        assertThat(p.get("format").asString()).isEqualTo("PAXLST_EDIFACT");
        assertThat(p.get("passenger_count").asInt()).isEqualTo(api.apiMessages().get(0).persons().size());
    }

    @Test
    void quarantinedSegmentsAreListedAndTheExitCodeIsZero(@TempDir Path dir) throws Exception {
        String edi = "UNB+IATA:1+1A+PIUDE+260301:1200+7'UNH+1+PNRGOV:13:1:IA+LH400'MSG+:22'SRC'TIF+DOE+JANE:A:1'"
                + "SSR+DOCS:HK:1:LH:::::/P/DEU/X1/DEU/99XXX99/F'SSR+MOML:HK:1:LH+::9'FOO+1'UNT+9+1'UNZ+1+7'";
        Path f = Files.writeString(dir.resolve("bad.edi"), edi, StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.run("pnr", "parse", f.toString());
        assertThat(r.code()).isZero();
        JsonNode n = lines(r.out()).get(0);
        assertThat(n.get("pnr_count").asInt()).isEqualTo(1);
        assertThat(n.get("passenger_count").asInt()).isEqualTo(1);
        List<String> reasons = n.get("quarantined").valueStream().map(q -> q.get("reason").asString()).toList();
        assertThat(reasons).anyMatch(s -> s.contains("date of birth")).anyMatch(s -> s.contains("unknown segment FOO"));
        assertThat(n.get("quarantined").valueStream().map(q -> q.get("position").asInt()).toList()).contains(6, 8);
        assertThat(r.out()).doesNotContain("MOML"); // special-category data withheld even from the quarantine report
    }

    @Test
    void aFileThatIsNoInterchangeExitsTwoAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("notes.txt"), "hello, this is no PNR");
        TrafficGenerator.GeneratedFile pnr = new TrafficGenerator(22).nextPnrgov();
        Path good = Files.write(dir.resolve(pnr.name()), pnr.bytes());
        CliRun.Result r = CliRun.run("pnr", "parse", junk.toString(), good.toString(), dir.resolve("missing.edi").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt").contains("not an EDIFACT interchange").contains("missing.edi");
        assertThat(lines(r.out())).hasSize(pnr.pnrMessages().size());
    }
}

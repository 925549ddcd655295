package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code issa finance scan} on a generated AMLSim-shaped file with an injected round trip and fixed-group fan-in, and on broken files. */
class FinanceScanCommandTest {

    @TempDir
    Path dir;

    private Path amlsimShaped() throws Exception {
        StringBuilder csv = new StringBuilder("sourceNodeId,targetNodeId,value,time\n");
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            csv.append(r.nextInt(300)).append(',').append(300 + r.nextInt(300)).append(',')
                    .append(java.math.BigDecimal.valueOf(1000 + r.nextInt(50000), 2).toPlainString()).append(',').append(1 + r.nextInt(149)).append('\n');
        }
        csv.append("900,901,500.00,10\n901,902,480.00,11\n902,900,470.00,12\n");   // a round trip, steps in order
        for (int k = 0; k < 3; k++) {
            for (int m = 0; m < 4; m++) {
                csv.append(910 + m).append(",999,").append(200 + m).append(".00,").append(20 + 30 * k + m).append('\n');
            }
        }
        Path f = dir.resolve("transactions.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void flaggedAccountsArePrintedAsJsonHighestScoreFirst() throws Exception {
        CliRun.Result r = CliRun.run("finance", "scan", "--payments", amlsimShaped().toString(),
                "--columns", "from=sourceNodeId,to=targetNodeId,amount=value,time=time", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode out = JsonMapper.builder().build().readTree(r.out());
        assertThat(out.get("payments").asInt()).isEqualTo(2015);
        JsonNode flagged = out.get("accounts_flagged");
        double last = Double.MAX_VALUE;
        boolean cycle = false;
        boolean collector = false;
        for (JsonNode a : flagged) {
            assertThat(a.get("score").asDouble()).isLessThanOrEqualTo(last);
            last = a.get("score").asDouble();
            assertThat(a.has("account") && a.has("typologies") && a.has("evidence")).isTrue();
            cycle |= a.get("account").asText().equals("901") && a.get("typologies").toString().contains("\"cycle\"");
            collector |= a.get("account").asText().equals("999") && a.get("typologies").toString().contains("recurring_fan_in");
        }
        assertThat(cycle).as(r.out()).isTrue();
        assertThat(collector).as(r.out()).isTrue();
        assertThat(flagged.get(0).get("evidence").get(0).get("payments").get(0).has("amount")).isTrue();
    }

    @Test
    void aBadFileExitsTwoNamingTheProblem() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "sourceNodeId,targetNodeId,value,time\n1,2,ten,3\n");
        CliRun.Result r = CliRun.run("finance", "scan", "--payments", f.toString(),
                "--columns", "from=sourceNodeId,to=targetNodeId,amount=value,time=time", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv").contains("line 2");
        CliRun.Result missing = CliRun.run("finance", "scan", "--payments", dir.resolve("none.csv").toString(), "--json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("none.csv");
        CliRun.Result format = CliRun.run("finance", "scan", "--payments", f.toString(), "--format", "swift42", "--json");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("swift42");
    }
}

package org.issa.passenger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.junit.jupiter.api.Test;

/** Files parsed on several workers come back in their order, each as the single-threaded reader reads it, refusals in place. */
class ParsingPoolTest {

    @Test
    void resultsComeInTheOrderOfTheFilesAndEqualASingleThreadedRead() throws Exception {
        TrafficGenerator g = new TrafficGenerator(11);
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            files.add(i == 57 ? "Dear PIU, no interchange here.".getBytes(StandardCharsets.UTF_8) : g.next().bytes());
        }
        PassengerMessages reader = new PassengerMessages();
        try (ParsingPool pool = new ParsingPool(reader, 3)) {
            List<ParsingPool.Outcome> out = pool.readAll(files);
            assertThat(out).hasSize(files.size());
            for (int i = 0; i < files.size(); i++) {
                if (i == 57) {
                    assertThat(out.get(i).file()).isEmpty();
                    assertThat(out.get(i).refused()).isPresent();
                    continue;
                }
                assertThat(out.get(i).file()).as("file " + i).contains(reader.read(files.get(i)));
            }
        }
    }
}

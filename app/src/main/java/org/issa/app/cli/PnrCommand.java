package org.issa.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.keep.KeepFilter;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.Quarantined;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code issa pnr …}: passenger data (PNRGOV EDIFACT and XML, PAXLST) from files, without a server. Further
 * subcommands (storing) are added to {@code subcommands} next to {@link Parse}.
 */
@Command(name = "pnr", mixinStandardHelpOptions = true, description = "Passenger data: PNR (PNRGOV) and API (PAXLST) files.",
        subcommands = {PnrCommand.Parse.class, PnrImportCommand.class})
public final class PnrCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: parse");
    }

    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = "Parse PNRGOV (EDIFACT or XML) and PAXLST files without storing them. Prints one JSON line per message: "
                    + "file, format, message reference, version, push type, PNR and passenger counts, and the quarantined segments "
                    + "with position and reason (text carrying special-category data withheld). Exit 0 when every file was read, "
                    + "even with quarantined segments; 2 when a file cannot be read or is not a PNRGOV/PAXLST interchange.")
    public static final class Parse implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to parse.")
        List<Path> files = new ArrayList<>();

        private final JsonMapper json = JsonMapper.builder().build();

        @Override
        public Integer call() {
            PassengerMessages reader = new PassengerMessages();
            int code = 0;
            for (Path file : files) {
                ParsedFile parsed;
                try (var in = Files.newInputStream(file)) {
                    parsed = reader.read(in);
                } catch (IOException e) {
                    System.err.println("issa pnr parse: " + file + ": cannot be read (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + ")");
                    code = 2;
                    continue;
                } catch (NotAnInterchangeException e) {
                    System.err.println("issa pnr parse: " + file + ": " + e.getMessage());
                    code = 2;
                    continue;
                }
                List<Quarantined> fileLevel = parsed.quarantined();
                boolean first = true;
                for (PnrMessage m : parsed.pnrMessages()) {
                    ObjectNode n = line(file, parsed, m.reference(), m.version());
                    n.put("push_type", m.pushType().name());
                    n.put("carrier", m.carrier());
                    m.flight().ifPresent(f -> n.put("flight", f.designator()));
                    n.put("parts", m.parts().size());
                    n.put("pnr_count", m.bookings().size());
                    n.put("passenger_count", m.passengerCount());
                    quarantined(n.putArray("quarantined"), first ? fileLevel : List.of(), m.quarantined());
                    first = false;
                    System.out.println(json.writeValueAsString(n));
                }
                for (ApiMessage m : parsed.apiMessages()) {
                    ObjectNode n = line(file, parsed, m.reference(), m.version());
                    n.put("list_type", m.listType().name());
                    m.flights().stream().findFirst().ifPresent(f -> n.put("flight", f.designator()));
                    n.put("pnr_count", 0);
                    n.put("passenger_count", m.persons().size());
                    quarantined(n.putArray("quarantined"), first ? fileLevel : List.of(), m.quarantined());
                    first = false;
                    System.out.println(json.writeValueAsString(n));
                }
                if (first) { // an interchange whose messages all broke: its problems still get a line
                    ObjectNode n = line(file, parsed, "", "");
                    n.put("pnr_count", 0);
                    n.put("passenger_count", 0);
                    quarantined(n.putArray("quarantined"), fileLevel, List.of());
                    System.out.println(json.writeValueAsString(n));
                }
            }
            return code;
        }

        private ObjectNode line(Path file, ParsedFile parsed, String reference, String version) {
            ObjectNode n = json.createObjectNode();
            n.put("file", file.toString());
            n.put("format", parsed.format().name());
            n.put("message_reference", reference);
            n.put("version", version);
            return n;
        }

        private static void quarantined(ArrayNode a, List<Quarantined> fileLevel, List<Quarantined> message) {
            List<Quarantined> all = new ArrayList<>(fileLevel);
            all.addAll(message);
            for (Quarantined q : all) {
                Quarantined w = KeepFilter.withheld(q);
                ObjectNode o = a.addObject();
                o.put("message_reference", w.messageReference());
                o.put("position", w.position());
                o.put("segment", w.segment());
                o.put("reason", w.reason());
            }
        }
    }
}

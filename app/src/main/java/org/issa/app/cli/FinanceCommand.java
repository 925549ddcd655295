package org.issa.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFiles;
import org.issa.finance.payment.PaymentFormat;
import org.issa.finance.typology.AccountAlert;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code issa finance}: money commands that need no server. */
@Command(name = "finance", mixinStandardHelpOptions = true, description = "Money: payment files, follow the money.",
        subcommands = {FinanceCommand.Scan.class})
public final class FinanceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: scan");
    }

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Scans a payment file for laundering typologies (cycles, loops, fan-in/out, recurring fans, structuring,"
                    + " pass-through, dormant accounts, CEL rules) and prints the flagged accounts as JSON, highest score first."
                    + " Exit 0, or 2 with a message naming the problem when the file or the configuration cannot be used.")
    public static final class Scan implements Callable<Integer> {

        @Option(names = "--payments", required = true, paramLabel = "FILE", description = "The payment file.")
        Path payments;

        @Option(names = "--format", defaultValue = "csv", description = "csv, pacs008, camt053, mt103 or goaml (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--columns", description = "CSV column mapping, e.g. from=sourceNodeId,to=targetNodeId,amount=value,time=time"
                + " (default: columns named from,to,amount,time[,currency][,reference]).")
        String columns;

        @Option(names = "--config", paramLabel = "FILE", description = "A typology configuration (JSON; default: the one shipped).")
        Path config;

        @Option(names = "--all", description = "Print every account with a finding, not only those at or above the alert threshold.")
        boolean all;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        PrintStream out = System.out;
        PrintStream err = System.err;

        @Override
        public Integer call() {
            try {
                Map<String, Object> result = run();
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
                return 0;
            } catch (InvalidInputException e) {
                err.println("issa finance scan: " + e.getMessage());
                return 2;
            } catch (NoSuchFileException e) {
                err.println("issa finance scan: no such file: " + e.getFile());
                return 2;
            } catch (IOException e) {
                err.println("issa finance scan: " + payments + " cannot be read: " + e.getMessage());
                return 2;
            }
        }

        Map<String, Object> run() throws IOException {
            long t0 = System.nanoTime();
            PaymentFormat f = PaymentFormat.parse(format);
            PaymentColumns cols = columns == null ? PaymentColumns.defaults() : PaymentColumns.parse(columns);
            TypologyConfig conf = config == null ? TypologyConfig.defaults() : TypologyConfig.parse(Files.readString(config));
            TypologyScan scan = new TypologyScan(conf);
            PaymentGraph.Builder builder = PaymentGraph.builder();
            try (InputStream in = Files.newInputStream(payments)) {
                PaymentFiles.read(in, payments.getFileName().toString(), f, cols, builder);
            }
            PaymentGraph graph = builder.build();
            TypologyScan.Result r = scan.scan(graph);
            List<Map<String, Object>> accounts = new ArrayList<>();
            for (AccountAlert a : all ? r.ranked() : r.flagged()) {
                accounts.add(FinanceJson.alert(a));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", payments.getFileName().toString());
            out.put("config_version", r.version());
            out.put("alert_threshold", conf.alertThreshold());
            out.put("payments", r.payments());
            out.put("accounts", r.accounts());
            out.put("flagged", r.flagged().size());
            out.put("typology_counts", r.counts());
            out.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
            out.put("accounts_flagged", accounts);
            return out;
        }
    }
}

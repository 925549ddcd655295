package org.issa.app;

import java.util.List;
import org.issa.app.cli.AuditCommand;
import org.issa.app.cli.CliLogging;
import org.issa.app.cli.ServerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code issa} command line. Commands that need no server do not start Spring. */
@Command(name = "issa", mixinStandardHelpOptions = true, version = "ISSA 0.1.0",
        description = "ISSA - Internal Security Strategy in Action.%n",
        subcommands = {ServerCommand.Serve.class, ServerCommand.Demo.class, AuditCommand.class, org.issa.app.cli.CyberCommand.class,
                org.issa.app.cli.ScreenCommand.class, org.issa.app.cli.DedupeCommand.class, org.issa.app.cli.BenchCommand.class,
                org.issa.app.cli.GraphCommand.class,
                org.issa.app.cli.PnrCommand.class,
                org.issa.app.cli.FinanceCommand.class,
                CommandLine.HelpCommand.class})
public final class IssaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line, set so that a command starting no server logs to standard error only. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new IssaCommand());
        cli.setExecutionStrategy(parsed -> {
            List<CommandLine> chosen = parsed.asCommandLineList();
            if (!(chosen.get(chosen.size() - 1).getCommand() instanceof ServerCommand)) {
                CliLogging.toStandardError();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (!ServerCommand.running()) {
            System.exit(code);
        }
    }
}

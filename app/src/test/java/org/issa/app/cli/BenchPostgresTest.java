package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The PostgreSQL options shared by {@code issa bench taxii} and {@code issa bench pnr} through one mixin. */
class BenchPostgresTest {

    private static final String UNSET = "ISSA_BENCH_POSTGRES_PASSWORD_SURELY_UNSET";

    @Test
    void bothBenchmarksTakeTheSameOptions() {
        for (String bench : new String[] {"taxii", "pnr"}) {
            CommandLine.ParseResult r = new CommandLine(new BenchCommand()).parseArgs(bench, "--postgres-url", "jdbc:postgresql://db/bench",
                    "--postgres-user", "bench", "--postgres-password-env", UNSET);
            Object command = r.subcommand().commandSpec().userObject();
            BenchPostgres pg = command instanceof BenchCommand.Pnr p ? p.postgres : ((BenchCommand.Taxii) command).postgres;
            assertThat(pg.url).as(bench).isEqualTo("jdbc:postgresql://db/bench");
            assertThat(pg.user).as(bench).isEqualTo("bench");
            assertThatThrownBy(pg::password).as(bench).isInstanceOf(CliInputException.class).hasMessageContaining(UNSET);
            BenchPostgres none = new BenchPostgres();
            assertThat(none.password()).isEmpty();
        }
    }

    @Test
    void anUnsetPasswordVariableStopsEitherBenchmarkWithExit2BeforeItRuns() {
        for (String bench : new String[] {"taxii", "pnr"}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = new CommandLine(new BenchCommand()).execute(bench, "--postgres-url", "jdbc:postgresql://db/bench",
                        "--postgres-password-env", UNSET);
            } finally {
                System.setErr(old);
            }
            assertThat(code).as(bench).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(bench).contains("issa bench " + bench + ": the environment variable " + UNSET);
        }
    }
}

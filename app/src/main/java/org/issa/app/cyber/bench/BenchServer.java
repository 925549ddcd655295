package org.issa.app.cyber.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.issa.app.IssaApplication;
import org.issa.app.cli.Settings;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real ISSA server started in this JVM for a benchmark, on a fresh database: the embedded H2 file database in a
 * temporary data folder, or a fresh schema in a PostgreSQL. {@link #close} stops it and deletes the folder (and
 * drops the schema).
 */
public final class BenchServer implements AutoCloseable {

    /** A PostgreSQL to run on. */
    public record Postgres(String url, String user, String password) {
    }

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final Optional<Postgres> postgres;
    private final String schema;

    private BenchServer(ConfigurableApplicationContext context, Path dataDir, Optional<Postgres> postgres, String schema) {
        this.context = context;
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.schema = schema;
    }

    /**
     * Starts a server. The report form's node-wide limit is raised so that the form measurement shows what the server
     * absorbs rather than the configured cap; the per-address limit keeps its default. The server trusts
     * {@code X-Forwarded-For} from the loopback address, as behind a reverse proxy, so that clients have addresses.
     */
    static BenchServer start(Optional<Postgres> postgres) throws IOException {
        Path dir = Files.createTempDirectory("issa-bench-taxii-");
        String schema = "";
        Map<String, String> props = new LinkedHashMap<>();
        props.put("server.port", "0");
        props.put("issa.data-dir", dir.toString());
        props.put("issa.demo", "false");
        props.put("server.forward-headers-strategy", "native");
        props.put("issa.cyber.reports.global-limit-per-minute", "100000000");
        props.put("logging.level.org.issa", "WARN");
        props.put("logging.level.org.flywaydb.core.internal.command.DbMigrate", "WARN");
        props.put("spring.datasource.hikari.pool-name", "bench-" + UUID.randomUUID().toString().substring(0, 8));
        if (postgres.isPresent()) {
            Postgres pg = postgres.get();
            schema = "issa_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = admin(pg).getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a schema in " + pg.url() + ": " + e.getMessage(), e);
            }
            props.put("spring.datasource.url", pg.url() + (pg.url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
            props.put("spring.datasource.username", pg.user());
            props.put("spring.datasource.password", pg.password());
        } else {
            props.put("spring.datasource.url", Settings.embeddedUrl(dir));
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        // command-line arguments outrank application.properties (default properties would not)
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(IssaApplication.class)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        return new BenchServer(ctx, dir, postgres, schema);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    String base() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (postgres.isPresent()) {
            try (Connection c = admin(postgres.get()).getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                System.err.println("issa bench taxii: could not drop the schema " + schema + ": " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static PGSimpleDataSource admin(Postgres pg) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(pg.url());
        ds.setUser(pg.user());
        ds.setPassword(pg.password());
        return ds;
    }
}

package org.issa.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.issa.app.IssaApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the server: {@code issa serve} on the configured database, {@code issa demo} with demo data. */
public abstract class ServerCommand implements Callable<Integer> {

    private static volatile boolean running;

    @Option(names = "--port", description = "HTTP port (default: ISSA_PORT or 8080; 0 picks a free one)")
    Integer port;

    /** True once a server was started: the JVM then lives until the server stops. */
    public static boolean running() {
        return running;
    }

    abstract boolean demo();

    @Override
    public Integer call() {
        Settings s = Settings.fromEnvironment();
        if (demo() && !s.embedded()) {
            System.err.println("issa demo: ignoring ISSA_DB_URL; the demo always runs on the embedded H2 database");
            s = new Settings(s.dataDir(), Settings.embeddedUrl(s.dataDir()), "sa", "");
        }
        s.createDataDir();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", s.dbUrl());
        props.put("spring.datasource.username", s.dbUser());
        props.put("spring.datasource.password", s.dbPassword());
        props.put("issa.data-dir", s.dataDir().toString());
        props.put("issa.demo", demo());
        if (port != null) {
            if (port < 0 || port > 65535) {
                System.err.println("issa: --port must be between 0 and 65535");
                return 2;
            }
            props.put("server.port", port);
        }
        SpringApplication app = new SpringApplication(IssaApplication.class);
        running = true;
        try {
            // As command-line arguments they outrank application.properties, as the user expects.
            app.run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        } catch (RuntimeException e) {
            running = false;
            System.err.println("issa: the server did not start: " + rootMessage(e));
            return 1;
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Run the server on the configured database (ISSA_DB_URL, or the embedded H2 under ISSA_DATA_DIR).")
    public static final class Serve extends ServerCommand {
        @Override
        boolean demo() {
            return false;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Run the server on the embedded H2 database with demo users and data; prints the URL and the accounts.")
    public static final class Demo extends ServerCommand {
        @Override
        boolean demo() {
            return true;
        }
    }
}

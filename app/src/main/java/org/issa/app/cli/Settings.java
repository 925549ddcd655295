package org.issa.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where ISSA keeps its data and which database it uses, read from the environment:
 * {@code ISSA_DATA_DIR} (default {@code ./data}), {@code ISSA_DB_URL}, {@code ISSA_DB_USER},
 * {@code ISSA_DB_PASSWORD}. Without {@code ISSA_DB_URL} the embedded H2 file database is used.
 */
public record Settings(Path dataDir, String dbUrl, String dbUser, String dbPassword) {

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("ISSA_DATA_DIR", "data")).toAbsolutePath().normalize();
        String url = env.get("ISSA_DB_URL");
        if (url == null || url.isBlank()) {
            return new Settings(dataDir, embeddedUrl(dataDir), "sa", "");
        }
        return new Settings(dataDir, url, env.getOrDefault("ISSA_DB_USER", ""), env.getOrDefault("ISSA_DB_PASSWORD", ""));
    }

    /**
     * Settings of the embedded H2 database beyond its defaults (also in {@code application.properties}): a session keeps
     * 64 parsed statements instead of 8, since storing and assessing one PNRGOV push runs some twenty distinct
     * statements and H2 would otherwise parse most of them again for every push (a tenth of the ingest, measured); and
     * the page cache holds 128 MB instead of 16 MB, so that inserts into the indexes of a growing store find their pages
     * in memory (about a tenth of the ingest again). Both fit the server's default 1 GB heap.
     */
    public static final String H2_TUNING = ";QUERY_CACHE_SIZE=64;CACHE_SIZE=131072";

    /** H2 in file mode; AUTO_SERVER lets {@code issa audit verify} read it while the server runs. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("issa").toString().replace('\\', '/') + ";AUTO_SERVER=TRUE" + H2_TUNING;
    }

    /** These settings, or those of the embedded database in {@code dir} when a command is given one ({@code --data-dir}). */
    public Settings withDataDir(Path dir) {
        if (dir == null) {
            return this;
        }
        Path d = dir.toAbsolutePath().normalize();
        return new Settings(d, embeddedUrl(d), "sa", "");
    }

    /** Whether these settings name an embedded database that does not exist yet (nothing to read). */
    public boolean embeddedDatabaseMissing() {
        return embedded() && !Files.exists(dataDir.resolve("issa.mv.db"));
    }

    public boolean embedded() {
        return dbUrl.startsWith("jdbc:h2:");
    }

    public void createDataDir() {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }
}

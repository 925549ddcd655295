package org.issa.core.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases a contract test runs on: a fresh in-memory H2 always, and a fresh schema in the
 * PostgreSQL named by {@code ISSA_TEST_POSTGRES_URL} when it is set. Both are migrated with the
 * project's one Flyway tree.
 */
public record TestDatabase(String name, DataSource dataSource) {

    public static final String POSTGRES_URL = "ISSA_TEST_POSTGRES_URL";

    @Override
    public String toString() {
        return name;
    }

    /** The databases to run on, each freshly migrated. */
    public static List<TestDatabase> all() {
        List<TestDatabase> dbs = new ArrayList<>();
        dbs.add(h2());
        postgresUrl().ifPresent(url -> dbs.add(postgres(url)));
        return dbs;
    }

    public static java.util.Optional<String> postgresUrl() {
        String url = System.getenv(POSTGRES_URL);
        return url == null || url.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(url);
    }

    public static TestDatabase h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        migrate(ds);
        return new TestDatabase("H2", ds);
    }

    /** Creates an empty schema with a random name in the PostgreSQL at {@code url} and returns its name. */
    public static String freshSchema(String url) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource admin = pg(url);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + url + ": " + e.getMessage(), e);
        }
        return schema;
    }

    public static TestDatabase postgres(String url) {
        String schema = freshSchema(url);
        PGSimpleDataSource ds = pg(url);
        ds.setCurrentSchema(schema);
        migrate(ds);
        return new TestDatabase("PostgreSQL", ds);
    }

    private static PGSimpleDataSource pg(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        String user = System.getenv("ISSA_TEST_POSTGRES_USER");
        String password = System.getenv("ISSA_TEST_POSTGRES_PASSWORD");
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    private static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }
}

package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.issa.app.IssaCommand;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserStore;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.stix.StixJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code issa cyber stix validate|import} on the OASIS Poison Ivy bundle, an invalid bundle and a real H2 file database. */
class CyberCommandTest {

    private record Run(int code, String out, String err) {
        JsonNode json() {
            return StixJson.read(out.strip());
        }
    }

    private static Run run(String... args) {
        CliRun.Result r = CliRun.run(args);
        return new Run(r.code(), r.out(), r.err());
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(CyberCommandTest.class.getResource("/stix/" + name).toURI());
    }

    @Test
    void aValidBundleExitsZeroWithCountsByType() throws Exception {
        Run r = run("cyber", "stix", "validate", fixture("poisonivy.json").toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("objects").asInt()).isEqualTo(155);
        assertThat(j.get("by_type").get("indicator").asInt()).isEqualTo(25);
        assertThat(j.get("by_type").get("relationship").asInt()).isEqualTo(90);
        assertThat(j.get("errors").size()).isZero();
    }

    @Test
    void anInvalidBundleExitsOneNamingEachObjectPathAndRule() throws Exception {
        Run r = run("cyber", "stix", "validate", fixture("invalid-bundle.json").toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isFalse();
        assertThat(j.get("objects").asInt()).isEqualTo(3);
        assertThat(j.get("by_type").get("indicator").asInt()).isEqualTo(1);
        JsonNode errors = j.get("errors");
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
        assertThat(errors.valueStream().map(e -> e.get("id").asString() + " " + e.get("path").asString()).toList())
                .contains("indicator--a932fcc6-e032-476c-826f-cb970a5a1ade $.created",
                        "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad $.source_ref");
        errors.forEach(e -> assertThat(e.get("rule").asString()).isNotBlank());
        errors.forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
        Run text = run("cyber", "stix", "validate", fixture("invalid-bundle.json").toString());
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("2 errors", "ERROR indicator--a932fcc6");
    }

    @Test
    void anUnreadableOrMalformedFileExitsTwoWithAMessage(@TempDir Path dir) throws Exception {
        Run missing = run("cyber", "stix", "validate", dir.resolve("nothing.json").toString(), "--json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read", "nothing.json");
        assertThat(missing.out()).isEmpty();

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\": \"bundle\", \"id\": ");
        Run r = run("cyber", "stix", "validate", broken.toString(), "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a STIX 2.1 bundle", "well-formed JSON");

        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        Run d = run("cyber", "stix", "validate", deep.toString());
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("limit");
    }

    /** A migrated H2 file database with one analyst and one reader without STIX rights. */
    private static Sql database(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Settings.embeddedUrl(dir));
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Sql sql = new Sql(ds);
        UserStore users = new UserStore(sql);
        Instant now = Instant.now();
        users.insert(new UserAccount("u-1", "ana", "Ana Analyst", Optional.empty(), "FR-CERT", "FR", EnumSet.of(Role.ANALYST),
                Classification.RESTREINT_UE, true, 0, Optional.empty(), now, now));
        users.insert(new UserAccount("u-2", "rita", "Rita Auditor", Optional.empty(), "FR-CERT", "FR", EnumSet.of(Role.AUDITOR),
                Classification.RESTREINT_UE, true, 0, Optional.empty(), now, now));
        return sql;
    }

    @Test
    void importStoresTheBundleAsTheNamedUserAuditedAndIdempotently(@TempDir Path dir) throws Exception {
        Sql sql = database(dir);
        String file = fixture("poisonivy.json").toString();
        Run first = run("cyber", "stix", "import", file, "--as", "ana", "--tlp", "AMBER", "--data-dir", dir.toString(), "--json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.json().get("stored").asInt()).isEqualTo(155);
        assertThat(first.json().get("committed").asBoolean()).isTrue();
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object")).isEqualTo(155);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object WHERE added_by = 'ana' AND m_orig = 'FR-CERT' AND source_kind = 'BUNDLE'"))
                .isEqualTo(155);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'ana' AND action = 'cyber.stix.import'")).isEqualTo(1);

        Run again = run("cyber", "stix", "import", file, "--as", "ana", "--data-dir", dir.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.json().get("stored").asInt()).isZero();
        assertThat(again.json().get("already_stored").asInt()).isEqualTo(155);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object")).isEqualTo(155);
        assertThat(run("audit", "verify", "--data-dir", dir.toString()).code()).isZero();
    }

    @Test
    void anInvalidBundleStoresNothingUnlessToldToSkipTheInvalidObjects(@TempDir Path dir) throws Exception {
        Sql sql = database(dir);
        String file = fixture("invalid-bundle.json").toString();
        Run r = run("cyber", "stix", "import", file, "--as", "ana", "--data-dir", dir.toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("committed").asBoolean()).isFalse();
        assertThat(r.json().get("refused").asInt()).isEqualTo(2);
        assertThat(r.json().get("errors").size()).isGreaterThanOrEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object")).isZero();

        Run skip = run("cyber", "stix", "import", file, "--as", "ana", "--skip-invalid", "--data-dir", dir.toString());
        assertThat(skip.code()).isEqualTo(1);
        assertThat(skip.out()).contains("stored 1 new", "2 refused");
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object")).isEqualTo(1);
    }

    @Test
    void importRefusesUnknownUsersUsersWithoutTheRightAndMissingDatabases(@TempDir Path dir) throws Exception {
        String file = fixture("poisonivy.json").toString();
        Run noDb = run("cyber", "stix", "import", file, "--as", "ana", "--data-dir", dir.resolve("none").toString());
        assertThat(noDb.code()).isEqualTo(2);
        assertThat(noDb.err()).contains("no ISSA database");
        assertThat(Files.exists(dir.resolve("none").resolve("issa.mv.db"))).isFalse();

        Sql sql = database(dir);
        Run unknown = run("cyber", "stix", "import", file, "--as", "mallory", "--data-dir", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no user 'mallory'");
        Run reader = run("cyber", "stix", "import", file, "--as", "rita", "--data-dir", dir.toString());
        assertThat(reader.code()).isEqualTo(2);
        assertThat(reader.err()).contains("only CERT analysts and supervisors");
        Run missingAs = run("cyber", "stix", "import", file, "--data-dir", dir.toString());
        assertThat(missingAs.code()).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object")).isZero();
    }
}

package org.issa.investigation.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.investigation.StoreFixtures.ANALYST;
import static org.issa.investigation.StoreFixtures.AUDITOR;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.core.error.ForbiddenException;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.investigation.StoreFixtures;
import org.issa.investigation.entity.EntityStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Importers on a real database: good files land in full and idempotently, bad ones are refused whole, naming the line. */
class ImportContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream caviar(int phase) {
        return ImportContractTest.class.getResourceAsStream("/org/issa/investigation/caviar/phase" + phase + ".csv");
    }

    static TabularOptions options(String dataset, String relation, String nodeSchema, boolean create) {
        return new TabularOptions(dataset, "test.csv", relation, nodeSchema, create, Optional.empty(), Optional.empty(),
                Optional.empty(), StoreFixtures.OPEN);
    }

    private static long count(EntityStore store, String sql) {
        return store.sql().count(sql);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void caviarPhaseOneImportsAsADirectedWeightedNetworkOnceOnly(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        EntityStore store = StoreFixtures.store(db, audit);
        DatasetImports imports = new DatasetImports(store, ImportLimits.DEFAULT);
        TabularOptions o = new TabularOptions("caviar", "phase1.csv", "Communication", "Person", true, Optional.of("phase-1"),
                Optional.of(LocalDate.of(1994, 1, 1)), Optional.of(LocalDate.of(1994, 2, 28)), StoreFixtures.OPEN);
        var report = imports.matrix(ANALYST, o, caviar(1));
        assertThat(report.links()).isEqualTo(26);          // directed arcs of phase 1 (README)
        assertThat(report.nodesCreated()).isEqualTo(15);
        assertThat(count(store, "SELECT SUM(weight) FROM inv_edge")).isEqualTo(59); // total weight of phase 1
        var again = imports.matrix(ANALYST, o, caviar(1));
        assertThat(again.nodesCreated()).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM inv_edge")).isEqualTo(26);
        assertThat(count(store, "SELECT COUNT(*) FROM inv_entity")).isEqualTo(15 + 26);
        assertThat(count(store, "SELECT COUNT(*) FROM inv_edge WHERE start_date = DATE '1994-01-01' AND end_date = DATE '1994-02-28'"))
                .isEqualTo(26);
        assertThat(audit.actions()).containsOnly("investigation.entity.publish");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void malformedMatricesAreRefusedWholeNamingTheLine(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        DatasetImports imports = new DatasetImports(store, ImportLimits.DEFAULT);
        TabularOptions o = options("m", "Communication", "Person", true);
        assertThatThrownBy(() -> imports.matrix(ANALYST, o, text("\"players\",\"1\",\"2\"\n\"1\",0,1\n\"2\",1\n")))
                .isInstanceOf(ImportError.class).hasMessageContaining("line 3: ragged matrix: the row has 2 cells, the header 3");
        assertThatThrownBy(() -> imports.matrix(ANALYST, o, text("p,1,2\n1,3,1\n2,1,0\n")))
                .hasMessageContaining("line 2: self-loop: '1' is linked to itself");
        assertThatThrownBy(() -> imports.matrix(ANALYST, o, text("p,1,2\n2,0,1\n1,1,0\n")))
                .hasMessageContaining("line 2: row 1 is node '2' but column 1 is '1'");
        assertThatThrownBy(() -> imports.matrix(ANALYST, o, text("p,1,2\n1,0,x\n2,1,0\n")))
                .hasMessageContaining("line 2: cell for column '2' is not a number: 'x'");
        assertThatThrownBy(() -> imports.matrix(ANALYST, o, text("p,1,2\n1,0,1\n")))
                .hasMessageContaining("the matrix has 1 rows for 2 node ids");
        assertThatThrownBy(() -> imports.matrix(ANALYST, o, text("p,1,1\n1,0,1\n1,1,0\n")))
                .hasMessageContaining("line 1: node id '1' appears twice");
        assertThat(count(store, "SELECT COUNT(*) FROM inv_entity")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void edgeListsNeedKnownIdsUnlessTheImportMayCreateThem(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        DatasetImports imports = new DatasetImports(store, ImportLimits.DEFAULT);
        String csv = "from,to,when,w\na,b,2025-03-01,2\nb,c,2025-04-01,\n";
        ColumnMapping m = new ColumnMapping("from", "to", Optional.of("w"), Optional.of("when"), Optional.empty());
        assertThatThrownBy(() -> imports.edges(ANALYST, options("e", "Associate", "Person", false), m, text(csv)))
                .hasMessageContaining("unknown id 'a': dataset e holds no such entity");
        assertThat(count(store, "SELECT COUNT(*) FROM inv_entity")).isZero();
        var r = imports.edges(ANALYST, options("e", "Associate", "Person", true), m, text(csv));
        assertThat(r.links()).isEqualTo(2);
        assertThat(r.nodesCreated()).isEqualTo(3);
        assertThat(count(store, "SELECT COUNT(*) FROM inv_edge WHERE weight = 2 AND directed = FALSE")).isEqualTo(1);
        assertThat(imports.edges(ANALYST, options("e", "Associate", "Person", false), m, text(csv)).links()).isEqualTo(2);
        assertThat(count(store, "SELECT COUNT(*) FROM inv_edge")).isEqualTo(2);

        assertThatThrownBy(() -> imports.edges(ANALYST, options("e", "Associate", "Person", true), m, text("from,to,when,w\na,a,,\n")))
                .hasMessageContaining("line 2: self-loop");
        assertThatThrownBy(() -> imports.edges(ANALYST, options("e", "Associate", "Person", true), m, text("src,dst\na,b\n")))
                .hasMessageContaining("line 1: the header has no column 'from'");
        assertThatThrownBy(() -> imports.edges(ANALYST, options("e", "Associate", "Person", true), m, text("from,to,when,w\na,b,yesterday,1\n")))
                .hasMessageContaining("line 2: time 'yesterday' is not an ISO 8601 date");
        assertThatThrownBy(() -> imports.edges(ANALYST, options("e", "Associate", "Person", true), m, text("from,to,when,w\na,b\n")))
                .hasMessageContaining("line 2: the row has 2 fields, the header 4");
        assertThatThrownBy(() -> imports.edges(AUDITOR, options("e", "Associate", "Person", true), m, text(csv)))
                .isInstanceOf(ForbiddenException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void callRecordsBecomeCallsBetweenPhonesAndRepeatedCallsAreKept(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        DatasetImports imports = new DatasetImports(store, ImportLimits.DEFAULT);
        String csv = "caller,callee,time,duration\n+33612345678,+33698765432,2025-06-01T10:00:00Z,65\n"
                + "+33612345678,+33698765432,2025-06-01T10:00:00Z,65\n+33698765432,+4915112345678,2025-06-02T08:30:00Z,12\n";
        var r = imports.calls(ANALYST, options("cdr", "Call", "Phone", true), ColumnMapping.calls(), text(csv));
        assertThat(r.links()).isEqualTo(3);
        assertThat(r.nodesCreated()).isEqualTo(3);
        assertThat(count(store, "SELECT COUNT(*) FROM inv_edge WHERE relation = 'Call' AND directed = TRUE")).isEqualTo(3);
        assertThat(count(store, "SELECT COUNT(*) FROM inv_statement WHERE pivot = 'phone:33612345678'")).isEqualTo(3);
        imports.calls(ANALYST, options("cdr", "Call", "Phone", true), ColumnMapping.calls(), text(csv));
        assertThat(count(store, "SELECT COUNT(*) FROM inv_edge")).isEqualTo(3);
        assertThatThrownBy(() -> imports.calls(ANALYST, options("cdr", "Call", "Phone", true), ColumnMapping.calls(),
                text("caller,callee,time,duration\n1234567,7654321,2025-06-01,-4\n"))).hasMessageContaining("line 2: 'duration' is negative");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ftmJsonLinesRoundTripAndHostileLinesAreRefused(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        DatasetImports imports = new DatasetImports(store, ImportLimits.DEFAULT);
        String lines = """
                {"id":"p1","schema":"Person","properties":{"name":["Ana Ramos"],"passportNumber":["X1234567"]},"markings":{"passportNumber":{"classification":"RESTREINT_UE","tlp":"AMBER"}}}
                {"id":"c1","schema":"Company","properties":{"name":["Ramos Trading SL"],"registrationNumber":["B-12345678"]}}
                {"id":"o1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["60"],"startDate":["2019"]}}
                """;
        var r = imports.ftm(ANALYST, "ftm1", "sample.jsonl", null, text(lines));
        assertThat(r.entities()).isEqualTo(3);
        assertThat(r.links()).isEqualTo(1);
        assertThat(store.read(StoreFixtures.LOW, "ftm1:p1", "test").values("passportNumber")).isEmpty();
        assertThat(store.read(ANALYST, "ftm1:p1", "test").values("passportNumber")).containsExactly("X1234567");
        java.io.StringWriter out = new java.io.StringWriter();
        FtmLines.write(List.of(store.read(ANALYST, "ftm1:o1", "test")), out);
        assertThat(out.toString()).contains("\"schema\":\"Ownership\"").contains("\"owner\":[\"p1\"]").contains("\"startDate\":[\"2019\"]");

        assertThatThrownBy(() -> imports.ftm(ANALYST, "ftm2", "x", null, text("{\"id\":\"a\",\"schema\":\"Person\"}\n{not json\n")))
                .hasMessageContaining("line 2: malformed JSON");
        assertThatThrownBy(() -> imports.ftm(ANALYST, "ftm2", "x", null, text("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":"
                + "[[[[[[[[[[\"deep\"]]]]]]]]]]}}\n"))).hasMessageContaining("line 1:");
        assertThatThrownBy(() -> imports.ftm(ANALYST, "ftm2", "x", null, text("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":\"x\"}}\n")))
                .hasMessageContaining("line 1: property 'name' must be a list of strings");
        assertThatThrownBy(() -> imports.ftm(ANALYST, "ftm2", "x", null, text("{\"id\":\"a\",\"schema\":\"Person\"}\n{\"id\":\"a\",\"schema\":\"Person\"}\n")))
                .hasMessageContaining("line 2: entity id 'a' appears twice");
        assertThat(count(store, "SELECT COUNT(*) FROM inv_entity WHERE dataset = 'ftm2'")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aGigabyteFileIsRefusedAfterTheLimitWithoutBeingRead(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        DatasetImports imports = new DatasetImports(store, ImportLimits.DEFAULT);
        long gigabyte = 1L << 30;
        byte[] header = "a,b\n".getBytes(StandardCharsets.US_ASCII);
        byte[] padding = (" ".repeat(99_999) + "\n").getBytes(StandardCharsets.US_ASCII);
        long[] sent = {0};
        InputStream huge = new InputStream() { // a 1 GiB file of blank padding lines, generated as it is read
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent[0] >= gigabyte) {
                    return -1;
                }
                int n = (int) Math.min(len, gigabyte - sent[0]);
                for (int i = 0; i < n; i++, sent[0]++) {
                    long p = sent[0];
                    b[off + i] = p < header.length ? header[(int) p] : padding[(int) ((p - header.length) % padding.length)];
                }
                return n;
            }
        };
        ColumnMapping m = new ColumnMapping("a", "b", Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> imports.edges(ANALYST, options("big", "Associate", "Person", true), m, huge))
                .isInstanceOf(ImportError.class).hasMessageContaining("larger than 67108864 bytes");
        assertThat(sent[0]).isLessThan(68L * 1024 * 1024);
        assertThat(count(store, "SELECT COUNT(*) FROM inv_entity")).isZero();
    }
}

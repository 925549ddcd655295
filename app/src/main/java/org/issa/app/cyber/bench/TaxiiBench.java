package org.issa.app.cyber.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.issa.app.identity.NewAccount;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.marking.Classification;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.stix.store.StoredObject;
import org.issa.cyber.taxii.TaxiiInbox;
import org.issa.cyber.taxii.TaxiiMedia;
import org.issa.cyber.taxii.TaxiiStatus;
import tools.jackson.databind.JsonNode;

/**
 * The TAXII benchmark. On each database (H2, and PostgreSQL when given) it starts a fresh server in this JVM and
 * stores N synthetic STIX objects twice, each time on a fresh database: first by handing the envelopes straight to
 * the server's Add Objects handler ({@link TaxiiInbox}, no HTTP: the baseline), then by POSTing the same envelopes
 * through the TAXII 2.1 API over HTTP with an API token. It then reads every stored object back by paging through
 * Get Objects ({@code limit} + {@code next}), over HTTP and directly from the store. Counts are checked against the
 * database: a run whose objects were not all stored and read fails. On H2 it then measures the public report form
 * (see {@link FormFlood}).
 */
public final class TaxiiBench {

    /**
     * @param objects  STIX objects to store (rounded up to whole groups of {@value SyntheticStix#GROUP})
     * @param envelope objects per Add Objects request (a multiple of the group size)
     * @param clients  concurrent posting clients
     * @param pageSize the {@code limit} of each Get Objects request
     */
    public record Options(int objects, int envelope, int clients, int pageSize, Optional<BenchServer.Postgres> postgres,
                          FormFlood.Options form, boolean withForm) {
        public Options {
            if (objects < SyntheticStix.GROUP || envelope < SyntheticStix.GROUP || envelope % SyntheticStix.GROUP != 0) {
                throw new IllegalArgumentException("objects and envelope must be at least " + SyntheticStix.GROUP
                        + " and the envelope a multiple of " + SyntheticStix.GROUP);
            }
            if (objects > 100_000_000) {
                throw new IllegalArgumentException("at most 100,000,000 objects");
            }
            if (clients < 1 || pageSize < 1) {
                throw new IllegalArgumentException("clients and page size must be positive");
            }
        }
    }

    private static final String USER = "bench-cert";
    private static final int WARM_UP_OBJECTS = 20_000;
    private static final long WARM_UP_FIRST_GROUP = 50_000_000;

    private List<byte[]> warmUp = List.of();

    private final Options options;
    private final Consumer<String> progress;

    public TaxiiBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public static Optional<BenchServer.Postgres> postgres(String url, String user, String password) {
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(new BenchServer.Postgres(url, user, password));
    }

    public Map<String, Object> run() throws Exception {
        long groups = (options.objects() + SyntheticStix.GROUP - 1) / SyntheticStix.GROUP;
        int perEnvelope = options.envelope() / SyntheticStix.GROUP;
        progress.accept("generating " + groups * SyntheticStix.GROUP + " STIX objects in envelopes of " + options.envelope());
        List<byte[]> envelopes = new ArrayList<>();
        SyntheticStix stix = new SyntheticStix("issa-bench");
        long bytes = 0;
        for (long g = 0; g < groups; g += perEnvelope) {
            byte[] e = SyntheticStix.envelope(stix.groups(g, Math.min(groups, g + perEnvelope)));
            bytes += e.length;
            envelopes.add(e);
        }
        long total = groups * SyntheticStix.GROUP;
        // The same warm-up before each measurement, into a collection of its own, so that neither run pays for the JIT.
        // Groups far past the measured ones: other ids and other observable values, so none of them is stored twice.
        List<byte[]> warmUp = new ArrayList<>();
        long warmGroups = Math.min(groups / 10, WARM_UP_OBJECTS / SyntheticStix.GROUP);
        for (long g = 0; g < warmGroups; g += perEnvelope) {
            warmUp.add(SyntheticStix.envelope(stix.groups(WARM_UP_FIRST_GROUP + g, WARM_UP_FIRST_GROUP + Math.min(warmGroups, g + perEnvelope))));
        }
        this.warmUp = warmUp;

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "taxii");
        out.put("machine", machine());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("objects", total);
        data.put("envelope_objects", options.envelope());
        data.put("envelopes", envelopes.size());
        data.put("envelope_bytes_avg", bytes / envelopes.size());
        data.put("post_clients", options.clients());
        data.put("get_page_limit", options.pageSize());
        data.put("warm_up_objects_before_each_measurement", warmGroups * SyntheticStix.GROUP);
        data.putAll(SyntheticStix.mix(groups));
        data.put("generator", "SyntheticStix: groups of 10 objects that refer to each other (malware, 2 indicators, "
                + "domain-name, ipv4-addr, url, 3 relationships, sighting), one TLP 2.0 marking or none per group");
        out.put("data", data);

        Map<String, Object> h2 = onDatabase("H2 (embedded, file)", Optional.empty(), envelopes, total);
        out.put("post_objects_per_s", h2.get("post_objects_per_s"));
        out.put("get_objects_per_s", h2.get("get_objects_per_s"));
        Map<String, Object> form = null;
        if (h2.containsKey("report_form")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) h2.remove("report_form");
            form = f;
            out.put("report_form_per_s", f.get("report_form_per_s"));
        }
        out.put("h2", h2);
        if (options.postgres().isPresent()) {
            out.put("postgresql", onDatabase("PostgreSQL", options.postgres(), envelopes, total));
        }
        if (form != null) {
            out.put("report_form", form);
        }
        return out;
    }

    private Map<String, Object> onDatabase(String name, Optional<BenchServer.Postgres> pg, List<byte[]> envelopes, long total)
            throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("database", name);

        progress.accept(name + ": baseline, envelopes handed to the Add Objects handler without HTTP (fresh database)");
        try (BenchServer server = BenchServer.start(pg)) {
            Setup s = setup(server);
            r.put("database_version", databaseVersion(server));
            BundleReader reader = server.bean(BundleReader.class);
            TaxiiInbox inbox = server.bean(TaxiiInbox.class);
            Principal p = s.account().principal();
            for (byte[] e : warmUp) {
                inbox.add(p, s.warmUpCollection(), reader.readEnvelope(e), "bench warm-up");
            }
            Timed post = timed(envelopes.size(), i -> {
                TaxiiStatus status = inbox.add(p, s.collection(), reader.readEnvelope(envelopes.get(i)), "bench direct");
                return status.toJson();
            });
            requireStored(server, s, total, post);
            r.put("baseline_direct_objects_per_s", rate(total, post.nanos()));
            r.put("baseline_direct_seconds", seconds(post.nanos()));
            progress.accept(name + ": baseline " + r.get("baseline_direct_objects_per_s") + " objects/s; reading them from the store");
            StixStore store = server.bean(StixStore.class);
            long t0 = System.nanoTime();
            long read = 0;
            String cursor = "";
            while (true) {
                Page<StoredObject> page = store.objects(p, ObjectQuery.latest(options.pageSize()).inCollection(s.collection()).after(cursor));
                for (StoredObject o : page.items()) {
                    read += o.json().length() > 0 ? 1 : 0;
                }
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                cursor = page.nextCursor().get();
            }
            long nanos = System.nanoTime() - t0;
            require(read == total, "the direct read returned " + read + " objects, not " + total);
            r.put("baseline_get_direct_objects_per_s", rate(total, nanos));
        }

        progress.accept(name + ": POST through the TAXII API over HTTP (fresh database)");
        try (BenchServer server = BenchServer.start(pg)) {
            Setup s = setup(server);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + s.token()).getBytes(StandardCharsets.UTF_8));
            URI objects = URI.create(server.base() + "/taxii2/cert/collections/" + s.collection() + "/objects/");
            URI warmObjects = URI.create(server.base() + "/taxii2/cert/collections/" + s.warmUpCollection() + "/objects/");
            for (byte[] e : warmUp) {
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(warmObjects).header("Authorization", auth)
                        .header("Accept", TaxiiMedia.TAXII).header("Content-Type", TaxiiMedia.TAXII)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(e)).build(), HttpResponse.BodyHandlers.ofString());
                require(resp.statusCode() == 202, "warm-up POST answered " + resp.statusCode());
            }
            Timed post = timed(envelopes.size(), i -> {
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(objects).header("Authorization", auth)
                        .header("Accept", TaxiiMedia.TAXII).header("Content-Type", TaxiiMedia.TAXII)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(envelopes.get(i))).build(), HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() != 202) {
                    throw new IllegalStateException("POST answered " + resp.statusCode() + ": " + cut(resp.body()));
                }
                return resp.body();
            });
            requireStored(server, s, total, post);
            long postNanos = post.nanos();
            r.put("post_objects_per_s", rate(total, postNanos));
            r.put("post_seconds", seconds(postNanos));
            r.put("post_requests", envelopes.size());
            r.put("post_vs_baseline", ratio((double) r.get("post_objects_per_s"), (double) r.get("baseline_direct_objects_per_s")));
            progress.accept(name + ": POST " + r.get("post_objects_per_s") + " objects/s; paging through Get Objects");

            long t0 = System.nanoTime();
            long read = 0;
            int pages = 0;
            String next = null;
            do {
                URI uri = URI.create(objects + "?limit=" + options.pageSize()
                        + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                        .header("Accept", TaxiiMedia.TAXII).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() != 200) {
                    throw new IllegalStateException("GET answered " + resp.statusCode() + ": " + cut(resp.body()));
                }
                JsonNode env = StixJson.read(resp.body());
                read += env.path("objects").size();
                pages++;
                next = env.path("more").asBoolean(false) ? env.path("next").asString() : null;
            } while (next != null);
            long getNanos = System.nanoTime() - t0;
            require(read == total, "Get Objects returned " + read + " objects, not " + total);
            r.put("get_objects_per_s", rate(total, getNanos));
            r.put("get_seconds", seconds(getNanos));
            r.put("get_requests", pages);
            r.put("get_vs_baseline", ratio((double) r.get("get_objects_per_s"), (double) r.get("baseline_get_direct_objects_per_s")));
            r.put("objects_read", read);
            r.put("objects_stored_with_warm_up", server.bean(Sql.class).count("SELECT COUNT(*) FROM cyber_stix_object"));
            if (options.withForm() && pg.isEmpty()) {
                progress.accept(name + ": public report form, legitimate clients with and without an abusive one");
                r.put("report_form", new FormFlood(server, options.form(), progress).run());
            }
        }
        return r;
    }

    /** An analyst account with an API token, and a collection it may read and write. */
    private record Setup(UserAccount account, String token, String collection, String warmUpCollection) {
    }

    private static Setup setup(BenchServer server) {
        UserDirectory directory = server.bean(UserDirectory.class);
        UserAccount account = directory.bootstrap(new NewAccount(USER, "Benchmark CERT client", "bench password "
                + java.util.UUID.randomUUID(), "BENCH-CERT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE));
        String token = directory.issueToken(account.principal(), "bench", 1).secret();
        Principal supervisor = new Principal("bench-supervisor", "BENCH-CERT", "FR", Set.of(Role.SUPERVISOR), Classification.RESTREINT_UE);
        Collection c = server.bean(StixStore.class).createCollection(supervisor, "Benchmark inbox", "objects posted by the benchmark",
                Optional.of("bench"), List.of(new Collection.Grant("USER:" + USER, true, true)));
        Collection w = server.bean(StixStore.class).createCollection(supervisor, "Benchmark warm-up", "objects posted to warm up",
                Optional.of("bench-warm-up"), List.of(new Collection.Grant("USER:" + USER, true, true)));
        return new Setup(account, token, c.id(), w.id());
    }

    private static void requireStored(BenchServer server, Setup s, long total, Timed post) {
        long failures = 0;
        long successes = 0;
        for (String status : post.results()) {
            JsonNode n = StixJson.read(status);
            successes += n.path("success_count").asLong();
            failures += n.path("failure_count").asLong();
            if (n.path("failure_count").asLong() > 0) {
                throw new IllegalStateException("objects were refused: " + cut(status));
            }
        }
        long stored = server.bean(Sql.class).count("SELECT COUNT(*) FROM cyber_stix_collection_object WHERE collection_id = ?",
                s.collection());
        require(successes == total && failures == 0 && stored == total,
                "stored " + stored + " of " + total + " objects (" + successes + " successes, " + failures + " failures)");
    }

    @FunctionalInterface
    private interface Request {
        String send(int index) throws Exception;
    }

    private record Timed(long nanos, List<String> results) {
    }

    /** Sends requests 0..n-1 from {@code clients} threads, each taking the next index; the time is from first to last. */
    private Timed timed(int n, Request request) throws Exception {
        String[] results = new String[n];
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(options.clients());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < options.clients(); c++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        results[i] = request.send(i);
                        long d = done.incrementAndGet();
                        if (d % 100 == 0) {
                            progress.accept("  " + d + " of " + n + " envelopes");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Timed(System.nanoTime() - t0, List.of(results));
    }

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("jvm_options", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList());
        return m;
    }

    private static String databaseVersion(BenchServer server) {
        return server.bean(Sql.class).queryOne("SELECT 1", rs -> {
            var md = rs.getStatement().getConnection().getMetaData();
            return md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
        }).orElse("?");
    }

    static double rate(long count, long nanos) {
        return Math.round(count / (nanos / 1e9) * 10) / 10.0;
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    private static double ratio(double a, double b) {
        return Math.round(a / b * 1000) / 1000.0;
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    static String cut(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}

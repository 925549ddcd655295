package org.issa.app.cyber.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issa.app.cyber.PublicRateLimits;
import org.issa.app.cyber.report.FormTokens;
import org.issa.core.sql.Sql;

/**
 * The public report form under load, as visitors meet it: each legitimate client (its own address, given to the
 * server in {@code X-Forwarded-For} as a reverse proxy would) opens the form, then sends a few reports as multipart
 * posts with the page's CSRF token and a form token dated as if a person had taken half a minute to fill it in. An
 * abusive client floods from one address with equally well-formed posts for as long as the legitimate ones run. The
 * form's own rules apply unchanged (honeypot, form token, CSRF, per-address limit); only the node-wide cap is raised
 * by {@link BenchServer}. The baseline is the same legitimate load without the abuser.
 */
public final class FormFlood {

    /**
     * @param clients    legitimate clients, each from its own address
     * @param perClient  reports each sends (the per-address limit is 10 in 10 minutes)
     * @param threads    legitimate clients served at once
     * @param abusers    threads of the abusive client, all from one address
     */
    public record Options(int clients, int perClient, int threads, int abusers) {
        public static final Options DEFAULT = new Options(400, 5, 8, 2);
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final BenchServer server;
    private final Options options;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final FormTokens tokens;

    FormFlood(BenchServer server, Options options, Consumer<String> progress) {
        this.server = server;
        this.options = options;
        this.progress = progress;
        this.tokens = server.bean(FormTokens.class);
    }

    Map<String, Object> run() throws Exception {
        PublicRateLimits limits = server.bean(PublicRateLimits.class);
        Sql sql = server.bean(Sql.class);
        long before = sql.count("SELECT COUNT(*) FROM cyber_report");
        limits.reset();
        Round alone = round(0, false);
        limits.reset();
        Round flooded = round(1, true);
        long stored = sql.count("SELECT COUNT(*) FROM cyber_report") - before;
        long expected = alone.accepted() + flooded.accepted() + flooded.abuserAccepted();
        TaxiiBench.require(stored == expected, "the form accepted " + expected + " reports but " + stored + " were stored");

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("report_form_per_s", flooded.perSecond());
        r.put("legitimate_clients", options.clients());
        r.put("reports_per_client", options.perClient());
        r.put("concurrent_legitimate_clients", options.threads());
        r.put("legitimate_accepted", flooded.accepted());
        r.put("legitimate_throttled", flooded.throttled());
        r.put("legitimate_other", flooded.other());
        r.put("seconds", TaxiiBench.seconds(flooded.nanos()));
        Map<String, Object> abuser = new LinkedHashMap<>();
        abuser.put("threads", options.abusers());
        abuser.put("sent", flooded.abuserSent());
        abuser.put("accepted", flooded.abuserAccepted());
        abuser.put("throttled", flooded.abuserThrottled());
        abuser.put("other", flooded.abuserOther());
        r.put("abusive_client", abuser);
        r.put("baseline_without_abuser_per_s", alone.perSecond());
        r.put("baseline_accepted", alone.accepted());
        r.put("baseline_throttled", alone.throttled());
        r.put("reports_stored", stored);
        r.put("limits", "per address 10 in 10 minutes (default); node-wide cap raised from the default 300 a minute so that the "
                + "server's throughput is measured, not the cap");
        return r;
    }

    private record Round(long nanos, int accepted, int throttled, int other, long abuserSent, long abuserAccepted,
                         long abuserThrottled, long abuserOther) {
        double perSecond() {
            return TaxiiBench.rate(accepted, nanos);
        }
    }

    private Round round(int round, boolean withAbuser) throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicLong[] abuse = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService abusers = Executors.newFixedThreadPool(Math.max(1, options.abusers()));
        List<Future<?>> flood = new ArrayList<>();
        if (withAbuser) {
            Visitor bot = new Visitor("192.0.2.66");
            for (int t = 0; t < options.abusers(); t++) {
                flood.add(abusers.submit(() -> {
                    int i = 0;
                    while (running.get()) {
                        int code = bot.report("Flood " + i++ + ": you have won a prize, visit https://prize.example.net/claim now");
                        abuse[0].incrementAndGet();
                        abuse[code == 302 ? 1 : code == 429 ? 2 : 3].incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        AtomicInteger nextClient = new AtomicInteger();
        long t0 = System.nanoTime();
        try {
            List<Future<?>> legit = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                legit.add(pool.submit(() -> {
                    for (int c = nextClient.getAndIncrement(); c < options.clients(); c = nextClient.getAndIncrement()) {
                        Visitor v = new Visitor("2001:db8:" + Integer.toHexString(round + 1) + "::" + Integer.toHexString(c + 1));
                        for (int k = 0; k < options.perClient(); k++) {
                            int code = v.report("A caller claiming to be from my bank asked for my card code (" + round + "/" + c + "/" + k
                                    + "); the message linked to https://bank-" + c + ".phish.example/login");
                            (code == 302 ? accepted : code == 429 ? throttled : other).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : legit) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = System.nanoTime() - t0;
        running.set(false);
        for (Future<?> f : flood) {
            f.get();
        }
        abusers.shutdownNow();
        progress.accept("  form " + (withAbuser ? "with" : "without") + " the abuser: " + accepted + " accepted, " + throttled
                + " throttled, " + other + " other");
        return new Round(nanos, accepted.get(), throttled.get(), other.get(), abuse[0].get(), abuse[1].get(), abuse[2].get(),
                abuse[3].get());
    }

    /** One visitor: its address, its session cookie and the page's CSRF token. */
    private final class Visitor {
        private final String address;
        private final String cookie;
        private final String csrf;

        Visitor(String address) {
            this.address = address;
            try {
                HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/cyber/report?lang=en"))
                        .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = CSRF.matcher(form.body());
                Matcher s = SESSION.matcher(String.join(";", form.headers().allValues("Set-Cookie")));
                if (form.statusCode() != 200 || !m.find() || !s.find()) {
                    throw new IllegalStateException("the report form answered " + form.statusCode() + " without a CSRF token or session");
                }
                this.csrf = m.group(1);
                this.cookie = "JSESSIONID=" + s.group(1);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Sends one report; returns the status (302 accepted, 429 throttled). */
        int report(String description) throws Exception {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("_csrf", csrf);
            f.put("formToken", tokens.issue(Instant.now().minusSeconds(30)));
            f.put("lang", "en");
            f.put("website", "");
            f.put("reporterType", "CITIZEN");
            f.put("anonymous", "true");
            f.put("description", description);
            f.put("country", "FR");
            f.put("sector", "individual");
            String boundary = "----issabench" + Long.toHexString(System.nanoTime());
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/cyber/report?lang=en"))
                    .header("X-Forwarded-For", address).header("Cookie", cookie)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, f))).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode();
        }
    }

    private static byte[] multipart(String boundary, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

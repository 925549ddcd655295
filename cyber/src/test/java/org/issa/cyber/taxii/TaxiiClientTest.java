package org.issa.cyber.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a peer that misbehaves: everything it reads is bounded and every fault is named. */
class TaxiiClientTest {

    private HttpServer server;
    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private final AtomicReference<String> seen = new AtomicReference<>();

    record Answer(int status, String contentType, byte[] body, long delayMs) {
        static Answer taxii(String json) {
            return new Answer(200, TaxiiMedia.TAXII, json.getBytes(StandardCharsets.UTF_8), 0);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + exchange.getRequestHeaders().getFirst("Accept"));
            exchange.getRequestBody().readAllBytes();
            Answer a = answer.get();
            try {
                Thread.sleep(a.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", a.contentType());
            exchange.getResponseHeaders().add("X-TAXII-Date-Added-Last", "2026-01-01T00:00:00.123456Z");
            exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private TaxiiClient client(ClientLimits limits) {
        return new TaxiiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api1/"), "svc", "issa_secret", limits);
    }

    private TaxiiClient client() {
        return client(ClientLimits.DEFAULT);
    }

    @Test
    void readsPagesWithBasicAuthAndTheTaxiiAcceptHeader() {
        answer.set(Answer.taxii("{\"more\":true,\"next\":\"n2\",\"objects\":[{\"type\":\"indicator\",\"id\":\"indicator--1\"}]}"));
        TaxiiClient.ObjectsPage p = client().objects("c1", Optional.of("2026-01-01T00:00:00Z"), Optional.empty(), 10);
        assertThat(p.objects()).hasSize(1);
        assertThat(p.more()).isTrue();
        assertThat(p.next()).contains("n2");
        assertThat(p.dateAddedLast()).contains("2026-01-01T00:00:00.123456Z");
        assertThat(seen.get()).startsWith("GET /api1/collections/c1/objects/?limit=10&added_after=2026-01-01T00%3A00%3A00Z ")
                .contains("Basic c3ZjOmlzc2Ffc2VjcmV0").endsWith(TaxiiMedia.TAXII);
    }

    @Test
    void theStatusOfAPostIsRead() {
        answer.set(Answer.taxii("{\"id\":\"s1\",\"status\":\"complete\",\"total_count\":1,\"success_count\":1,"
                + "\"successes\":[{\"id\":\"indicator--1\",\"version\":\"2026-01-01T00:00:00.000Z\"}],\"failure_count\":0,\"pending_count\":0}"));
        TaxiiStatus s = client().addObjects("c1", List.of("{\"id\":\"indicator--1\"}"));
        assertThat(s.successes()).hasSize(1);
        assertThat(seen.get()).startsWith("POST /api1/collections/c1/objects/ ");
    }

    @Test
    void taxiiErrorsAreQuoted() {
        answer.set(new Answer(403, TaxiiMedia.TAXII, "{\"title\":\"Forbidden\",\"description\":\"no write\",\"http_status\":\"403\"}"
                .getBytes(StandardCharsets.UTF_8), 0));
        assertThatThrownBy(() -> client().collections()).isInstanceOfSatisfying(PeerException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.getMessage()).contains("HTTP 403: Forbidden (no write)");
        });
        answer.set(new Answer(500, "text/html", "<h1>\u0007broken</h1>".getBytes(StandardCharsets.UTF_8), 0));
        assertThatThrownBy(() -> client().collections()).hasMessageContaining("HTTP 500: <h1> broken</h1>");
    }

    @Test
    void wrongContentTypesOversizedBodiesBadJsonAndSlowPeersAreRefused() {
        answer.set(new Answer(200, "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8), 0));
        assertThatThrownBy(() -> client().collections()).hasMessageContaining("not application/taxii+json");
        answer.set(Answer.taxii("{\"objects\":[" + "1,".repeat(2000) + "1]}"));
        ClientLimits small = new ClientLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), 2048, 1, 10, 10);
        assertThatThrownBy(() -> client(small).objects("c1", Optional.empty(), Optional.empty(), 10)).hasMessageContaining("exceeds 2048 bytes");
        answer.set(Answer.taxii("{\"objects\": [ {\"a\": "));
        assertThatThrownBy(() -> client().objects("c1", Optional.empty(), Optional.empty(), 10)).hasMessageContaining("not valid JSON");
        answer.set(Answer.taxii("[" .repeat(200) + "]".repeat(200)));
        assertThatThrownBy(() -> client().collections()).isInstanceOf(PeerException.class);
        answer.set(Answer.taxii("{\"objects\":{}}"));
        assertThatThrownBy(() -> client().objects("c1", Optional.empty(), Optional.empty(), 10)).hasMessageContaining("not a list");
        answer.set(new Answer(200, TaxiiMedia.TAXII, "{}".getBytes(StandardCharsets.UTF_8), 3000));
        ClientLimits quick = new ClientLimits(Duration.ofSeconds(1), Duration.ofMillis(300), 4096, 1, 10, 10);
        assertThatThrownBy(() -> client(quick).collections()).hasMessageContaining("did not answer within");
    }

    @Test
    void unreachablePeersAreNamed() {
        TaxiiClient c = new TaxiiClient(URI.create("http://127.0.0.1:1/taxii2/x/"), "svc", "s", ClientLimits.DEFAULT);
        assertThatThrownBy(c::collections).isInstanceOf(PeerException.class).hasMessageContaining("could not be reached");
    }
}

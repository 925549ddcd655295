package org.issa.cyber.taxii;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.issa.cyber.stix.BundleLimits;
import org.issa.cyber.stix.StixFormatException;
import org.issa.cyber.stix.StixJson;
import tools.jackson.databind.JsonNode;

/**
 * A TAXII 2.1 client over {@code java.net.http}: discovery, collections, objects with
 * {@code added_after} and {@code next}, add objects and status. HTTP Basic credentials; every
 * answer is bounded in time and size, must be {@code application/taxii+json}, and a TAXII error
 * resource from the peer is turned into a {@link PeerException} that quotes it.
 */
public final class TaxiiClient {

    /** A collection as the peer describes it. */
    public record RemoteCollection(String id, String title, boolean canRead, boolean canWrite) {
    }

    /**
     * One page of objects.
     *
     * @param dateAddedLast the peer's X-TAXII-Date-Added-Last, if it sent one
     */
    public record ObjectsPage(List<JsonNode> objects, boolean more, Optional<String> next, Optional<String> dateAddedLast) {
    }

    private final URI apiRoot;
    private final String authorization;
    private final ClientLimits limits;
    private final HttpClient http;

    /**
     * @param apiRoot the peer's API root URL (ends with '/')
     */
    public TaxiiClient(URI apiRoot, String username, String secret, ClientLimits limits) {
        String root = apiRoot.toString();
        this.apiRoot = URI.create(root.endsWith("/") ? root : root + "/");
        String scheme = this.apiRoot.getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("a TAXII API root is an http(s) URL");
        }
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
        this.limits = limits;
        this.http = HttpClient.newBuilder().connectTimeout(limits.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI apiRoot() {
        return apiRoot;
    }

    /** The server's discovery resource ({@code /taxii2/} on the API root's host, or the URL given). */
    public JsonNode discovery(URI discoveryUrl) {
        return json(send(get(discoveryUrl)));
    }

    /** The API root information (title, versions, max_content_length). */
    public JsonNode apiRootInformation() {
        return json(send(get(apiRoot)));
    }

    public List<RemoteCollection> collections() {
        JsonNode n = json(send(get(apiRoot.resolve("collections/"))));
        List<RemoteCollection> out = new ArrayList<>();
        for (JsonNode c : n.path("collections")) {
            out.add(new RemoteCollection(c.path("id").asString(""), c.path("title").asString(""), c.path("can_read").asBoolean(false),
                    c.path("can_write").asBoolean(false)));
        }
        return out;
    }

    /** One page of a collection's objects (last versions) added after a timestamp, or the page {@code next} points to. */
    public ObjectsPage objects(String collectionId, Optional<String> addedAfter, Optional<String> next, int limit) {
        StringBuilder q = new StringBuilder("?limit=").append(limit);
        addedAfter.ifPresent(a -> q.append("&added_after=").append(enc(a)));
        next.ifPresent(n -> q.append("&next=").append(enc(n)));
        HttpResponse<byte[]> r = send(get(collection(collectionId).resolve("objects/" + q)));
        JsonNode env = json(r);
        if (!env.isObject()) {
            throw new PeerException(r.statusCode(), "the peer's envelope is not a JSON object");
        }
        JsonNode objects = env.path("objects");
        if (!objects.isMissingNode() && !objects.isArray()) {
            throw new PeerException(r.statusCode(), "the peer's envelope has 'objects' that is not a list");
        }
        List<JsonNode> list = new ArrayList<>();
        objects.forEach(list::add);
        Optional<String> nextToken = env.path("next").isString() ? Optional.of(env.path("next").asString()).filter(s -> !s.isEmpty())
                : Optional.empty();
        return new ObjectsPage(list, env.path("more").asBoolean(false), nextToken,
                r.headers().firstValue("X-TAXII-Date-Added-Last"));
    }

    /** Posts objects (their JSON texts) in one envelope; the peer's status. */
    public TaxiiStatus addObjects(String collectionId, List<String> objectJson) {
        byte[] body = TaxiiJson.envelope(false, null, objectJson).getBytes(StandardCharsets.UTF_8);
        HttpRequest r = request(collection(collectionId).resolve("objects/")).header("Content-Type", TaxiiMedia.TAXII)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return TaxiiStatus.parse(json(send(r)));
    }

    public TaxiiStatus status(String statusId) {
        return TaxiiStatus.parse(json(send(get(apiRoot.resolve("status/" + enc(statusId) + "/")))));
    }

    // ---- transport

    private URI collection(String id) {
        return apiRoot.resolve("collections/" + enc(id) + "/");
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(limits.requestTimeout()).header("Accept", TaxiiMedia.TAXII)
                .header("Authorization", authorization);
    }

    private HttpRequest get(URI uri) {
        return request(uri).GET().build();
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        HttpResponse<InputStream> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new PeerException("the peer did not answer within " + limits.requestTimeout().toSeconds() + " s: "
                    + request.method() + " " + request.uri(), e);
        } catch (IOException e) {
            throw new PeerException("the peer could not be reached: " + request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerException("interrupted while waiting for the peer", e);
        }
        byte[] body;
        try (InputStream in = r.body()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxResponseBytes() + 1));
        } catch (IOException e) {
            throw new PeerException("the peer's answer broke off: " + e.getMessage(), e);
        }
        if (body.length > limits.maxResponseBytes()) {
            throw new PeerException(r.statusCode(), "the peer's answer exceeds " + limits.maxResponseBytes() + " bytes: "
                    + request.method() + " " + request.uri());
        }
        HttpResponse<byte[]> out = new Answer(r, body);
        if (r.statusCode() >= 300) {
            throw new PeerException(r.statusCode(), describeError(request, out));
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!TaxiiMedia.isTaxiiContent(type)) {
            throw new PeerException(r.statusCode(), "the peer answered " + request.method() + " " + request.uri() + " with '"
                    + cut(type, 80) + "', not " + TaxiiMedia.TAXII);
        }
        return out;
    }

    private JsonNode json(HttpResponse<byte[]> r) {
        try {
            return StixJson.parse(r.body(), new BundleLimits(limits.maxResponseBytes(), limits.maxObjects(), 64, 20_000_000));
        } catch (StixFormatException e) {
            throw new PeerException(r.statusCode(), "the peer's answer is not valid JSON: " + e.getMessage());
        }
    }

    private String describeError(HttpRequest request, HttpResponse<byte[]> r) {
        String prefix = "the peer answered " + request.method() + " " + request.uri() + " with HTTP " + r.statusCode();
        try {
            JsonNode e = StixJson.parse(r.body(), new BundleLimits(Math.max(1024, r.body().length), 1, 16, 10_000));
            if (e.path("title").isString()) {
                return prefix + ": " + cut(e.path("title").asString(), 200)
                        + (e.path("description").isString() ? " (" + cut(e.path("description").asString(), 500) + ")" : "");
            }
        } catch (RuntimeException ignored) {
            // not a TAXII error resource: quote what came
        }
        return prefix + (r.body().length == 0 ? "" : ": " + cut(new String(r.body(), StandardCharsets.UTF_8).strip(), 300));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String cut(String s, int max) {
        String clean = s.replaceAll("[\\p{Cntrl}]", " ");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }

    /** A response whose body was read within the bound. */
    private record Answer(HttpResponse<InputStream> head, byte[] body) implements HttpResponse<byte[]> {
        @Override
        public int statusCode() {
            return head.statusCode();
        }

        @Override
        public HttpRequest request() {
            return head.request();
        }

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return head.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return head.sslSession();
        }

        @Override
        public URI uri() {
            return head.uri();
        }

        @Override
        public HttpClient.Version version() {
            return head.version();
        }
    }
}

package org.issa.app.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issa.app.identity.NewAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One real server on a random port with an in-memory H2 database, shared by every HTTP and
 * browser test (same configuration, so Spring builds the context once). OIDC tokens are checked
 * against a key pair made for this JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:issa-http;DB_CLOSE_DELAY=-1",
        "issa.auth.oidc.issuer-uri=https://idp.test/realms/issa",
        "issa.data-dir=target/test-data",
        "issa.watchlists.max-upload-bytes=1500000",
        "logging.level.org.issa=WARN"})
public abstract class HttpTestBase {

    public static final KeyPair IDP_KEYS = keyPair();
    public static final String ISSUER = "https://idp.test/realms/issa";
    public static final String PASSWORD = "test password 4711";

    /** Users of the fixture: one per role, and a low-cleared analyst of another state and agency. */
    public static final String LOW = "t-low";

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static String lowToken;

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserDirectory directory;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** The whole stack runs on PostgreSQL too when CI provides one: a fresh schema for this JVM. */
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("issa.auth.oidc.public-key", () -> Base64.getEncoder().encodeToString(IDP_KEYS.getPublic().getEncoded()));
        org.issa.core.testdb.TestDatabase.postgresUrl().ifPresent(url -> {
            String schema = org.issa.core.testdb.TestDatabase.freshSchema(url);
            r.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            r.add("spring.datasource.username", () -> System.getenv().getOrDefault("ISSA_TEST_POSTGRES_USER", ""));
            r.add("spring.datasource.password", () -> System.getenv().getOrDefault("ISSA_TEST_POSTGRES_PASSWORD", ""));
        });
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void fixtureUsers() {
        synchronized (TOKENS) {
            if (!TOKENS.isEmpty()) {
                return;
            }
            for (Role r : Role.values()) {
                String name = username(r);
                var account = directory.bootstrap(new NewAccount(name, "Test " + r, PASSWORD, "FR-MININT", "FR", Set.of(r),
                        r == Role.SUPERVISOR ? Classification.CONFIDENTIEL_UE : Classification.RESTREINT_UE));
                TOKENS.put(r, directory.issueToken(account.principal(), "test", 30).secret());
            }
            var low = directory.bootstrap(new NewAccount(LOW, "Low Cleared", PASSWORD, "DE-BKA", "DE", Set.of(Role.ANALYST),
                    Classification.UNCLASSIFIED));
            lowToken = directory.issueToken(low.principal(), "test", 30).secret();
        }
    }

    public static String username(Role r) {
        return "t-" + r.name().toLowerCase(java.util.Locale.ROOT);
    }

    protected String token(Role r) {
        return TOKENS.get(r);
    }

    protected String lowToken() {
        return lowToken;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected HttpResponse<String> send(String method, String path, String bearer, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    /** A browser-like session: cookies kept, signed in through the login form with its CSRF token. */
    protected WebSession signIn(String username) {
        WebSession s = new WebSession();
        HttpResponse<String> form = s.get("/login");
        HttpResponse<String> r = s.post("/login", Map.of("username", username, "password", PASSWORD, "_csrf", csrf(form.body())));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + r.statusCode() + " " + r.headers().map());
        }
        return s;
    }

    protected static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    /** Cookie-keeping client for the web UI; redirects are not followed so tests can see them. */
    protected final class WebSession {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        /** A session not signed in (tests in other packages make one to check what anonymous visitors get). */
        public WebSession() {
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
        }

        public HttpResponse<byte[]> getBytes(String path) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        public HttpResponse<String> post(String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        private HttpResponse<String> send(HttpRequest r) {
            try {
                return client.send(r, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

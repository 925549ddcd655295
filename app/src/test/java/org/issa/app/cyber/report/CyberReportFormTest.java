package org.issa.app.cyber.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issa.app.cyber.PublicRateLimits;
import org.issa.app.http.HttpTestBase;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public report form and status page over HTTP, as an anonymous visitor meets them. */
class CyberReportFormTest extends HttpTestBase {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    FormTokens tokens;
    @Autowired
    PublicRateLimits limits;
    @Autowired
    Sql sql;

    @BeforeEach
    void freshLimits() {
        limits.reset();
    }

    private PublicSession visitor() {
        return new PublicSession(url(""));
    }

    /** A form filled in by a person who took their time (the token dates from 30 seconds ago). */
    private Map<String, String> filled(PublicSession s, String lang, String description, Object... more) {
        String csrf = PublicSession.csrf(s.get("/cyber/report?lang=" + lang).body());
        Map<String, String> f = PublicSession.fields("_csrf", csrf, "formToken", tokens.issue(Instant.now().minusSeconds(30)), "lang", lang,
                "website", "", "reporterType", "CITIZEN", "description", description, "country", "FR", "sector", "individual");
        for (int i = 0; i < more.length; i += 2) {
            f.put((String) more[i], (String) more[i + 1]);
        }
        return f;
    }

    private long stored(String marker) {
        return sql.count("SELECT COUNT(*) FROM cyber_report WHERE description LIKE ?", "%" + marker + "%");
    }

    @Test
    void theFormNeedsNoAccountAndSpeaksTheVisitorsLanguage() {
        HttpResponse<String> de = visitor().get("/cyber/report", "de-DE,de;q=0.9,en;q=0.5");
        assertThat(de.statusCode()).isEqualTo(200);
        assertThat(de.body()).contains("<html lang=\"de\">", "Cyberstraftat oder Online-Betrug melden", "<legend>Wer meldet?</legend>",
                "<label for=\"f-description\">", "aria-describedby=\"f-description-hint\"", "name=\"formToken\"", "name=\"_csrf\"",
                "Was wir speichern", "730 Tage");
        HttpResponse<String> fr = visitor().get("/cyber/report?lang=fr", "de");
        assertThat(fr.body()).contains("<html lang=\"fr\">", "Signaler une cyberinfraction", "hreflang=\"de\"", "France");
        assertThat(visitor().get("/cyber/report", "pt-PT").body()).contains("<html lang=\"en\">", "Report a cybercrime or online scam");
        assertThat(visitor().get("/cyber/report/status?lang=de").body()).contains("Status einer Meldung prüfen");
        // every input of the form is labelled
        Matcher ids = Pattern.compile("<(?:input|textarea|select)[^>]*\\bid=\"(f-[^\"]+)\"").matcher(fr.body());
        int n = 0;
        while (ids.find()) {
            assertThat(fr.body()).as("label for " + ids.group(1)).contains("for=\"" + ids.group(1) + "\"");
            n++;
        }
        assertThat(n).isGreaterThan(15);
    }

    @Test
    void aReportGetsAReferenceAndASecretThatOpenItsStatusPage() {
        PublicSession s = visitor();
        String marker = "marker-" + UUID.randomUUID();
        HttpResponse<String> sent = s.postMultipart("/cyber/report?lang=fr", filled(s, "fr", "Hameçonnage reçu par SMS " + marker
                + ", lien hxxps://banque-faux.example[.]com/login", "contactEmail", "victime@example.org", "wallets",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"), List.of(new PublicSession.FilePart("capture.png", PNG)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/cyber/report/received?lang=fr");
        HttpResponse<String> receipt = s.get("/cyber/report/received?lang=fr");
        assertThat(receipt.body()).contains("Merci, nous avons bien reçu votre signalement");
        String reference = find(receipt.body(), "id=\"reference\">([^<]+)<");
        String secret = find(receipt.body(), "id=\"secret\">([^<]+)<");
        assertThat(stored(marker)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_report_attachment a JOIN cyber_report r ON r.id = a.report_id "
                + "WHERE r.reference = ?", reference)).isEqualTo(1);
        // shown once: a reload goes to the status page instead
        assertThat(s.get("/cyber/report/received?lang=fr").statusCode()).isEqualTo(302);

        PublicSession other = visitor();
        String csrf = PublicSession.csrf(other.get("/cyber/report/status?lang=de").body());
        HttpResponse<String> status = other.postForm("/cyber/report/status?lang=de", Map.of("_csrf", csrf, "reference",
                reference.toLowerCase(), "secret", secret, "lang", "de"));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("Status der Meldung " + reference, "Eingegangen, noch nicht gelesen", "Noch nicht weitergeleitet")
                .doesNotContain("victime@example.org", marker, "RESTREINT");
        HttpResponse<String> wrong = other.postForm("/cyber/report/status?lang=de", Map.of("_csrf", csrf, "reference", reference,
                "secret", "AAAA-BBBB-CCCC-DDDD", "lang", "de"));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("Keine Meldung passt");
        HttpResponse<String> unknown = other.postForm("/cyber/report/status?lang=de", Map.of("_csrf", csrf, "reference", "CR-0000-0000-0000",
                "secret", secret, "lang", "de"));
        assertThat(unknown.body()).contains("Keine Meldung passt");
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex + " in the page").isTrue();
        return m.group(1);
    }

    @Test
    void badInputReRendersTheFormWithEveryProblemLinkedToItsFieldAndStoresNothing() {
        PublicSession s = visitor();
        String marker = "bad-" + UUID.randomUUID();
        Map<String, String> f = filled(s, "en", "<script>alert('" + marker + "')</script>", "country", "XX", "wallets", "1NotAWallet" + marker,
                "occurredOn", "yesterday", "anonymous", "true", "contactEmail", "someone@example.org");
        HttpResponse<String> r = s.postMultipart("/cyber/report?lang=en", f, List.of(new PublicSession.FilePart("page.html",
                "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<title>Error: Report a cybercrime or online scam", "There is a problem",
                "href=\"#f-description\"", "href=\"#f-country\"", "href=\"#f-wallets\"", "href=\"#f-occurredOn\"", "href=\"#f-anonymous\"",
                "href=\"#f-file1\"", "remove the web page code", "is not a Bitcoin or Ethereum address", "aria-invalid=\"true\"",
                "files you attached are not kept")
                .doesNotContain("<script>alert");
        assertThat(r.body()).contains("1NotAWallet" + marker); // what was typed is shown again, escaped
        assertThat(stored(marker)).isZero();
    }

    @Test
    void botsAreHeldBackByTheHiddenFieldTheTokenAndItsAge() {
        PublicSession s = visitor();
        String marker = "spam-" + UUID.randomUUID();
        Map<String, String> honey = filled(s, "en", "Buy cheap watches " + marker, "website", "http://spam.example");
        assertThat(s.postMultipart("/cyber/report?lang=en", honey, List.of()).body()).contains("could not be accepted");

        Map<String, String> fast = filled(s, "en", "Buy cheap watches " + marker, "formToken", tokens.issue());
        assertThat(s.postMultipart("/cyber/report?lang=en", fast, List.of()).body()).contains("sent very quickly");

        Map<String, String> forged = filled(s, "en", "Buy cheap watches " + marker, "formToken", "1700000000000.abc.def");
        assertThat(s.postMultipart("/cyber/report?lang=en", forged, List.of()).body()).contains("could not be checked");

        Map<String, String> none = filled(s, "en", "Buy cheap watches " + marker);
        none.remove("formToken");
        assertThat(s.postMultipart("/cyber/report?lang=en", none, List.of()).statusCode()).isEqualTo(400);
        assertThat(stored(marker)).isZero();

        Map<String, String> once = filled(s, "en", "A real report sent twice " + marker);
        assertThat(s.postMultipart("/cyber/report?lang=en", once, List.of()).statusCode()).isEqualTo(302);
        assertThat(s.postMultipart("/cyber/report?lang=en", once, List.of()).body()).contains("already sent");
        assertThat(stored(marker)).isEqualTo(1);

        Map<String, String> noCsrf = filled(s, "en", "Report without the CSRF token " + marker);
        noCsrf.remove("_csrf");
        assertThat(s.postMultipart("/cyber/report?lang=en", noCsrf, List.of()).statusCode()).isEqualTo(403);
        assertThat(stored(marker)).isEqualTo(1);
    }

    @Test
    void aFloodFromOneAddressIsThrottled() {
        PublicSession s = visitor();
        String marker = "flood-" + UUID.randomUUID();
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 15; i++) {
            last = s.postMultipart("/cyber/report?lang=en", filled(s, "en", "Flood number " + i + " " + marker), List.of());
            if (last.statusCode() == 302) {
                accepted++;
            } else {
                break;
            }
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("too many reports");
        assertThat(stored(marker)).isEqualTo(10);

        PublicSession guesser = visitor();
        String csrf = PublicSession.csrf(guesser.get("/cyber/report/status").body());
        int code = 0;
        for (int i = 0; i < 31; i++) {
            code = guesser.postForm("/cyber/report/status", Map.of("_csrf", csrf, "reference", "CR-0000-0000-000" + (i % 10),
                    "secret", "AAAA-BBBB-CCCC-DDDD")).statusCode();
        }
        assertThat(code).isEqualTo(429);
    }

    @Test
    void oversizedUploadsAreRefusedAndNothingIsStored() {
        PublicSession s = visitor();
        String marker = "big-" + UUID.randomUUID();
        byte[] huge = new byte[(int) ReportUploadLimit.MAX_BODY + 10];
        HttpResponse<String> r = s.postMultipart("/cyber/report?lang=fr", filled(s, "fr", "Trop gros " + marker),
                List.of(new PublicSession.FilePart("huge.pdf", huge)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("<html lang=\"fr\">", "Rien n’a été enregistré", "5 MiB");

        // The shared test server caps multipart parts at 1.5 MB (issa.watchlists.max-upload-bytes), below the form's 2 MiB per
        // file (in production the cap is 64 MiB, so the form's own per-file check applies; ReportsContractTest covers it):
        // a 1.6 MB file is refused before the controller, and nothing is stored either.
        byte[] tooBigFile = new byte[1_600_000];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooBigFile, 0, 8);
        HttpResponse<String> one = s.postMultipart("/cyber/report?lang=en", filled(s, "en", "One file too big " + marker),
                List.of(new PublicSession.FilePart("scan.pdf", tooBigFile)));
        assertThat(one.statusCode()).isEqualTo(413);
        assertThat(stored(marker)).isZero();
    }
}

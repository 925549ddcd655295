package org.issa.app.cyber.advisory;

import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.core.error.NotFoundException;
import org.issa.cyber.advisory.AdvisoryDesk;
import org.issa.cyber.advisory.CsafDirectory;
import org.issa.cyber.advisory.PublishedAdvisory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The CSAF 2.0 provider distribution, public and without redirects: {@code provider-metadata.json}
 * at the well-known URL (requirements 7 and 9) and the directory of TLP:WHITE documents with
 * {@code index.txt}, {@code changes.csv}, listings and hash files (requirements 11 to 14 and 18).
 */
@RestController
public class CsafDistribution {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final AdvisoryDesk desk;

    public CsafDistribution(AdvisoryDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/.well-known/csaf/provider-metadata.json")
    ResponseEntity<String> providerMetadata() {
        return ok(JSON, desk.directory().providerMetadata(desk.now()));
    }

    @GetMapping({"/.well-known/csaf/", "/.well-known/csaf"})
    ResponseEntity<String> root() {
        return ok(MediaType.TEXT_HTML, listing("/.well-known/csaf/", java.util.List.of("provider-metadata.json", "white/")));
    }

    @GetMapping({"/.well-known/csaf/white/", "/.well-known/csaf/white"})
    ResponseEntity<String> white() {
        CsafDirectory dir = desk.directory();
        java.util.List<String> entries = new java.util.ArrayList<>(java.util.List.of("index.txt", "changes.csv"));
        dir.years().forEach(y -> entries.add(y + "/"));
        return ok(MediaType.TEXT_HTML, listing("/.well-known/csaf/white/", entries));
    }

    @GetMapping("/.well-known/csaf/white/index.txt")
    ResponseEntity<String> index() {
        return ok(TEXT, desk.directory().indexTxt());
    }

    @GetMapping("/.well-known/csaf/white/changes.csv")
    ResponseEntity<String> changes() {
        return ok(MediaType.parseMediaType("text/csv;charset=UTF-8"), desk.directory().changesCsv());
    }

    @GetMapping({"/.well-known/csaf/white/{year}/", "/.well-known/csaf/white/{year}"})
    ResponseEntity<String> year(@PathVariable String year) {
        CsafDirectory dir = desk.directory();
        if (!YEAR.matcher(year).matches() || !dir.years().contains(year)) {
            throw new NotFoundException("folder", year);
        }
        return ok(MediaType.TEXT_HTML, listing("/.well-known/csaf/white/" + year + "/", dir.files(year)));
    }

    @GetMapping("/.well-known/csaf/white/{year}/{file}")
    ResponseEntity<String> document(@PathVariable String year, @PathVariable String file) {
        CsafDirectory dir = desk.directory();
        String name = file.replaceAll("\\.sha(256|512)$", "");
        Optional<PublishedAdvisory> a = YEAR.matcher(year).matches() ? dir.document(year, name) : Optional.empty();
        if (a.isEmpty()) {
            throw new NotFoundException("CSAF document", year + "/" + file);
        }
        if (file.endsWith(".sha256")) {
            return ok(TEXT, CsafDirectory.hashFile(a.get(), "SHA-256"));
        }
        if (file.endsWith(".sha512")) {
            return ok(TEXT, CsafDirectory.hashFile(a.get(), "SHA-512"));
        }
        return ok(JSON, a.get().csafJson());
    }

    private static ResponseEntity<String> ok(MediaType type, String body) {
        return ResponseEntity.ok().contentType(type).header("Access-Control-Allow-Origin", "*").body(body);
    }

    private static String listing(String path, java.util.List<String> entries) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Index of ")
                .append(HtmlUtils.htmlEscape(path)).append("</title></head><body><h1>Index of ").append(HtmlUtils.htmlEscape(path))
                .append("</h1><ul>");
        if (!path.equals("/.well-known/csaf/")) {
            b.append("<li><a href=\"../\">../</a></li>");
        }
        for (String e : entries) {
            String h = HtmlUtils.htmlEscape(e);
            b.append("<li><a href=\"").append(h).append("\">").append(h).append("</a></li>");
        }
        return b.append("</ul></body></html>\n").toString();
    }
}

package org.issa.cyber.advisory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The CSAF 2.0 mandatory tests on document metadata and weakness references: 6.1.11 (CWE), 6.1.12 (language) and
 * 6.1.15 (translator). 6.1.11 checks the form of the CWE id and that a name is given; it cannot tell whether the
 * CWE exists or carries that name, since ISSA ships no CWE catalogue. 6.1.12 checks that a language tag is
 * well-formed by RFC 5646 (BCP 47) and that a two-letter primary language is an ISO 639-1 code (the JDK's list);
 * three-letter and registered primary languages, scripts, regions and variants are checked for form only.
 */
final class CsafDocumentChecks {

    private static final String ALNUM = "[A-Za-z0-9]";
    private static final String LANGTAG = "([A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})" // language and extlang
            + "(-[A-Za-z]{4})?" // script
            + "(-([A-Za-z]{2}|[0-9]{3}))?" // region
            + "(-(" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*" // variants
            + "(-[0-9A-WY-Za-wy-z](-" + ALNUM + "{2,8})+)*" // extensions
            + "(-[Xx](-" + ALNUM + "{1,8})+)?"; // private use
    private static final Set<String> GRANDFATHERED = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak",
            "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
            "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang");
    private static final Pattern LANGUAGE = Pattern.compile(LANGTAG + "|[Xx](-" + ALNUM + "{1,8})+");
    private static final Set<String> ISO_639_1 = Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern CWE_ID = Pattern.compile("CWE-[1-9][0-9]{0,5}");

    private CsafDocumentChecks() {
    }

    static List<CsafFinding> run(JsonNode csaf) {
        List<CsafFinding> findings = new ArrayList<>();
        JsonNode document = csaf.path("document");
        for (String field : List.of("lang", "source_lang")) {
            if (document.has(field)) {
                language(document.path(field).asString(""), "/document/" + field).ifPresent(findings::add);
            }
        }
        translator(document, findings);
        cwes(csaf, findings);
        return findings;
    }

    /** 6.1.12: the language tag is well-formed and its two-letter primary language exists. */
    static java.util.Optional<CsafFinding> language(String tag, String at) {
        if (GRANDFATHERED.contains(tag.toLowerCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        if (!LANGUAGE.matcher(tag).matches()) {
            return java.util.Optional.of(new CsafFinding("6.1.12", at, "'" + tag + "' is not a well-formed BCP 47 language tag (CSAF 2.0 6.1.12)"));
        }
        String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2 && !ISO_639_1.contains(primary)) {
            return java.util.Optional.of(new CsafFinding("6.1.12", at, "'" + primary + "' in '" + tag
                    + "' is not an ISO 639-1 language code (CSAF 2.0 6.1.12)"));
        }
        return java.util.Optional.empty();
    }

    /** 6.1.15: a translator's document names the language it was translated from. */
    static void translator(JsonNode document, List<CsafFinding> findings) {
        if (document.path("publisher").path("category").asString("").equals("translator")
                && document.path("source_lang").asString("").isBlank()) {
            findings.add(new CsafFinding("6.1.15", "/document/source_lang",
                    "the publisher is a translator, so the document must give source_lang, the language translated from (CSAF 2.0 6.1.15)"));
        }
    }

    /** 6.1.11, in part: the CWE id has the form CWE-n and a name is given (existence and the exact name are not checked). */
    static void cwes(JsonNode csaf, List<CsafFinding> findings) {
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            JsonNode cwe = v.path("cwe");
            if (!cwe.isMissingNode()) {
                String id = cwe.path("id").asString("");
                if (!CWE_ID.matcher(id).matches()) {
                    findings.add(new CsafFinding("6.1.11", "/vulnerabilities/" + i + "/cwe/id",
                            "'" + id + "' is not a CWE id of the form CWE-79 (CSAF 2.0 6.1.11)"));
                }
                if (cwe.path("name").asString("").isBlank()) {
                    findings.add(new CsafFinding("6.1.11", "/vulnerabilities/" + i + "/cwe/name",
                            "the CWE " + id + " has no name; give the name of the CWE catalogue (CSAF 2.0 6.1.11)"));
                }
            }
            i++;
        }
    }
}

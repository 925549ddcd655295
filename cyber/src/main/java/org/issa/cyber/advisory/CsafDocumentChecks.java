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
 * The CSAF 2.0 mandatory tests on document metadata, involvements and weakness references: 6.1.11 (CWE),
 * 6.1.12 (language), 6.1.15 (translator), 6.1.19 and 6.1.20 (pre-release parts of semantic versions), 6.1.24
 * (involvements) and 6.1.28 (translation). 6.1.11 checks the form of the CWE id and that a name is given; it cannot tell whether the
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
    /** A semantic version with a pre-release part (semver 2.0.0 item 9), e.g. {@code 1.0.0-rc.1+build.5}. */
    private static final Pattern PRE_RELEASE = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)-[0-9A-Za-z.-]+(\\+[0-9A-Za-z.-]+)?");
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
        translation(document, findings);
        preReleases(document, findings);
        cwes(csaf, findings);
        involvements(csaf, findings);
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

    /** 6.1.28: a translation's language differs from its source language (language tags compare case-insensitively). */
    static void translation(JsonNode document, List<CsafFinding> findings) {
        String lang = document.path("lang").asString("");
        if (document.has("source_lang") && !lang.isEmpty() && lang.equalsIgnoreCase(document.path("source_lang").asString(""))) {
            findings.add(new CsafFinding("6.1.28", "/document/source_lang", "the document language and the source language are both '"
                    + lang + "'; a translation has a different language, or no source_lang (CSAF 2.0 6.1.28)"));
        }
    }

    /** 6.1.19 and 6.1.20: no revision has a pre-release version, nor has a final or interim document. */
    static void preReleases(JsonNode document, List<CsafFinding> findings) {
        JsonNode tracking = document.path("tracking");
        int n = 0;
        for (JsonNode item : tracking.path("revision_history")) {
            String number = item.path("number").asString("");
            if (PRE_RELEASE.matcher(number).matches()) {
                findings.add(new CsafFinding("6.1.19", "/document/tracking/revision_history/" + n + "/number", "revision " + number
                        + " is a pre-release; the revision history lists released versions only (CSAF 2.0 6.1.19)"));
            }
            n++;
        }
        String version = tracking.path("version").asString("");
        String status = tracking.path("status").asString("");
        if (PRE_RELEASE.matcher(version).matches() && (status.equals("final") || status.equals("interim"))) {
            findings.add(new CsafFinding("6.1.20", "/document/tracking/version", "version " + version + " has a pre-release part, "
                    + "which a " + status + " document must not have (CSAF 2.0 6.1.20)"));
        }
    }

    /** 6.1.24: no party appears twice in the involvements of a vulnerability at the same date. */
    static void involvements(JsonNode csaf, List<CsafFinding> findings) {
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            Set<String> seen = new java.util.HashSet<>();
            int n = 0;
            for (JsonNode involvement : v.path("involvements")) {
                String party = involvement.path("party").asString("");
                String date = involvement.path("date").asString("");
                String instant = date;
                try {
                    instant = java.time.OffsetDateTime.parse(date).toInstant().toString();
                } catch (java.time.format.DateTimeParseException e) {
                    // compared as written; 6.1.37-style date faults are reported elsewhere
                }
                if (!seen.add(party + "\u0000" + instant)) {
                    findings.add(new CsafFinding("6.1.24", "/vulnerabilities/" + i + "/involvements/" + n, "the party " + party
                            + " is involved twice at " + (date.isEmpty() ? "no date" : date) + " (CSAF 2.0 6.1.24)"));
                }
                n++;
            }
            i++;
        }
    }
}

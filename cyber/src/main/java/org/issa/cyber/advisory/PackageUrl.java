package org.issa.cyber.advisory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The syntax of a package URL ({@code pkg:type/namespace/name@version?qualifiers#subpath}) as the purl
 * specification (package-url/purl-spec, "PURL-SPECIFICATION", parsing and component rules) defines it. Only the
 * rules common to all types are checked; the per-type rules (e.g. a namespace required for {@code maven}) are not.
 */
final class PackageUrl {

    private static final Pattern TYPE = Pattern.compile("[A-Za-z.+-][A-Za-z0-9.+-]*");
    private static final Pattern QUALIFIER_KEY = Pattern.compile("[A-Za-z.\\-_][A-Za-z0-9.\\-_]*");

    private PackageUrl() {
    }

    /** The first rule the text breaks, or empty when it is a syntactically valid purl. */
    static Optional<String> fault(String purl) {
        String rest = purl;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            Optional<String> bad = decodes(rest.substring(hash + 1), "subpath");
            if (bad.isPresent()) {
                return bad;
            }
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            Set<String> keys = new HashSet<>();
            for (String pair : rest.substring(question + 1).split("&", -1)) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    return Optional.of("the qualifier '" + pair + "' is not of the form key=value");
                }
                String key = pair.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
                if (!QUALIFIER_KEY.matcher(key).matches()) {
                    return Optional.of("the qualifier key '" + key + "' must be ASCII letters, digits, '.', '-' or '_' and not start with a digit");
                }
                if (!keys.add(key)) {
                    return Optional.of("the qualifier key '" + key + "' appears more than once");
                }
                Optional<String> bad = decodes(pair.substring(eq + 1), "qualifier " + key);
                if (bad.isPresent()) {
                    return bad;
                }
            }
            rest = rest.substring(0, question);
        }
        int colon = rest.indexOf(':');
        if (colon < 0 || !rest.substring(0, colon).equalsIgnoreCase("pkg")) {
            return Optional.of("the scheme must be 'pkg:'");
        }
        rest = strip(rest.substring(colon + 1));
        int slash = rest.indexOf('/');
        String type = slash < 0 ? rest : rest.substring(0, slash);
        if (type.isEmpty()) {
            return Optional.of("the type is missing");
        }
        if (!TYPE.matcher(type).matches()) {
            return Optional.of("the type '" + type + "' must be ASCII letters, digits, '.', '+' or '-' and not start with a digit");
        }
        rest = slash < 0 ? "" : rest.substring(slash + 1);
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            Optional<String> bad = decodes(rest.substring(at + 1), "version");
            if (bad.isPresent()) {
                return bad;
            }
            rest = rest.substring(0, at);
        }
        rest = strip(rest);
        int last = rest.lastIndexOf('/');
        String name = last < 0 ? rest : rest.substring(last + 1);
        if (name.isEmpty()) {
            return Optional.of("the name is missing; every purl has a name");
        }
        Optional<String> bad = decodes(name, "name");
        if (bad.isPresent()) {
            return bad;
        }
        if (last >= 0) {
            for (String segment : rest.substring(0, last).split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                bad = decodes(segment, "namespace");
                if (bad.isPresent()) {
                    return bad;
                }
                if (decode(segment).contains("/")) {
                    return Optional.of("a namespace segment must not contain '/' once decoded");
                }
            }
        }
        return Optional.empty();
    }

    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == '/') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == '/') {
            to--;
        }
        return text.substring(from, to);
    }

    private static Optional<String> decodes(String text, String component) {
        try {
            decode(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("the " + component + " '" + text + "' " + e.getMessage());
        }
    }

    /** Percent-decodes to UTF-8; refuses a '%' not followed by two hex digits and bytes that are not UTF-8. */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%') {
                if (i + 2 >= raw.length || Character.digit(raw[i + 1], 16) < 0 || Character.digit(raw[i + 2], 16) < 0) {
                    throw new IllegalArgumentException("has a '%' not followed by two hexadecimal digits");
                }
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("does not decode to UTF-8");
        }
    }
}

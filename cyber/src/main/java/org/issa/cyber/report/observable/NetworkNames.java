package org.issa.cyber.report.observable;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normal forms of network names and addresses: host names (lower case, IDN as punycode, no
 * trailing dot), IPv4 (dotted decimal without leading zeros), IPv6 (RFC 5952), URLs (scheme and
 * host in lower case, default port and fragment dropped) and e-mail addresses (lower case).
 */
public final class NetworkNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    /** Suffixes of file names, which free text is full of and which are no host names. */
    static final Set<String> FILE_SUFFIXES = Set.of("exe", "txt", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "jpg", "jpeg",
            "png", "gif", "zip", "rar", "js", "html", "htm", "php", "asp", "aspx", "jsp", "csv", "json", "xml", "eml", "msg", "iso",
            "dll", "bat", "ps1", "sh", "py", "java", "mp3", "mp4", "avi", "mov", "svg", "webp", "tar", "gz", "7z", "apk", "dmg");

    private NetworkNames() {
    }

    /** A host name in normal form, or empty when it is none (an IP address is no host name here). */
    public static Optional<String> domain(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > 253 || ipv4(s).isPresent()) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        String tld = labels[labels.length - 1];
        if (!TLD.matcher(tld).matches() || FILE_SUFFIXES.contains(tld)) {
            return Optional.empty();
        }
        return Optional.of(ascii);
    }

    /** Dotted-decimal IPv4 with each octet 0-255, leading zeros dropped. */
    public static Optional<String> ipv4(String raw) {
        String[] parts = raw.strip().split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return Optional.empty();
            }
            b.append(b.isEmpty() ? "" : ".").append(v);
        }
        return Optional.of(b.toString());
    }

    /** IPv6 in the RFC 5952 text form: lower case, no leading zeros, the longest run of zero groups as "::". */
    public static Optional<String> ipv6(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.length() < 2 || s.length() > 45 || s.indexOf(':') < 0) {
            return Optional.empty();
        }
        int[] groups = new int[8];
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        java.util.List<Integer> head = new java.util.ArrayList<>();
        java.util.List<Integer> tail = new java.util.ArrayList<>();
        if (gap >= 0) {
            if (!groups(s.substring(0, gap), head) || !groups(s.substring(gap + 2), tail) || head.size() + tail.size() > 7) {
                return Optional.empty();
            }
        } else if (!groups(s, head) || head.size() != 8) {
            return Optional.empty();
        }
        for (int i = 0; i < head.size(); i++) {
            groups[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            groups[8 - tail.size() + i] = tail.get(i);
        }
        return Optional.of(format(groups));
    }

    /** Hex groups separated by ':', the last possibly a dotted IPv4 (two groups); an empty text has none. */
    private static boolean groups(String s, java.util.List<Integer> out) {
        if (s.isEmpty()) {
            return true;
        }
        String[] parts = s.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.contains(".")) {
                Optional<String> v4 = ipv4(p);
                if (v4.isEmpty()) {
                    return false;
                }
                String[] o = v4.get().split("\\.");
                out.add(Integer.parseInt(o[0]) << 8 | Integer.parseInt(o[1]));
                out.add(Integer.parseInt(o[2]) << 8 | Integer.parseInt(o[3]));
            } else {
                if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return false;
                }
                out.add(Integer.parseInt(p, 16));
            }
        }
        return true;
    }

    private static String format(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!b.isEmpty() && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(g[i]));
        }
        return b.toString();
    }

    /** An e-mail address in lower case with its domain in normal form. */
    public static Optional<String> email(String raw) {
        String s = raw.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            s = s.substring(7);
        }
        int at = s.lastIndexOf('@');
        if (at < 1 || at != s.indexOf('@') || s.length() > 254) {
            return Optional.empty();
        }
        String local = s.substring(0, at).toLowerCase(Locale.ROOT);
        if (!LOCAL_PART.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.empty();
        }
        return domain(s.substring(at + 1)).map(d -> local + "@" + d);
    }

    /** The parts of a URL that matter for correlation. */
    public record UrlParts(String scheme, String host, String hostKind, String normalised) {
    }

    /** A web address in normal form; {@code www.} addresses without a scheme are taken as http. */
    public static Optional<UrlParts> url(String raw) {
        String s = raw.strip();
        if (s.length() > 2048 || s.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`')) {
            return Optional.empty();
        }
        if (s.regionMatches(true, 0, "www.", 0, 4)) {
            s = "http://" + s;
        }
        int colon = s.indexOf("://");
        if (colon < 1) {
            return Optional.empty();
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ftp")) {
            return Optional.empty();
        }
        String rest = s.substring(colon + 3);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int slash = firstOf(rest, "/?");
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String tail = slash < 0 ? "/" : rest.substring(slash);
        if (tail.startsWith("?")) {
            tail = "/" + tail;
        }
        int userinfo = authority.lastIndexOf('@');
        String userPart = userinfo >= 0 ? authority.substring(0, userinfo + 1) : "";
        String hostPort = authority.substring(userinfo + 1);
        String host;
        String port = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = hostPort.substring(0, close + 1);
            port = hostPort.substring(close + 1);
        } else {
            int p = hostPort.lastIndexOf(':');
            host = p >= 0 ? hostPort.substring(0, p) : hostPort;
            port = p >= 0 ? hostPort.substring(p) : "";
        }
        if (!port.isEmpty()) {
            String digits = port.substring(1);
            if (!port.startsWith(":") || digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(digits) > 65535) {
                return Optional.empty();
            }
            int n = Integer.parseInt(digits);
            port = (scheme.equals("http") && n == 80) || (scheme.equals("https") && n == 443) || (scheme.equals("ftp") && n == 21)
                    ? "" : ":" + n;
        }
        String kind;
        String normalHost;
        Optional<String> v4 = ipv4(host);
        if (v4.isPresent()) {
            kind = "IPV4";
            normalHost = v4.get();
        } else if (host.startsWith("[")) {
            Optional<String> v6 = ipv6(host);
            if (v6.isEmpty()) {
                return Optional.empty();
            }
            kind = "IPV6";
            normalHost = v6.get();
        } else {
            Optional<String> d = domain(host);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            kind = "DOMAIN";
            normalHost = d.get();
        }
        String shownHost = kind.equals("IPV6") ? "[" + normalHost + "]" : normalHost;
        return Optional.of(new UrlParts(scheme, normalHost, kind, scheme + "://" + userPart + shownHost + port + tail));
    }

    private static int firstOf(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}

package org.issa.cyber.stix;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.issa.cyber.stix.Issue.Severity;
import org.issa.cyber.stix.ObjectPathCheck.End;
import org.issa.cyber.stix.ObservableProperties.Shape;
import org.issa.cyber.stix.PatternLexer.Kind;
import org.issa.cyber.stix.PatternLexer.Token;

/**
 * Checks the value of one comparison of a STIX pattern against its operator and the property it
 * tests (STIX 2.1 section 9.5): MATCHES takes a regular expression, ISSUBSET and ISSUPERSET a CIDR
 * block, a timestamp property a {@code t'…'} literal, a hash of fixed length that many hex digits.
 */
final class ComparisonCheck {

    /** Longest MATCHES value that is compiled. */
    static final int MAX_REGEX_LENGTH = 10_000;
    /** Deepest group nesting of a MATCHES value that is compiled (the compiler recurses per level). */
    static final int MAX_REGEX_DEPTH = 100;

    /** PCRE constructs java.util.regex does not know: a failure to compile one of these is not an error. */
    private static final List<String> PCRE_ONLY = List.of("(?P<", "(?P=", "(?P>", "(?R)", "(?|", "(*", "(?#", "(?C", "\\K", "\\g",
            "(?&", "(?+", "(?-", "(?1", "(?2", "(?3", "(?4", "(?5", "(?6", "(?7", "(?8", "(?9");

    private static final Pattern IPV4 = Pattern.compile("(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern PREFIX = Pattern.compile("[0-9]{1,3}");

    private ComparisonCheck() {
    }

    /**
     * @param operator the operator: {@code =} (also for {@code ==}), {@code !=} (also {@code <>}), {@code <}, {@code <=},
     *                 {@code >}, {@code >=}, {@code IN}, {@code LIKE}, {@code MATCHES}, {@code ISSUBSET}, {@code ISSUPERSET}
     * @param values   the literal tokens compared with (one, or the members of an IN set)
     * @param end      what the object path ends at, when known
     */
    static void check(String path, String operator, List<Token> values, Optional<End> end, PatternLexer lexer, Findings findings) {
        String where = "in the comparison of " + StixValidator.cut(path) + ": ";
        for (Token value : values) {
            String literal = StixValidator.cut(lexer.text(value));
            switch (operator) {
                case "MATCHES" -> regex(value).ifPresent(p -> findings.add(p.severity(), value.start(), where + "MATCHES "
                        + literal + " " + p.problem()));
                case "ISSUBSET", "ISSUPERSET" -> cidrProblem(value.value()).ifPresent(p -> findings.add(Severity.ERROR, value.start(),
                        where + operator + " needs a CIDR block such as '198.51.100.0/24' or '2001:db8::/32'; " + literal + " " + p));
                case "LIKE" -> {
                }
                default -> end.ifPresent(e -> byProperty(e, operator, value, literal, where, findings));
            }
        }
    }

    private record Problem(Severity severity, String problem) {
    }

    /** Equality, order and IN against the property's kind of value. */
    private static void byProperty(End end, String operator, Token value, String literal, String where, Findings findings) {
        if (end.shape() == Shape.TIMESTAMP) {
            if (value.kind() == Kind.STRING && StixTimestamp.problem(value.value()).isEmpty()) {
                findings.add(Severity.WARNING, value.start(), where + end.name() + " is a timestamp: write " + literal
                        + " as t" + literal + " (a plain string is compared as text, not as a time)");
            } else if (value.kind() != Kind.TIMESTAMP) {
                findings.add(Severity.ERROR, value.start(), where + end.name() + " is a timestamp, so the value must be a "
                        + "timestamp literal t'YYYY-MM-DDTHH:mm:ss[.s+]Z', not " + literal);
            }
        } else if (end.shape() == Shape.HASHES && value.kind() == Kind.STRING && List.of("=", "!=", "IN").contains(operator)) {
            Integer length = StixTypes.HASH_HEX_LENGTH.get(end.name());
            String v = value.value();
            if (length != null && (v.length() != length || !v.chars().allMatch(ComparisonCheck::isHex))) {
                findings.add(Severity.WARNING, value.start(), where + "a " + end.name() + " hash is " + length
                        + " hexadecimal digits; " + literal + " has " + v.length() + " characters"
                        + (v.chars().allMatch(ComparisonCheck::isHex) ? "" : ", not all of them 0-9 or a-f")
                        + ", so it cannot match");
            }
        }
    }

    /** Empty when the value is a regular expression java.util.regex compiles. */
    private static Optional<Problem> regex(Token value) {
        String regex = value.value();
        if (regex.length() > MAX_REGEX_LENGTH || depth(regex) > MAX_REGEX_DEPTH) {
            return Optional.of(new Problem(Severity.WARNING, "was not checked: longer than " + MAX_REGEX_LENGTH
                    + " characters or nested deeper than " + MAX_REGEX_DEPTH + " groups"));
        }
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            String cause = e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) + " of the expression" : "");
            if (PCRE_ONLY.stream().anyMatch(regex::contains)) {
                return Optional.of(new Problem(Severity.WARNING, "uses PCRE syntax that Java's regular-expression engine "
                        + "(java.util.regex, used for this check) does not support (" + cause + "); STIX specifies PCRE, "
                        + "so it was not judged"));
            }
            return Optional.of(new Problem(Severity.ERROR, "is not a valid regular expression: " + cause
                    + " (checked with Java's engine, java.util.regex; STIX specifies PCRE)"));
        }
    }

    private static int depth(String regex) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                max = Math.max(max, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return max;
    }

    /** What is wrong with a CIDR block {@code address/prefix}, or empty. */
    static Optional<String> cidrProblem(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return Optional.of("has no prefix length (/n)");
        }
        String address = cidr.substring(0, slash);
        String prefix = cidr.substring(slash + 1);
        boolean v6 = address.contains(":");
        if (v6 ? !isIpv6(address) : !IPV4.matcher(address).matches()) {
            return Optional.of("is not an " + (v6 ? "IPv6" : "IPv4") + " address followed by /n");
        }
        int max = v6 ? 128 : 32;
        if (!PREFIX.matcher(prefix).matches() || Integer.parseInt(prefix) > max) {
            return Optional.of("has the prefix length /" + StixValidator.cut(prefix) + "; an " + (v6 ? "IPv6" : "IPv4")
                    + " prefix is 0 to " + max);
        }
        return Optional.empty();
    }

    private static boolean isIpv6(String address) {
        String a = address;
        int lastColon = a.lastIndexOf(':');
        if (a.indexOf('.') > lastColon) {
            if (!IPV4.matcher(a.substring(lastColon + 1)).matches()) {
                return false;
            }
            a = a.substring(0, lastColon + 1) + "0:0";
        }
        int gap = a.indexOf("::");
        if (gap >= 0) {
            if (gap != a.lastIndexOf("::") || a.contains(":::")) {
                return false;
            }
            int left = groups(a.substring(0, gap));
            int right = groups(a.substring(gap + 2));
            return left >= 0 && right >= 0 && left + right <= 7;
        }
        return groups(a) == 8;
    }

    /** The number of hex groups in a colon-separated run, or -1 when one is malformed. */
    private static int groups(String run) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        for (String p : parts) {
            if (!HEX_GROUP.matcher(p).matches()) {
                return -1;
            }
        }
        return parts.length;
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}

package org.issa.cyber.stix;

import java.util.regex.Pattern;

/**
 * Cuts a STIX 2.1 pattern into tokens, one at a time on demand, so that the first problem in
 * reading order is the one reported (STIX 2.1 section 9). Keywords are words; the parser decides
 * what a word means where it stands. Literals are checked as they are read: strings allow only the
 * escapes {@code \'} and {@code \\}, {@code t'…'} must be a STIX timestamp, {@code b'…'} base64
 * with correct padding, {@code h'…'} pairs of hex digits, integers have no leading zeros.
 */
final class PatternLexer {

    enum Kind {
        WORD, STRING, INT, FLOAT, TIMESTAMP, BINARY, HEX,
        LBRACK, RBRACK, LPAREN, RPAREN, COLON, DOT, COMMA, STAR,
        EQ, NEQ, LT, LE, GT, GE, END
    }

    /**
     * One token.
     *
     * @param start index of its first character in the pattern
     * @param end   index after its last character
     * @param value what it holds: a string literal unescaped, the inside of t'', b'' and h'', else its text
     */
    record Token(Kind kind, int start, int end, String value) {
    }

    /** A problem at an index of the pattern that stops reading it. */
    static final class Failure extends RuntimeException {
        final int index;

        Failure(int index, String problem) {
            super(problem, null, false, false);
            this.index = index;
        }
    }

    private static final Pattern BASE64 = Pattern.compile(
            "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)");
    private static final Pattern HEX_PAIRS = Pattern.compile("(?:[0-9A-Fa-f]{2})*");

    private final String in;
    private int pos;

    PatternLexer(String pattern) {
        this.in = pattern;
    }

    String text(Token t) {
        return in.substring(t.start(), t.end());
    }

    Token next() {
        skipSpaceAndComments();
        int start = pos;
        if (pos >= in.length()) {
            return new Token(Kind.END, start, start, "");
        }
        char c = in.charAt(pos);
        return switch (c) {
            case '[' -> single(Kind.LBRACK);
            case ']' -> single(Kind.RBRACK);
            case '(' -> single(Kind.LPAREN);
            case ')' -> single(Kind.RPAREN);
            case ':' -> single(Kind.COLON);
            case ',' -> single(Kind.COMMA);
            case '*' -> single(Kind.STAR);
            case '=' -> operator(at(1) == '=' ? 2 : 1, Kind.EQ);
            case '!' -> {
                if (at(1) != '=') {
                    throw new Failure(start, "unexpected character '!' (did you mean '!='?)");
                }
                yield operator(2, Kind.NEQ);
            }
            case '<' -> at(1) == '=' ? operator(2, Kind.LE) : at(1) == '>' ? operator(2, Kind.NEQ) : operator(1, Kind.LT);
            case '>' -> at(1) == '=' ? operator(2, Kind.GE) : operator(1, Kind.GT);
            case '\'' -> string();
            case '.' -> isDigit(at(1)) ? number() : single(Kind.DOT);
            default -> {
                if (isDigit(c) || (c == '+' || c == '-') && (isDigit(at(1)) || at(1) == '.' && isDigit(at(2)))) {
                    yield number();
                }
                if ((c == 't' || c == 'b' || c == 'h') && at(1) == '\'') {
                    yield typed(c);
                }
                if (isLetter(c) || c == '_') {
                    yield word();
                }
                throw new Failure(start, "unexpected character '" + new String(Character.toChars(in.codePointAt(pos))) + "'");
            }
        };
    }

    private void skipSpaceAndComments() {
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                pos++;
            } else if (c == '/' && at(1) == '*') {
                int close = in.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw new Failure(pos, "the comment '/*' is not closed with '*/'");
                }
                pos = close + 2;
            } else if (c == '/' && at(1) == '/') {
                while (pos < in.length() && in.charAt(pos) != '\n' && in.charAt(pos) != '\r') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token single(Kind kind) {
        return operator(1, kind);
    }

    private Token operator(int length, Kind kind) {
        int start = pos;
        pos += length;
        return new Token(kind, start, pos, in.substring(start, pos));
    }

    private Token word() {
        int start = pos;
        while (pos < in.length() && (isLetter(in.charAt(pos)) || isDigit(in.charAt(pos)) || in.charAt(pos) == '_' || in.charAt(pos) == '-')) {
            pos++;
        }
        return new Token(Kind.WORD, start, pos, in.substring(start, pos));
    }

    private Token number() {
        int start = pos;
        if (in.charAt(pos) == '+' || in.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < in.length() && isDigit(in.charAt(pos))) {
            pos++;
        }
        if (at(0) == '.' && isDigit(at(1))) {
            pos++;
            while (pos < in.length() && isDigit(in.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.FLOAT, start, pos, in.substring(start, pos));
        }
        if (pos - digits > 1 && in.charAt(digits) == '0') {
            throw new Failure(start, "the integer '" + in.substring(start, pos) + "' must not start with 0");
        }
        return new Token(Kind.INT, start, pos, in.substring(start, pos));
    }

    private Token string() {
        int start = pos;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= in.length()) {
                throw new Failure(start, "the string literal is not closed with '");
            }
            char c = in.charAt(pos);
            if (c == '\'') {
                pos++;
                return new Token(Kind.STRING, start, pos, value.toString());
            }
            if (c == '\\') {
                char escaped = at(1);
                if (escaped != '\'' && escaped != '\\') {
                    throw new Failure(pos, "in a string literal a backslash must be followed by ' or \\ (write \\\\ for a backslash)");
                }
                value.append(escaped);
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    /** t'…', b'…' or h'…': no escapes inside. */
    private Token typed(char prefix) {
        int start = pos;
        int close = in.indexOf('\'', pos + 2);
        if (close < 0) {
            throw new Failure(start, "the literal " + prefix + "' is not closed with '");
        }
        String inside = in.substring(pos + 2, close);
        pos = close + 1;
        return switch (prefix) {
            case 't' -> {
                StixTimestamp.problem(inside).ifPresent(p -> {
                    throw new Failure(start, "t'" + StixValidator.cut(inside) + "' is not a STIX timestamp: "
                            + "use t'YYYY-MM-DDTHH:mm:ss[.s+]Z', a real date and time in UTC");
                });
                yield new Token(Kind.TIMESTAMP, start, pos, inside);
            }
            case 'b' -> {
                if (!BASE64.matcher(inside).matches()) {
                    throw new Failure(start, "b'" + StixValidator.cut(inside) + "' is not base64 (A-Z a-z 0-9 + /, "
                            + "in groups of four characters, padded with '=')");
                }
                yield new Token(Kind.BINARY, start, pos, inside);
            }
            default -> {
                if (!HEX_PAIRS.matcher(inside).matches()) {
                    throw new Failure(start, "h'" + StixValidator.cut(inside) + "' is not hexadecimal bytes (pairs of 0-9, a-f)");
                }
                yield new Token(Kind.HEX, start, pos, inside);
            }
        };
    }

    private char at(int offset) {
        int i = pos + offset;
        return i < in.length() ? in.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

package org.issa.cyber.stix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.cyber.stix.Issue.Severity;
import org.issa.cyber.stix.PatternLexer.Failure;
import org.issa.cyber.stix.PatternLexer.Kind;
import org.issa.cyber.stix.PatternLexer.Token;

/**
 * Parses and checks a pattern in the STIX Patterning language 2.1 (indicator {@code pattern_type}
 * "stix", STIX 2.1 section 9), by recursive descent over this grammar, loosest binding first:
 *
 * <pre>
 * pattern      = observations END
 * observations = obsOr  { FOLLOWEDBY obsOr }
 * obsOr        = obsAnd { OR obsAnd }
 * obsAnd       = obsQualified { AND obsQualified }
 * obsQualified = ( '[' comparisons ']' | '(' observations ')' ) { qualifier }
 * qualifier    = WITHIN number SECONDS | REPEATS integer TIMES | START timestamp STOP timestamp
 * comparisons  = cmpAnd { OR cmpAnd }
 * cmpAnd       = comparison { AND comparison }
 * comparison   = '(' comparisons ')' | EXISTS path
 *              | path [NOT] ( ('=' | '!=') literal | ('&lt;' | '&lt;=' | '&gt;' | '&gt;=') orderable
 *                           | IN '(' [literal {',' literal}] ')' | (LIKE | MATCHES | ISSUBSET | ISSUPERSET) string )
 * path         = type ':' property { '.' property | '[' (integer | '*') ']' }
 * </pre>
 *
 * Beyond the grammar it checks the specification's rules: object types are Cyber-observable
 * types (custom ones that follow the type-name rules are a warning), comparisons joined by AND in one
 * observation expression are about one object type, WITHIN and REPEATS are positive, STOP is later
 * than START. Each object path is checked against the properties of its type ({@link ObjectPathCheck})
 * and each value against its operator and property ({@link ComparisonCheck}). The first syntax error ends the check; rule breaches are all reported (each object
 * type once, at most {@link #MAX_FINDINGS} of them). Nesting is
 * bounded by {@link #MAX_DEPTH}, so hostile input gets an error, not a stack overflow.
 */
public final class PatternParser {

    /** How deep parentheses and brackets may nest. */
    public static final int MAX_DEPTH = 64;
    /** How many rule breaches are reported at most (a syntax error is always reported). */
    static final int MAX_FINDINGS = 20;

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES", "ISSUPERSET",
            "ISSUBSET", "EXISTS", "IN", "START", "STOP", "SECONDS", "WITHIN", "REPEATS", "TIMES");

    private final String pattern;
    private final PatternLexer lexer;
    private final Set<PatternFinding> findings = new LinkedHashSet<>();
    private final Set<String> typesChecked = new HashSet<>();
    private Token tok;
    private int depth;

    private PatternParser(String pattern) {
        this.pattern = pattern;
        this.lexer = new PatternLexer(pattern);
    }

    /** What is wrong with {@code pattern}, in order of position; empty when it is a valid STIX 2.1 pattern. */
    public static List<PatternFinding> check(String pattern) {
        PatternParser p = new PatternParser(pattern);
        try {
            p.advance();
            p.observations();
            if (p.tok.kind() != Kind.END) {
                throw p.expected("AND, OR, FOLLOWEDBY, a qualifier (WITHIN, REPEATS, START) or the end of the pattern");
            }
        } catch (Failure f) {
            p.findings.add(new PatternFinding(Severity.ERROR, p.position(f.index), f.getMessage()));
        }
        return p.findings.stream().sorted(Comparator.comparingInt(PatternFinding::position)).toList();
    }

    // ---- observation expressions

    private void observations() {
        observationOr();
        while (isWord("FOLLOWEDBY")) {
            advance();
            observationOr();
        }
    }

    private void observationOr() {
        observationAnd();
        while (isWord("OR")) {
            advance();
            observationAnd();
        }
    }

    private void observationAnd() {
        qualified();
        while (isWord("AND")) {
            advance();
            qualified();
        }
    }

    private void qualified() {
        Token open = tok;
        if (open.kind() == Kind.LBRACK) {
            enter(open);
            comparisons();
            expect(Kind.RBRACK, "AND, OR or ']' to close the observation expression opened at character " + position(open.start()));
            depth--;
        } else if (open.kind() == Kind.LPAREN) {
            enter(open);
            observations();
            expect(Kind.RPAREN, "AND, OR, FOLLOWEDBY, a qualifier or ')' to close the parenthesis opened at character "
                    + position(open.start()));
            depth--;
        } else {
            throw expected("'[' to open an observation expression");
        }
        while (true) {
            if (isWord("WITHIN")) {
                within();
            } else if (isWord("REPEATS")) {
                repeats();
            } else if (isWord("START")) {
                startStop();
            } else {
                return;
            }
        }
    }

    private void within() {
        advance();
        Token n = tok;
        if (n.kind() != Kind.INT && n.kind() != Kind.FLOAT) {
            throw expected("a number of seconds after WITHIN");
        }
        advance();
        if (new BigDecimal(n.value()).signum() <= 0) {
            add(Severity.ERROR, n.start(), "WITHIN needs a positive number of seconds, not " + n.value());
        }
        expectWord("SECONDS", "SECONDS after WITHIN " + n.value());
    }

    private void repeats() {
        advance();
        Token n = tok;
        if (n.kind() != Kind.INT) {
            throw expected("a whole number of times after REPEATS");
        }
        advance();
        if (new BigDecimal(n.value()).signum() <= 0) {
            add(Severity.ERROR, n.start(), "REPEATS needs a positive number of times, not " + n.value());
        }
        expectWord("TIMES", "TIMES after REPEATS " + n.value());
    }

    private void startStop() {
        advance();
        Token start = timestamp("START");
        expectWord("STOP", "STOP after START " + lexer.text(start));
        Token stop = timestamp("STOP");
        StixTimestamp from = StixTimestamp.parse(start.value()).orElseThrow();
        StixTimestamp until = StixTimestamp.parse(stop.value()).orElseThrow();
        if (until.compareTo(from) <= 0) {
            add(Severity.ERROR, stop.start(), "STOP " + lexer.text(stop) + " must be later than START " + lexer.text(start));
        }
    }

    /** t'…'; a plain string holding a STIX timestamp is accepted too (earlier STIX 2.1 grammars). */
    private Token timestamp(String keyword) {
        Token t = tok;
        if (t.kind() == Kind.STRING) {
            StixTimestamp.problem(t.value()).ifPresent(p -> {
                throw new Failure(t.start(), "after " + keyword + " " + p);
            });
        } else if (t.kind() != Kind.TIMESTAMP) {
            throw expected("a timestamp t'YYYY-MM-DDTHH:mm:ssZ' after " + keyword);
        }
        advance();
        return t;
    }

    // ---- comparison expressions: each returns the object types it tests, with where each first appears

    private Map<String, Integer> comparisons() {
        Map<String, Integer> types = comparisonAnd();
        while (isWord("OR")) {
            advance();
            comparisonAnd().forEach(types::putIfAbsent);
        }
        return types;
    }

    private Map<String, Integer> comparisonAnd() {
        Map<String, Integer> types = comparison();
        boolean joined = false;
        while (isWord("AND")) {
            advance();
            comparison().forEach(types::putIfAbsent);
            joined = true;
        }
        if (joined && types.size() > 1) {
            var first = types.entrySet().iterator().next();
            types.forEach((type, at) -> {
                if (!type.equals(first.getKey())) {
                    add(Severity.ERROR, at, "'" + type + "' is joined by AND with '" + first.getKey() + "' (character "
                            + position(first.getValue()) + "): comparisons joined by AND in one observation expression "
                            + "must all test the same object type");
                }
            });
        }
        return types;
    }

    private Map<String, Integer> comparison() {
        if (tok.kind() == Kind.LPAREN) {
            Token open = tok;
            enter(open);
            Map<String, Integer> types = comparisons();
            expect(Kind.RPAREN, "AND, OR or ')' to close the parenthesis opened at character " + position(open.start()));
            depth--;
            return types;
        }
        if (isWord("EXISTS")) {
            advance();
            ObjectPath path = objectPath();
            ObjectPathCheck.check(path, pathText(path), this::add);
            return typesOf(path);
        }
        ObjectPath path = objectPath();
        if (isWord("NOT")) {
            advance();
        }
        Token op = tok;
        String operator;
        List<Token> values = new ArrayList<>();
        switch (op.kind()) {
            case EQ, NEQ -> {
                advance();
                operator = op.kind() == Kind.EQ ? "=" : "!=";
                values.add(literal(true));
            }
            case LT, LE, GT, GE -> {
                advance();
                operator = op.value();
                values.add(literal(false));
            }
            case WORD -> {
                switch (op.value()) {
                    case "IN" -> {
                        advance();
                        operator = "IN";
                        values.addAll(set());
                    }
                    case "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET" -> {
                        advance();
                        operator = op.value();
                        values.add(tok);
                        expect(Kind.STRING, "a string literal '…' after " + op.value());
                    }
                    default -> throw expected("a comparison operator");
                }
            }
            default -> throw expected("a comparison operator");
        }
        Optional<ObjectPathCheck.End> end = ObjectPathCheck.check(path, pathText(path), this::add);
        ComparisonCheck.check(pathText(path), operator, values, end, lexer, this::add);
        return typesOf(path);
    }

    private Token literal(boolean booleans) {
        Token literal = tok;
        boolean bool = tok.kind() == Kind.WORD && (tok.value().equals("true") || tok.value().equals("false"));
        switch (tok.kind()) {
            case STRING, INT, FLOAT, TIMESTAMP, BINARY, HEX -> advance();
            default -> {
                if (!bool) {
                    throw expected(booleans ? "a literal ('string', number, true, false, t'…', b'…' or h'…')"
                            : "a literal that can be ordered ('string', number, t'…', b'…' or h'…')");
                }
                if (!booleans) {
                    throw expected("a literal that can be ordered (not true or false)");
                }
                advance();
            }
        }
        return literal;
    }

    private List<Token> set() {
        expect(Kind.LPAREN, "'(' to open the set of values after IN");
        List<Token> values = new ArrayList<>();
        if (tok.kind() == Kind.RPAREN) {
            advance();
            return values;
        }
        values.add(literal(true));
        while (tok.kind() == Kind.COMMA) {
            advance();
            values.add(literal(true));
        }
        expect(Kind.RPAREN, "',' or ')' to close the set of values");
        return values;
    }

    // ---- object paths

    private ObjectPath objectPath() {
        Token type = tok;
        if (type.kind() != Kind.WORD || KEYWORDS.contains(type.value())) {
            throw expected("an object path such as file:name");
        }
        advance();
        expect(Kind.COLON, "':' between the object type and the property, as in " + type.value() + ":name");
        List<ObjectPath.Step> steps = new ArrayList<>();
        int end = property(steps);
        while (tok.kind() == Kind.DOT || tok.kind() == Kind.LBRACK) {
            if (tok.kind() == Kind.DOT) {
                advance();
                end = property(steps);
            } else {
                Token open = tok;
                advance();
                if (tok.kind() != Kind.INT && tok.kind() != Kind.STAR) {
                    throw expected("a list index (an integer or *)");
                }
                steps.add(new ObjectPath.Step(tok.value(), true, open.start()));
                advance();
                end = tok.end();
                expect(Kind.RBRACK, "']' to close the list index");
            }
        }
        objectType(type);
        return new ObjectPath(type.value(), type.start(), List.copyOf(steps), end);
    }

    /** Reads one property name into {@code steps}; returns the index after it. */
    private int property(List<ObjectPath.Step> steps) {
        Token t = tok;
        if (t.kind() == Kind.WORD && t.value().contains("-")) {
            throw new Failure(t.start(), "the property name " + t.value() + " contains '-' and must be quoted: '" + t.value() + "'");
        }
        if (t.kind() != Kind.WORD && t.kind() != Kind.STRING) {
            throw expected("a property name");
        }
        steps.add(new ObjectPath.Step(t.value(), false, t.start()));
        advance();
        return t.end();
    }

    private String pathText(ObjectPath path) {
        return pattern.substring(path.start(), path.end());
    }

    private static Map<String, Integer> typesOf(ObjectPath path) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put(path.type(), path.start());
        return types;
    }

    private void objectType(Token t) {
        String type = t.value();
        if (StixTypes.SCO.contains(type) || !typesChecked.add(type)) {
            return;
        }
        if (!StixValidator.TYPE_NAME.matcher(type).matches() || type.contains("--")) {
            add(Severity.ERROR, t.start(), "'" + StixValidator.cut(type) + "' is not a valid object type "
                    + "(3 to 250 characters a-z, 0-9 and '-')");
        } else if (StixTypes.kindOf(type) != StixTypes.Kind.CUSTOM) {
            String kind = switch (StixTypes.kindOf(type)) {
                case SDO -> "Domain Object";
                case SRO -> "Relationship Object";
                default -> "meta object";
            };
            add(Severity.ERROR, t.start(), "'" + type + "' is a STIX " + kind + " type; patterns test "
                    + "Cyber-observable Objects (file, ipv4-addr, url, …)");
        } else {
            add(Severity.WARNING, t.start(), "'" + type + "' is not a STIX 2.1 Cyber-observable type (accepted as a custom type)");
        }
    }

    // ---- tokens

    private void advance() {
        tok = lexer.next();
    }

    private boolean isWord(String keyword) {
        return tok.kind() == Kind.WORD && tok.value().equals(keyword);
    }

    private void expect(Kind kind, String what) {
        if (tok.kind() != kind) {
            throw expected(what);
        }
        advance();
    }

    private void expectWord(String keyword, String what) {
        if (!isWord(keyword)) {
            throw expected(what);
        }
        advance();
    }

    private void enter(Token open) {
        if (++depth > MAX_DEPTH) {
            throw new Failure(open.start(), "parentheses and brackets nest deeper than " + MAX_DEPTH + " levels");
        }
        advance();
    }

    private Failure expected(String what) {
        return new Failure(tok.start(), "expected " + what + ", found " + found(tok));
    }

    private String found(Token t) {
        if (t.kind() == Kind.END) {
            return "the end of the pattern";
        }
        String text = "'" + StixValidator.cut(lexer.text(t)) + "'";
        String upper = t.kind() == Kind.WORD ? t.value().toUpperCase(Locale.ROOT) : "";
        if (!t.value().equals(upper) && KEYWORDS.contains(upper)) {
            text += " (keywords are written in upper case: " + upper + ")";
        }
        return text;
    }

    private void add(Severity severity, int index, String problem) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(new PatternFinding(severity, position(index), problem));
        }
    }

    /** 1-based, in characters (code points) as a reader counts them. */
    private int position(int index) {
        return pattern.codePointCount(0, Math.min(index, pattern.length())) + 1;
    }
}

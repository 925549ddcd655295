package org.issa.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The specificity test: a rule must single out a targeted few, not everyone.
 *
 * <p>The rule's and/or/not structure is rewritten (De Morgan) as a disjunction of alternatives,
 * each a conjunction of elementary conditions, possibly negated. A condition <em>narrows</em> when
 * it reads at least one field and selects rather than excludes: an equality, membership, boolean
 * field, string or list test narrows when it is not negated; an inequality ({@code !=}) narrows
 * only when negated; a range comparison ({@code <}, {@code >=}…) narrows either way; a negated
 * selection ({@code !(x in [...])}, {@code !booking.paid_cash}) does not, because it matches
 * nearly everyone. The rule is refused when
 * <ol>
 *   <li>a condition reads no field at all (constant: {@code true}, {@code 1 == 1}), or</li>
 *   <li>some alternative has no narrowing condition on a {@link FieldUse#TARGETING} field, or</li>
 *   <li>some alternative has narrowing conditions on fewer than two distinct fields (a single
 *       broad condition), or</li>
 *   <li>the rewriting yields more than {@value #MAX_ALTERNATIVES} alternatives.</li>
 * </ol>
 * Each alternative is tested because a rule matches whomever any one alternative matches:
 * {@code (A && B) || C} is as broad as {@code C}. This is a syntactic test: it refuses tautologies
 * such as {@code x == "A" || x != "A"} (each alternative rests on one field) but cannot know that a
 * bound such as {@code booking.days_before_departure >= 0} excludes nobody. The backtest, which
 * reports the hit rate before approval, and the supervisor's approval are the second line.
 */
final class Specificity {

    static final int MAX_ALTERNATIVES = 64;

    private Specificity() {
    }

    /** An elementary condition of the source and whether it appears negated. */
    record Literal(CelExpr atom, boolean negated) {
    }

    static final class TooComplex extends RuntimeException {
        TooComplex() {
            super(null, null, false, false);
        }
    }

    /** The rule as alternatives of conjoined literals. */
    static List<List<Literal>> alternatives(CelExpr e) {
        return dnf(e, false);
    }

    private static List<List<Literal>> dnf(CelExpr e, boolean negated) {
        if (e.getKind() == CelExpr.ExprKind.Kind.CALL) {
            String fn = e.call().function();
            List<CelExpr> args = e.call().args();
            if (fn.equals("!_") && args.size() == 1) {
                return dnf(args.get(0), !negated);
            }
            boolean and = fn.equals("_&&_");
            boolean or = fn.equals("_||_");
            if (and || or) {
                boolean conjunction = and != negated;
                List<List<Literal>> acc = null;
                for (CelExpr arg : args) {
                    List<List<Literal>> part = dnf(arg, negated);
                    acc = acc == null ? part : conjunction ? product(acc, part) : union(acc, part);
                }
                return acc;
            }
        }
        List<List<Literal>> one = new ArrayList<>();
        one.add(List.of(new Literal(e, negated)));
        return one;
    }

    private static List<List<Literal>> union(List<List<Literal>> a, List<List<Literal>> b) {
        List<List<Literal>> out = new ArrayList<>(a);
        out.addAll(b);
        if (out.size() > MAX_ALTERNATIVES) {
            throw new TooComplex();
        }
        return out;
    }

    private static List<List<Literal>> product(List<List<Literal>> a, List<List<Literal>> b) {
        if ((long) a.size() * b.size() > MAX_ALTERNATIVES) {
            throw new TooComplex();
        }
        List<List<Literal>> out = new ArrayList<>();
        for (List<Literal> x : a) {
            for (List<Literal> y : b) {
                List<Literal> c = new ArrayList<>(x);
                c.addAll(y);
                out.add(c);
            }
        }
        return out;
    }

    /** Whether a literal selects a minority (see the class comment), given that it reads a field. */
    static boolean narrows(CelAbstractSyntaxTree ast, Literal l) {
        CelExpr a = l.atom();
        if (a.getKind() == CelExpr.ExprKind.Kind.CALL) {
            String fn = a.call().function();
            switch (fn) {
                case "_!=_":
                    return l.negated();
                case "_<_", "_<=_", "_>_", "_>=_":
                    return true;
                default:
                    return !l.negated();
            }
        }
        return !l.negated();
    }
}

package org.issa.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@link Requirement} of one elementary condition of a checked rule, when it has one. Only a condition that
 * must be true for its alternative to hold (not negated) and that tests a string or string-list field against string
 * constants qualifies; anything else has none, and the alternative is then evaluated for every subject.
 */
final class Requirements {

    private final CelAbstractSyntaxTree ast;
    private final Model model;

    Requirements(CelAbstractSyntaxTree ast, Model model) {
        this.ast = ast;
        this.model = model;
    }

    Optional<Requirement> of(Specificity.Literal literal) {
        if (literal.negated()) {
            return Optional.empty();
        }
        CelExpr e = literal.atom();
        if (e.getKind() == CelExpr.ExprKind.Kind.CALL && e.call().target().isEmpty() && e.call().args().size() == 2) {
            String fn = e.call().function();
            CelExpr a = e.call().args().get(0);
            CelExpr b = e.call().args().get(1);
            if (fn.equals("_==_")) {
                // field == 'X' or 'X' == field
                Optional<String> f = field(a, FieldType.STRING);
                Optional<String> c = constant(b);
                if (f.isEmpty() || c.isEmpty()) {
                    f = field(b, FieldType.STRING);
                    c = constant(a);
                }
                return f.isPresent() && c.isPresent() ? Optional.of(new Requirement(f.get(), Set.of(c.get()))) : Optional.empty();
            }
            if (fn.equals("@in")) {
                // 'X' in listField, or field in ['X', 'Y']
                Optional<String> list = field(b, FieldType.STRING_LIST);
                Optional<String> c = constant(a);
                if (list.isPresent() && c.isPresent()) {
                    return Optional.of(new Requirement(list.get(), Set.of(c.get())));
                }
                Optional<String> f = field(a, FieldType.STRING);
                Optional<Set<String>> values = constants(b);
                return f.isPresent() && values.isPresent() ? Optional.of(new Requirement(f.get(), values.get())) : Optional.empty();
            }
            return Optional.empty();
        }
        if (e.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
            return exists(e.comprehension());
        }
        return Optional.empty();
    }

    /** listField.exists(x, x == 'X') or listField.exists(x, x in ['X', 'Y']), as the exists macro expands them. */
    private Optional<Requirement> exists(CelExpr.CelComprehension c) {
        Optional<String> list = field(c.iterRange(), FieldType.STRING_LIST);
        if (list.isEmpty() || !c.iterVar2().isEmpty() || !isFalse(c.accuInit()) || !isIdent(c.result(), c.accuVar())) {
            return Optional.empty();
        }
        CelExpr step = c.loopStep();
        if (step.getKind() != CelExpr.ExprKind.Kind.CALL || !step.call().function().equals("_||_") || step.call().args().size() != 2) {
            return Optional.empty();
        }
        CelExpr first = step.call().args().get(0);
        CelExpr second = step.call().args().get(1);
        CelExpr predicate = isIdent(first, c.accuVar()) ? second : isIdent(second, c.accuVar()) ? first : null;
        if (predicate == null || predicate.getKind() != CelExpr.ExprKind.Kind.CALL || predicate.call().target().isPresent()
                || predicate.call().args().size() != 2) {
            return Optional.empty();
        }
        CelExpr a = predicate.call().args().get(0);
        CelExpr b = predicate.call().args().get(1);
        return switch (predicate.call().function()) {
            case "_==_" -> {
                Optional<String> k = isIdent(a, c.iterVar()) ? constant(b) : isIdent(b, c.iterVar()) ? constant(a) : Optional.empty();
                yield k.map(v -> new Requirement(list.get(), Set.of(v)));
            }
            case "@in" -> isIdent(a, c.iterVar()) ? constants(b).map(v -> new Requirement(list.get(), v)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The model field an expression names, when it is of the given type. */
    private Optional<String> field(CelExpr e, FieldType type) {
        Optional<CelReference> ref = ast.getReference(e.id());
        if (ref.isEmpty() || !ref.get().overloadIds().isEmpty()) {
            return Optional.empty();
        }
        return model.field(ref.get().name()).filter(f -> f.type() == type && !f.isForbidden()).map(Field::name);
    }

    private static Optional<String> constant(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.STRING_VALUE
                ? Optional.of(e.constant().stringValue()) : Optional.empty();
    }

    private static Optional<Set<String>> constants(CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.LIST || e.list().elements().isEmpty() || !e.list().optionalIndices().isEmpty()) {
            return Optional.empty();
        }
        Set<String> out = new LinkedHashSet<>();
        for (CelExpr x : e.list().elements()) {
            Optional<String> c = constant(x);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            out.add(c.get());
        }
        return Optional.of(out);
    }

    private static boolean isIdent(CelExpr e, String name) {
        return e.getKind() == CelExpr.ExprKind.Kind.IDENT && e.ident().name().equals(name);
    }

    private static boolean isFalse(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE
                && !e.constant().booleanValue();
    }
}

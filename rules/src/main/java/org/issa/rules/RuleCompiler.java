package org.issa.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.CelVarDecl;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelUnparser;
import dev.cel.parser.CelUnparserFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compiles CEL rules against a {@link Model}: parses and type-checks them (the result must be a
 * bool), refuses forbidden fields by name and position, enforces the {@link Limits} and the
 * {@link Specificity} test, and builds a program that is reused for every evaluation. Thread-safe.
 */
public final class RuleCompiler {

    private final Model model;
    private final Limits limits;
    private final Cel cel;
    private final CelUnparser unparser = CelUnparserFactory.newUnparser();

    public RuleCompiler(Model model) {
        this(model, Limits.DEFAULT);
    }

    public RuleCompiler(Model model, Limits limits) {
        this.model = model;
        this.limits = limits;
        CelOptions options = CelOptions.current()
                .maxExpressionCodePointSize(limits.maxLength())
                .maxParseRecursionDepth(limits.maxDepth())
                .comprehensionMaxIterations(limits.maxIterations())
                .populateMacroCalls(true)
                .build();
        List<CelVarDecl> vars = new ArrayList<>();
        // Forbidden fields are declared too, so that a rule naming one is refused with the reason
        // rather than with "undeclared reference".
        for (Field f : model.fields()) {
            vars.add(CelVarDecl.newVarDeclaration(f.name(), f.type().celType()));
        }
        this.cel = CelFactory.standardCelBuilder()
                .setOptions(options)
                .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS)
                .addVarDeclarations(vars)
                .setResultType(SimpleType.BOOL)
                .build();
    }

    public Model model() {
        return model;
    }

    public Limits limits() {
        return limits;
    }

    public Compilation compile(String source) {
        String src = source == null ? "" : source.strip();
        if (src.isEmpty()) {
            return refused(src, RuleProblem.whole("empty", "the expression is empty"));
        }
        if (src.codePointCount(0, src.length()) > limits.maxLength()) {
            return refused(src, RuleProblem.whole("too-long", "the expression is longer than " + limits.maxLength()
                    + " characters"));
        }
        CelAbstractSyntaxTree ast;
        try {
            CelValidationResult result = cel.compile(src);
            if (result.hasError()) {
                return new Compilation(src, Optional.empty(), result.getErrors().stream().map(this::problem).toList());
            }
            ast = result.getAst();
        } catch (CelValidationException | RuntimeException e) {
            return refused(src, RuleProblem.whole("syntax", "the expression could not be read: " + e.getMessage()));
        }
        List<RuleProblem> problems = new ArrayList<>();
        Shape shape = new Shape();
        shape.measure(ast.getExpr(), 1);
        if (shape.depth > limits.maxDepth()) {
            problems.add(RuleProblem.whole("too-deep", "the expression nests deeper than " + limits.maxDepth() + " levels"));
        }
        if (shape.nodes > limits.maxNodes()) {
            problems.add(RuleProblem.whole("too-large", "the expression has more than " + limits.maxNodes() + " parts"));
        }
        for (Map.Entry<Long, String> ref : references(ast).entrySet()) {
            Field f = model.field(ref.getValue()).orElseThrow();
            if (f.isForbidden()) {
                problems.add(at(ast, ref.getKey(), "forbidden-field",
                        f.name() + " may not be used: " + f.forbiddenBecause(), Optional.of(f.name())));
            }
        }
        if (!problems.isEmpty()) {
            return new Compilation(src, Optional.empty(), problems);
        }
        List<List<Specificity.Literal>> alternatives;
        try {
            alternatives = Specificity.alternatives(ast.getExpr());
        } catch (Specificity.TooComplex e) {
            return refused(src, RuleProblem.whole("too-complex", "the expression has more than "
                    + Specificity.MAX_ALTERNATIVES + " alternatives once its and/or are expanded: split it into several criteria"));
        }
        List<List<Condition>> conditions = new ArrayList<>();
        List<List<Requirement>> requirements = new ArrayList<>();
        Requirements required = new Requirements(ast, model);
        Map<Long, Program> programs = new LinkedHashMap<>();
        for (int i = 0; i < alternatives.size(); i++) {
            List<Condition> alternative = new ArrayList<>();
            List<Requirement> needs = new ArrayList<>();
            for (Specificity.Literal l : alternatives.get(i)) {
                required.of(l).ifPresent(needs::add);
                TreeSet<String> fields = fieldsOf(ast, l.atom());
                String text = text(ast, l.atom(), l.negated());
                if (fields.isEmpty()) {
                    problems.add(at(ast, l.atom().id(), "constant", "the condition " + text
                            + " reads no field: it is the same for every traveller", Optional.empty()));
                    continue;
                }
                Program p = programs.computeIfAbsent(l.atom().id(), id -> program(ast, l.atom()));
                alternative.add(new Condition(text, fields, Specificity.narrows(ast, l), l.negated(), p));
            }
            conditions.add(alternative);
            requirements.add(needs);
        }
        if (problems.isEmpty()) {
            problems.addAll(specificity(ast, conditions));
        }
        if (!problems.isEmpty()) {
            return new Compilation(src, Optional.empty(), problems);
        }
        Program program = program(ast, ast.getExpr());
        TreeSet<String> all = new TreeSet<>(references(ast).values());
        return new Compilation(src, Optional.of(new CompiledRule(src, model, program, List.copyOf(all), conditions, requirements)),
                List.of());
    }

    private List<RuleProblem> specificity(CelAbstractSyntaxTree ast, List<List<Condition>> alternatives) {
        List<RuleProblem> out = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            List<Condition> alt = alternatives.get(i);
            TreeSet<String> narrowed = new TreeSet<>();
            boolean targeted = false;
            for (Condition c : alt) {
                if (c.narrowing()) {
                    narrowed.addAll(c.fields());
                    targeted |= c.fields().stream().anyMatch(f -> model.field(f).orElseThrow().use() == FieldUse.TARGETING);
                }
            }
            String which = (alternatives.size() == 1 ? "the expression" : "alternative " + (i + 1) + " ("
                    + String.join(" && ", alt.stream().map(Condition::text).toList()) + ")");
            if (!targeted) {
                out.add(RuleProblem.whole("not-specific", which + " sets no condition that selects a route, airport "
                        + "or flight (a targeting field such as " + targetingExamples() + "): it would apply to travellers "
                        + "on every route"));
            } else if (narrowed.size() < 2) {
                out.add(RuleProblem.whole("not-specific", which + " rests on a single broad condition (on "
                        + String.join(", ", narrowed) + "): add at least one condition on another field"));
            }
        }
        return out;
    }

    private String targetingExamples() {
        return String.join(", ", model.fields().stream().filter(f -> f.use() == FieldUse.TARGETING)
                .limit(3).map(Field::name).toList());
    }

    private Program program(CelAbstractSyntaxTree ast, CelExpr root) {
        CelAbstractSyntaxTree sub = root == ast.getExpr() ? ast
                : CelAbstractSyntaxTree.newCheckedAst(root, ast.getSource(), ast.getReferenceMap(), ast.getTypeMap());
        try {
            return cel.createProgram(sub);
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("CEL could not plan a checked expression: " + e.getMessage(), e);
        }
    }

    private String text(CelAbstractSyntaxTree ast, CelExpr atom, boolean negated) {
        String t;
        try {
            t = unparser.unparse(CelAbstractSyntaxTree.newParsedAst(atom, ast.getSource()));
        } catch (RuntimeException e) {
            t = atom.toString();
        }
        return negated ? "!(" + t + ")" : t;
    }

    /** Model fields referenced in the expression, by the id of the expression that names them. */
    private Map<Long, String> references(CelAbstractSyntaxTree ast) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Map.Entry<Long, CelReference> e : ast.getReferenceMap().entrySet()) {
            String name = e.getValue().name();
            if (e.getValue().overloadIds().isEmpty() && model.field(name).isPresent()) {
                out.put(e.getKey(), name);
            }
        }
        return out;
    }

    private TreeSet<String> fieldsOf(CelAbstractSyntaxTree ast, CelExpr e) {
        TreeSet<String> out = new TreeSet<>();
        collect(ast, e, out);
        return out;
    }

    private void collect(CelAbstractSyntaxTree ast, CelExpr e, TreeSet<String> out) {
        Optional<CelReference> ref = ast.getReference(e.id());
        if (ref.isPresent() && ref.get().overloadIds().isEmpty() && model.field(ref.get().name()).isPresent()) {
            out.add(ref.get().name());
            return;
        }
        for (CelExpr child : children(e)) {
            collect(ast, child, out);
        }
    }

    static List<CelExpr> children(CelExpr e) {
        return switch (e.getKind()) {
            case SELECT -> List.of(e.select().operand());
            case CALL -> {
                List<CelExpr> c = new ArrayList<>();
                e.call().target().ifPresent(c::add);
                c.addAll(e.call().args());
                yield c;
            }
            case LIST -> e.list().elements();
            case MAP -> e.map().entries().stream().flatMap(en -> java.util.stream.Stream.of(en.key(), en.value())).toList();
            case STRUCT -> e.struct().entries().stream().map(en -> en.value()).toList();
            case COMPREHENSION -> List.of(e.comprehension().iterRange(), e.comprehension().accuInit(),
                    e.comprehension().loopCondition(), e.comprehension().loopStep(), e.comprehension().result());
            default -> List.of();
        };
    }

    private RuleProblem problem(CelIssue issue) {
        CelSourceLocation loc = issue.getSourceLocation();
        String msg = issue.getMessage();
        if (loc == null || loc.equals(CelSourceLocation.NONE) || loc.getLine() < 1) {
            return RuleProblem.whole("syntax", msg);
        }
        return new RuleProblem("syntax", msg, loc.getLine(), loc.getColumn() + 1, Optional.empty());
    }

    private static RuleProblem at(CelAbstractSyntaxTree ast, long exprId, String code, String message, Optional<String> field) {
        Integer offset = ast.getSource().getPositionsMap().get(exprId);
        if (offset == null) {
            return new RuleProblem(code, message, 0, 0, field);
        }
        Optional<CelSourceLocation> loc = ast.getSource().getOffsetLocation(offset);
        return loc.map(l -> new RuleProblem(code, message, l.getLine(), l.getColumn() + 1, field))
                .orElse(new RuleProblem(code, message, 0, 0, field));
    }

    private static Compilation refused(String src, RuleProblem p) {
        return new Compilation(src, Optional.empty(), List.of(p));
    }

    /** Depth and node count of a syntax tree. */
    private static final class Shape {
        int depth;
        int nodes;

        void measure(CelExpr e, int level) {
            nodes++;
            depth = Math.max(depth, level);
            for (CelExpr c : children(e)) {
                measure(c, level + 1);
            }
        }
    }
}

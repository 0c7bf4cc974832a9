package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.TExprs;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.OriginValue;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.VectorType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/**
 * Binds calls to functions and methods: overload resolution, keyword and default arguments,
 * inference and instantiation of generic functions and structs at the call site.
 */
final class Calls {
    private final FunctionContext ctx;
    private Expressions expressions;
    private CollectionMethods collections;
    private Conversions conversions;
    private Conventions conventions;

    Calls(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Expressions expressions, CollectionMethods collections, Conversions conversions, Conventions conventions) {
        this.expressions = expressions;
        this.collections = collections;
        this.conversions = conversions;
        this.conventions = conventions;
    }

    /** {@code receiver.name(args)} on a struct value: a method with the receiver as {@code self}, or a static method. */
    TExpr methodCall(SourcePos pos, TExpr receiver, StructType st, String name, List<Expr.Arg> args) {
        List<Function> fns = st.methods(name);
        if (fns.isEmpty()) {
            throw ctx.error(pos, "'" + st.name() + "' value has no attribute '" + name + "'");
        }
        return resolveCall(pos, name, fns, receiver, args);
    }

    /** The instance of a parametric struct a constructor call makes, its parameters inferred from the arguments. */
    StructType inferStruct(Expr.Call c, StructTemplate template) {
        return inferStruct(c, template, "__init__");
    }

    /**
     * The instance of a parametric struct whose method {@code method} (a constructor, or a static
     * method called as {@code Two.fire(One(1), One(2))}) a call uses, its parameters inferred from the arguments.
     */
    StructType inferStruct(Expr.Call c, StructTemplate template, String method) {
        List<Stmt.TypeParam> params = template.syntax().typeParams();
        for (List<Stmt.Param> run : methodParams(template.syntax(), method)) {
            Map<String, Object> bound = new HashMap<>();
            for (Stmt.TypeParam tp : params) {
                if (TypeResolver.isOriginType(tp.type())) {
                    bound.put(tp.name(), TypeResolver.ERASED_ORIGIN);
                }
            }
            int positional = 0;
            for (Expr.Arg a : c.args()) {
                Stmt.Param p = null;
                if (a.keyword() != null) {
                    p = run.stream().filter(q -> q.name().equals(a.keyword())).findFirst().orElse(null);
                } else if (positional < run.size() && !run.get(positional).keywordOnly()) {
                    p = run.get(positional);
                    if (p.kind() != Stmt.ParamKind.VARIADIC) {
                        positional++;
                    }
                }
                if (p != null && p.type() != null && mentionsUnbound(p.type(), params, bound)) {
                    // `T`, or a type made of it: Deque(elements=List(1, 2)) binds T from `Optional[List[T]]`
                    try {
                        inferFrom(p.type(), Types.materialize(expressionQuietly(a.value(), null).type()), params, bound);
                    } catch (CompileError e) {
                        // try the next constructor
                    }
                }
            }
            for (Stmt.TypeParam tp : params) {
                if (!bound.containsKey(tp.name()) && tp.defaultValue() != null) {
                    bound.put(tp.name(), ctx.module.resolveParameterDefault(template, tp)); // `struct Box[T, n: Int = 4]`
                }
            }
            if (params.stream().allMatch(tp -> bound.containsKey(tp.name()))) {
                List<Object> args = new ArrayList<>();
                for (Stmt.TypeParam tp : params) {
                    args.add(bound.get(tp.name()));
                }
                return ctx.module.instantiateStruct(template, args, c.pos());
            }
        }
        if (params.stream().allMatch(tp -> TypeResolver.isOriginType(tp.type()))) {
            // only origins, which are erased: ObservableDel(UnsafePointer(to=x)) with a @fieldwise_init constructor
            return ctx.module.instantiateStruct(template, params.stream().map(tp -> (Object) TypeResolver.ERASED_ORIGIN).toList(), c.pos());
        }
        throw ctx.error(c.pos(), "cannot infer the compile-time parameters of '" + template.name() + "'; write them: "
                        + template.name() + "[...](...)");
    }

    /**
     * The argument lists of a struct's method {@code method} (without a constructor's {@code out self}):
     * its overloads, and for {@code __init__} the one {@code @fieldwise_init} makes, an argument per field.
     */
    private static List<List<Stmt.Param>> methodParams(Stmt.StructDef sd, String method) {
        List<List<Stmt.Param>> result = new ArrayList<>();
        for (Stmt m : sd.members()) {
            if (m instanceof Stmt.FunctionDef fd && fd.name().equals(method)) {
                result.add(fd.params().stream().filter(p -> p.convention() != Stmt.Convention.OUT).toList());
            }
        }
        if (method.equals("__init__") && sd.decorators().stream().anyMatch(d -> d.name().equals("fieldwise_init") || d.name().equals("value"))) {
            List<Stmt.Param> fields = new ArrayList<>();
            for (Stmt m : sd.members()) {
                if (m instanceof Stmt.VarDecl v && v.type() != null) {
                    fields.add(new Stmt.Param(v.pos(), v.name(), Stmt.Convention.VAR, null, null, v.type(), null, Stmt.ParamKind.POSITIONAL, false, false));
                }
            }
            result.add(fields);
        }
        return result;
    }

    /**
     * The struct a list or set literal makes for an automatically parameterized argument whose
     * struct has a literal constructor ({@code take(list: WeirdList[_])} called with {@code [1.0, 2.0]}):
     * its parameters inferred from the elements as for {@code WeirdList(1.0, 2.0, __list_literal__=())};
     * null for anything else.
     */
    private Type literalStructType(Expr declared, Expr value) {
        Expr name = declared instanceof Expr.Index ix ? ix.target() : declared;
        List<Expr> elements = value instanceof Expr.ListLit l ? l.elements() : value instanceof Expr.SetLit st ? st.elements() : null;
        if (elements == null || !(name instanceof Expr.Name n) || !(ctx.lookupGlobalOrLocal(n.name()) instanceof StructTemplate template)) {
            return null;
        }
        String marker = value instanceof Expr.ListLit ? "__list_literal__" : "__set_literal__";
        List<Expr.Arg> args = new ArrayList<>();
        for (Expr e : elements) {
            args.add(new Expr.Arg(e.pos(), null, e, false));
        }
        args.add(new Expr.Arg(value.pos(), marker, new Expr.TupleLit(value.pos(), List.of()), false));
        return inferStruct(new Expr.Call(value.pos(), name, args), template);
    }

    /**
     * {@code _SourceLocation(line, col, file)} of a position in the file being checked: what
     * {@code __source_location()} is, and what a call passes as its callee's call location.
     */
    TExpr sourceLocation(SourcePos pos) {
        return constructStruct(pos, ctx.module.sourceLocationType(), List.of(
                        new Expr.Arg(pos, null, new Expr.Checked(pos, Expressions.intConst(pos, pos.line())), false),
                        new Expr.Arg(pos, null, new Expr.Checked(pos, Expressions.intConst(pos, pos.column())), false),
                        new Expr.Arg(pos, null, new Expr.StrLit(pos, ctx.diagnostics.fileName()), false)));
    }

    /** {@code T(args)}: a call of one of T's {@code __init__} overloads. */
    TExpr constructStruct(SourcePos pos, StructType st, List<Expr.Arg> args) {
        List<Function> inits = st.methods("__init__");
        if (inits.isEmpty()) {
            throw ctx.error(pos, "'" + st.name() + "' has no '__init__' and cannot be constructed");
        }
        return resolveCall(pos, st.name(), inits, null, args);
    }

    TExpr resolveCall(SourcePos pos, String name, List<Function> overloads, TExpr receiver, List<Expr.Arg> args) {
        return resolveCall(pos, name, overloads, receiver, args, List.of());
    }

    TExpr resolveCall(SourcePos pos, String name, List<Function> overloads, TExpr receiver, List<Expr.Arg> args,
                    List<Expr.Arg> compileTimeArgs) {
        if (overloads.size() == 1) {
            Function f = overloads.get(0);
            if (f.isTemplate) {
                f = instantiateFor(pos, name, f, receiver, args, compileTimeArgs, true);
            }
            return bindCall(pos, name, f, receiver, args, true);
        }
        // Of the overloads the arguments fit, the one needing the fewest conversions wins
        // (an exact type beats a literal's default type, which beats an implicit conversion).
        Function best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Function f : overloads) {
            Function target = f.isTemplate ? instantiateFor(pos, name, f, receiver, args, compileTimeArgs, false) : f;
            TExpr bound = target == null ? null : bindCall(pos, name, target, receiver, args, false);
            if (bound instanceof TExpr.Call call) {
                // (between overloads that fit equally well, one that names the argument's type wins over
                // one that takes any type: `any(v: SIMD[...])` over `any[I](values: I)`)
                int score = 2 * conversionScore(call, target) + (takesAnyType(f) ? 1 : 0);
                if (score < bestScore) {
                    best = target;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            return bindCall(pos, name, best, receiver, args, true);
        }
        if (receiver != null && !overloads.isEmpty() && overloads.stream().allMatch(f -> f.extendsBuiltin)) {
            reportMismatch(pos, name, overloads, receiver, args, compileTimeArgs);
        }
        throw ctx.error(pos, "no matching function in call to '" + name + "'");
    }

    /**
     * Why no library method of a built-in type fits the call, so that misusing an overloaded method
     * ({@code d.pop()}, {@code s.strip(a, b)}) is reported as precisely as a call of one function. If
     * the arguments' number and keywords fit one overload, that overload is bound alone and reports
     * the argument that does not fit; if they fit none, the error says what the overloads take.
     */
    private void reportMismatch(SourcePos pos, String name, List<Function> overloads, TExpr receiver, List<Expr.Arg> args,
                    List<Expr.Arg> compileTimeArgs) {
        List<Function> shaped = overloads.stream().filter(f -> fitsShape(f, args)).toList();
        if (shaped.size() == 1) {
            Function f = shaped.get(0);
            if (f.isTemplate) {
                f = instantiateFor(pos, name, f, receiver, args, compileTimeArgs, true);
            }
            bindCall(pos, name, f, receiver, args, true);
            return;
        }
        if (!shaped.isEmpty()) {
            return; // several overloads take arguments of this shape: none of their types fit
        }
        List<Function> placing = overloads.stream().filter(f -> fitsShape(f, args, false)).toList();
        if (placing.size() == 1) {
            // one overload has a place for each argument: its error says what is missing
            Function f = placing.get(0);
            bindCall(pos, name, f.isTemplate ? instantiateFor(pos, name, f, receiver, args, compileTimeArgs, true) : f, receiver, args, true);
            return;
        }
        for (Expr.Arg a : args) {
            if (a.keyword() != null && overloads.stream().noneMatch(f -> declaredAfterSelf(f).stream()
                            .anyMatch(p -> p.name().equals(a.keyword()) && !p.positionalOnly()))) {
                throw ctx.error(a.pos(), "invalid call to '" + name + "': unknown keyword argument '" + a.keyword() + "'");
            }
        }
        if (args.stream().allMatch(a -> a.keyword() == null)) {
            TreeSet<Integer> counts = new TreeSet<>();
            for (Function f : overloads) {
                List<Stmt.Param> params = declaredAfterSelf(f);
                for (long n = params.stream().filter(p -> p.defaultValue() == null).count(); n <= params.size(); n++) {
                    counts.add((int) n);
                }
            }
            List<String> shown = counts.stream().map(String::valueOf).toList();
            String expected = shown.size() == 1 ? shown.get(0)
                            : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
            throw ctx.error(pos, "invalid call to '" + name + "': expected " + expected + " argument"
                            + (shown.equals(List.of("1")) ? "" : "s") + ", got " + args.size());
        }
    }

    /** The part of a composition of traits ({@code Intable & Nonesuch}) that names no trait. */
    private Expr notATrait(Expr bound) {
        if (bound instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            return ctx.module.traitBounds(b.left()) == null ? notATrait(b.left()) : notATrait(b.right());
        }
        return bound;
    }

    /** The parameters of a library method of a built-in type after its {@code self}: plain positional ones. */
    private static List<Stmt.Param> declaredAfterSelf(Function f) {
        return f.syntax.params().subList(1, f.syntax.params().size());
    }

    /** Whether the arguments' number and keywords fit a library method's parameters, whatever their types. */
    private static boolean fitsShape(Function f, List<Expr.Arg> args) {
        return fitsShape(f, args, true);
    }

    /**
     * Whether each argument has a parameter to go to (positional ones to positional parameters, keyword
     * ones to parameters of that name) and, if {@code complete}, every required parameter gets one.
     */
    private static boolean fitsShape(Function f, List<Expr.Arg> args, boolean complete) {
        List<Stmt.Param> params = declaredAfterSelf(f);
        boolean[] given = new boolean[params.size()];
        int positional = 0;
        for (Expr.Arg a : args) {
            if (a.keyword() == null) {
                if (positional >= params.size() || params.get(positional).keywordOnly()) {
                    return false;
                }
                given[positional++] = true;
                continue;
            }
            int i = 0;
            while (i < params.size() && !(params.get(i).name().equals(a.keyword()) && !params.get(i).positionalOnly())) {
                i++;
            }
            if (i == params.size() || given[i]) {
                return false;
            }
            given[i] = true;
        }
        for (int i = 0; i < params.size() && complete; i++) {
            if (!given[i] && params.get(i).defaultValue() == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether a generic function has a parameter whose type is just one of its type parameters. */
    private static boolean takesAnyType(Function f) {
        if (!f.isTemplate || f.syntax == null) {
            return false;
        }
        for (Stmt.Param p : f.syntax.params()) {
            if (p.type() instanceof Expr.Name n && f.syntax.typeParams().stream().anyMatch(tp -> tp.name().equals(n.name()))) {
                return true;
            }
        }
        return false;
    }

    static int conversionScore(TExpr.Call call, Function f) {
        int score = 0;
        for (Local p : f.params) {
            if (p.convention == Stmt.Convention.READ) {
                score += 0; // between a read and a mut overload that both fit, the mut one wins below
            } else if (p.convention == Stmt.Convention.MUT) {
                score -= 1;
            }
        }
        for (int i = 0; i < call.args().size() && i < f.params.size(); i++) {
            Type given = call.args().get(i).type();
            Type wanted = f.params.get(i).type;
            if (given == wanted || wanted instanceof VectorType v && v.width == 1 && v.element == given) {
                continue; // (a scalar is the SIMD vector of width 1)
            }
            score += Types.materialize(given) == wanted ? 1 : 3;
        }
        return score;
    }

    /**
     * The instance of a generic function for a call: explicit compile-time arguments bind the
     * parameters after the infer-only ones, the others are inferred from the argument types,
     * then defaults apply; each type argument must conform to its parameter's traits.
     */
    Function instantiateFor(SourcePos pos, String name, Function template, TExpr receiver, List<Expr.Arg> args,
                    List<Expr.Arg> compileTimeArgs, boolean report) {
        List<Stmt.TypeParam> params = template.syntax.typeParams();
        Map<String, Object> bound = new LinkedHashMap<>();
        List<Stmt.TypeParam> explicitTargets = params.stream().filter(p -> !p.inferOnly() && !p.keywordOnly()).toList();
        int next = 0;
        for (Expr.Arg a : compileTimeArgs) {
            Stmt.TypeParam p;
            if (a.keyword() != null) {
                p = params.stream().filter(q -> q.name().equals(a.keyword())).findFirst().orElse(null);
            } else {
                p = next < explicitTargets.size() ? explicitTargets.get(next++) : null;
            }
            if (p == null) {
                if (!report) {
                    return null;
                }
                throw ctx.error(a.pos(), "invalid call to '" + name + "': too many compile-time arguments");
            }
            boolean valuePack = a.keyword() == null && p.variadic() && ctx.module.traitBounds(p.type()) == null;
            if (valuePack) {
                next--; // `*mask: Int`: this and every further positional argument join the pack
            }
            if (report) {
                bound.put(p.name(), packed(bound.get(p.name()), compileTimeArgument(template, p, a.value()), valuePack));
            } else {
                // (an overload being tried: an argument that does not fit its parameter rules it out)
                int before = ctx.diagnostics.mark();
                try {
                    bound.put(p.name(), packed(bound.get(p.name()), compileTimeArgument(template, p, a.value()), valuePack));
                } catch (CompileError e) {
                    return null;
                } finally {
                    ctx.diagnostics.rollBack(before);
                }
            }
        }
        // Infer type parameters from the types of the arguments that are declared with them.
        List<Stmt.Param> runParams = template.syntax.params();
        // (a constructor's `out self` is its result, not an argument)
        boolean constructor = !runParams.isEmpty() && runParams.get(0).convention() == Stmt.Convention.OUT && runParams.get(0).name().equals("self");
        int first = receiver != null && !template.isStatic || constructor ? 1 : 0;
        if (first == 1 && !constructor && !runParams.isEmpty() && runParams.get(0).type() != null) {
            // a library method of a built-in type (`self: List[T]`) or a method with a typed self
            // (`self: Box[U]`, conditional conformance) binds its parameters from the receiver
            inferFrom(runParams.get(0).type(), Types.materialize(receiver.type()), params, bound);
        }
        int positional = first;
        for (Expr.Arg a : args) {
            if (a.keyword() == null && positional < runParams.size() && runParams.get(positional).kind() == Stmt.ParamKind.VARIADIC
                            && runParams.get(positional).type() instanceof Expr.Index star && star.indices().get(0).value() instanceof Expr.Name pack) {
                // *args: *Ts - the pack's types are the types of all remaining positional arguments.
                List<Type> types = new ArrayList<>();
                for (Expr.Arg rest : args.subList(args.indexOf(a), args.size())) {
                    if (rest.keyword() != null) {
                        break;
                    }
                    try {
                        types.add(Types.materialize(argument(rest.value(), report).type()));
                    } catch (CompileError e) {
                        if (report) {
                            throw e; // reported
                        }
                        return null;
                    }
                }
                bound.put(pack.name(), TupleType.of(types));
                break;
            }
            Stmt.Param p = null;
            if (a.keyword() == null) {
                p = positional < runParams.size() ? runParams.get(positional++) : null;
            } else {
                for (Stmt.Param q : runParams) {
                    if (q.name().equals(a.keyword())) {
                        p = q;
                    }
                }
            }
            if (p != null && p.convention() == Stmt.Convention.REF && p.refOrigin() instanceof Expr.Name on && !bound.containsKey(on.name())) {
                // ref [origin] s: the origin (and its mutability parameter) come from the argument.
                TExpr value;
                try {
                    value = argument(a.value(), report);
                } catch (CompileError e) {
                    if (report) {
                        throw e; // reported
                    }
                    return null;
                }
                boolean mutable = Conventions.isPlace(value) && Conventions.placeRoot(value).mutable;
                bound.put(on.name(), new OriginValue(mutable));
                for (Stmt.TypeParam tp : params) {
                    if (tp.name().equals(on.name()) && tp.type() instanceof Expr.Index ix && ix.indices().size() == 1
                                    && ix.indices().get(0).value() instanceof Expr.Name mn) {
                        bound.putIfAbsent(mn.name(), new TExpr.Const(a.pos(), Types.BOOL, mutable));
                    }
                }
            }
            if (p != null && template.autoParameterized.contains(p.name()) && !bound.containsKey(Signatures.autoParameter(p.name()))) {
                // `n: Scalar`, `b: Box`, `p: Pair[Int, *_]`: the argument's own type is the instance's
                Type type;
                try {
                    type = literalStructType(p.type(), a.value());
                    if (type == null) {
                        type = Types.materialize(argument(a.value(), report).type());
                    }
                } catch (CompileError e) {
                    if (report) {
                        throw e; // reported
                    }
                    return null;
                }
                if (!ctx.module.matchesUnbound(template, p.type(), type)) {
                    if (!report) {
                        return null;
                    }
                    throw ctx.error(a.value().pos(), "cannot implicitly convert '" + type.name() + "' value to '" + Signatures.typeText(p.type()) + "'");
                }
                bound.put(Signatures.autoParameter(p.name()), type);
                inferFrom(p.type(), type, params, bound);
            }
            if (p != null && mentionsUnbound(p.type(), params, bound) && !isEmptyLiteral(a.value())) {
                TExpr value;
                try {
                    value = argument(a.value(), report);
                } catch (CompileError e) {
                    if (report) {
                        throw e; // reported
                    }
                    return null;
                }
                inferFrom(p.type(), Types.materialize(value.type()), params, bound);
            }
        }
        List<Object> key = new ArrayList<>();
        for (Stmt.TypeParam p : params) {
            if (!bound.containsKey(p.name()) && p.defaultValue() != null) {
                bound.put(p.name(), compileTimeArgument(template, p, p.defaultValue()));
            }
            Object value = bound.get(p.name());
            if (value == null) {
                if (!report) {
                    return null;
                }
                throw ctx.error(pos, "invalid call to '" + name + "': could not infer compile-time parameter '" + p.name() + "'");
            }
            List<Trait> traits = ctx.module.traitBounds(p.type());
            List<Type> checked = p.variadic() && value instanceof TupleType pack ? pack.elements : value instanceof Type t0 ? List.of(t0) : List.of();
            for (Type t : traits == null ? List.<Type>of() : checked) {
                for (Trait trait : traits) {
                    if (!ctx.module.conforms(t, trait)) {
                        if (!report) {
                            return null;
                        }
                        throw ctx.error(pos, "invalid call to '" + name + "': '" + t.name() + "' does not conform to trait '" + trait.name() + "'");
                    }
                }
            }
            key.add(value instanceof TExpr.Const c ? c.value() : value instanceof TExpr.FunctionRef r ? r.function()
                            : value instanceof List<?> generic ? generic.get(0)
                            : value instanceof StructValueArgument sv ? List.of(sv.type(), sv.key()) : value);
        }
        for (Map.Entry<String, Object> e : bound.entrySet()) {
            if (e.getKey().startsWith("__type_of(")) {
                key.add(e.getValue()); // automatically parameterized arguments, in argument order
            }
        }
        Function instance = ctx.module.instantiate(template, bound, key, !report);
        if (instance.instantiatedAt == null) {
            instance.instantiatedAt = pos;
            instance.instantiatedIn = ctx.function;
        }
        return instance;
    }

    /** A call of a function, or a construction of a struct, marked {@code @deprecated}. */
    private void warnIfDeprecated(Function f, SourcePos callPos) {
        if (f.syntax != null && Deprecation.of(f.name, f.pos, f.syntax.decorators()) instanceof Deprecation d) {
            d.warn(ctx.diagnostics, callPos);
        }
        if (f.owner instanceof StructType st && f.name.equals("__init__") && st.syntax != null
                        && Deprecation.of(st.syntax.name(), st.syntax.pos(), st.syntax.decorators()) instanceof Deprecation d) {
            d.warn(ctx.diagnostics, callPos);
        }
    }

    /** A compile-time argument as bound: one of a value pack joins the pack bound so far. */
    private static Object packed(Object before, Object argument, boolean valuePack) {
        if (!valuePack) {
            return argument;
        }
        ValuePack pack = before instanceof ValuePack vp ? vp : new ValuePack(null, List.of());
        return pack.with((TExpr.Const) argument);
    }

    /** {@code []} or {@code {}}: a literal with no type of its own (it takes its parameter's), so nothing is inferred from it. */
    private static boolean isEmptyLiteral(Expr e) {
        return e instanceof Expr.ListLit l && l.elements().isEmpty() || e instanceof Expr.DictLit d && d.keys().isEmpty();
    }

    /** A compile-time argument: a type for a trait-bounded parameter, else a constant of the parameter's type. */
    Object compileTimeArgument(Function template, Stmt.TypeParam p, Expr value) {
        if (value instanceof Expr.Call fim && fim.args().isEmpty() && fim.callee() instanceof Expr.Name fn
                        && ctx.lookupGlobalOrLocal(fn.name()) == Builtin.FUNCTIONS_IN_MODULE) {
            return new FunctionPack(ctx.module.moduleFunctions()); // `discover_tests[__functions_in_module()]`: a tuple of functions
        }
        if (value instanceof Expr.Name pn && ctx.lookupGlobalOrLocal(pn.name()) instanceof FunctionPack pack) {
            return pack; // a tuple of functions passed on: `suite._register_tests[test_funcs]()`
        }
        if (holdsFunction(template, p)) {
            // a function parameter: bound to the named function, called directly in the instance
            if (value instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof List<?> fns && fns.size() == 1
                            && fns.get(0) instanceof Function generic && generic.isTemplate) {
                return fns; // a generic function (`x: Some[Intable]`): each call in the instance makes its own instance of it
            }
            TExpr f = expressions.expression(value, null);
            if (!(f instanceof TExpr.FunctionRef ref)) {
                throw ctx.error(value.pos(), "compile-time argument '" + p.name() + "' must name a function");
            }
            if (aliasedFunctionType(template, p) instanceof FunctionType declared) {
                conversions.coerce(ref, declared, value.pos()); // (a function of another type is reported here, where it is given)
            }
            return ref;
        }
        if (ctx.module.traitBounds(p.type()) != null) {
            return expressions.resolveType(value);
        }
        if (p.type() instanceof Expr.Name tn && tn.name().equals("DType") && ctx.lookupGlobalOrLocal("DType") == null) {
            // a `dtype: DType` parameter is bound to the lane type the DType names
            Type lane = expressions.dtypeArgument(value);
            if (lane == null) {
                throw ctx.error(value.pos(), "compile-time argument '" + p.name() + "' must be a DType, e.g. DType.float32");
            }
            return lane;
        }
        if (isStaticTupleType(p.type()) && staticTupleConstants(value) instanceof ValuePack pack) {
            return pack;
        }
        if (Signatures.isSomeTrait(p.type())) {
            // `x: Some[Intable]`: a value of any type with those traits
            TExpr literal = expressions.expression(value, null);
            Type t = Types.materialize(literal.type());
            TExpr v = conversions.coerce(literal, t, value.pos());
            TExpr.Const c = ConstantFolder.fold(v);
            Expr bound = ((Expr.Index) p.type()).indices().get(0).value();
            List<Trait> traits = ctx.module.traitBounds(bound);
            if (traits == null) {
                Expr notTrait = notATrait(bound);
                throw ctx.error(notTrait.pos(), "'" + Signatures.typeText(notTrait) + "' is not a trait: 'Some' takes traits (Some[Intable & Stringable])");
            }
            for (Trait trait : traits) {
                if (!ctx.module.conforms(t, trait)) {
                    throw ctx.error(value.pos(), "'" + t.name() + "' does not conform to trait '" + trait.name() + "'");
                }
            }
            if (c != null) {
                return c;
            }
            if (t instanceof StructType st) {
                return structValueArgument(st, value);
            }
            throw ctx.error(value.pos(), "compile-time argument '" + p.name() + "' must be a constant");
        }
        Type t = expressions.resolveType(p.type());
        if (t instanceof StructType st && ConstantFolder.fold(conversions.coerce(expressions.expression(value, t), t, value.pos())) == null) {
            return structValueArgument(st, value); // `p: Point`: a struct value, made where the instance uses it
        }
        TExpr.Const c = ConstantFolder.fold(conversions.coerce(expressions.expression(value, t), t, value.pos()));
        if (c == null) {
            throw ctx.error(value.pos(), "compile-time argument '" + p.name() + "' must be a constant");
        }
        return c;
    }

    /**
     * Whether a compile-time parameter holds a function: its type is written {@code fn() raises}, or
     * names an alias of a function type ({@code f: Op}, {@code f: _Test.fn_type}), looked up in the
     * module (and struct) that declares the function, as its body would see it.
     */
    private boolean holdsFunction(Function template, Stmt.TypeParam p) {
        return p.type() instanceof Expr.FnType || aliasedFunctionType(template, p) != null;
    }

    /** The function type a compile-time parameter's type names through an alias ({@code f: _Test.fn_type}), or null. */
    private FunctionType aliasedFunctionType(Function template, Stmt.TypeParam p) {
        Map<String, Object> names = ctx.module.namespaceOf(template);
        if (p.type() instanceof Expr.Name n) {
            return names.get(n.name()) instanceof FunctionType ft ? ft : null;
        }
        if (p.type() instanceof Expr.Attribute a && a.target() instanceof Expr.Name on) {
            Object owner = on.name().equals("Self") ? template.owner : names.get(on.name());
            return owner instanceof StructType st && st.aliases.get(a.name()) instanceof FunctionType ft ? ft : null;
        }
        return null;
    }

    /** A struct value as a compile-time argument: materialized where it is used (see {@link StructValueArgument#of}). */
    private StructValueArgument structValueArgument(StructType type, Expr value) {
        return StructValueArgument.of(type, value, e -> ConstantFolder.fold(expressions.expression(e, null)) instanceof TExpr.Const c ? c.value() : null);
    }

    private static final String STATIC_TUPLE_MODULE = "utils.static_tuple";

    /** Whether a parameter's declared type is utils' {@code StaticTuple[T, n]} (looked up in the declaring module). */
    private boolean isStaticTupleType(Expr type) {
        return type instanceof Expr.Index ix && ix.target() instanceof Expr.Name n
                        && ctx.module.libraryMember(STATIC_TUPLE_MODULE, "StaticTuple") instanceof StructTemplate st && st.name().equals(n.name());
    }

    /**
     * A compile-time StaticTuple written as its constructor over constants
     * ({@code StaticTuple[Int, 4](3, 2, 1, 0)}): kept as the pack of its constants, which the callee
     * reads as {@code mask[i]} and {@code len(mask)}; null for any other value.
     */
    private ValuePack staticTupleConstants(Expr value) {
        if (!(value instanceof Expr.Call call && call.callee() instanceof Expr.Index ci && ci.target() instanceof Expr.Name cn
                        && ctx.lookupGlobalOrLocal(cn.name()) instanceof StructTemplate st && st.module().equals(STATIC_TUPLE_MODULE)
                        && !ci.indices().isEmpty())) {
            return null;
        }
        Type element = expressions.resolveType(ci.indices().get(0).value());
        ValuePack pack = new ValuePack(element, List.of());
        for (Expr.Arg a : call.args()) {
            TExpr.Const k = a.keyword() == null ? ConstantFolder.fold(conversions.coerce(expressions.expression(a.value(), element), element, a.pos())) : null;
            if (k == null) {
                return null;
            }
            pack = pack.with(k);
        }
        return pack;
    }

    /** Matches the call's arguments to f's parameters; reports (or, if !report, returns null) on mismatch. */
    TExpr bindCall(SourcePos callPos, String name, Function f, TExpr receiver, List<Expr.Arg> callArgs, boolean report) {
        if (f.resultType == Types.ERROR) {
            throw new CompileError(); // its signature was rejected and reported already
        }
        if (f.takesCallLocation) {
            List<Expr.Arg> withLocation = new ArrayList<>(callArgs);
            withLocation.add(new Expr.Arg(callPos, Signatures.CALL_LOCATION, new Expr.Checked(callPos, sourceLocation(callPos)), false));
            callArgs = withLocation;
        }
        if (report) {
            ctx.module.confirm(f); // (an instance tried as an overload is the one called)
            warnIfDeprecated(f, callPos);
        }
        // A method called on an instance gets the instance as its first argument (unless static).
        int first = receiver != null && !f.isStatic && (f.owner != null || f.extendsBuiltin) ? 1 : 0;
        if (first == 0 && receiver == null && f.owner != null && !f.isStatic && f.outParam == null && !f.params.isEmpty()
                        && f.params.get(0).type == f.owner && f.syntax != null && f.syntax.params().get(0).type() == null) {
            // `Type.method(instance, ...)`: an unbound method; the instance is passed explicitly.
            first = 0;
        }
        List<Stmt.Param> params = f.paramSyntax;
        Expr[] bound = new Expr[params.size()];
        int variadic = -1;
        int keywords = -1;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).kind() == Stmt.ParamKind.VARIADIC) {
                variadic = i;
            } else if (params.get(i).kind() == Stmt.ParamKind.KEYWORDS) {
                keywords = i;
            }
        }
        List<Expr> variadicArgs = new ArrayList<>();
        List<Expr.Arg> keywordArgs = new ArrayList<>(); // the keyword arguments **kwargs collects
        int positional = first;
        for (Expr.Arg a : callArgs) {
            if (a.keyword() == null && positional == variadic) {
                variadicArgs.add(a.value());
                continue;
            }
            if (a.keyword() == null) {
                if (positional >= params.size() || params.get(positional).keywordOnly()) {
                    long max = params.stream().filter(p -> !p.keywordOnly()).count() - first;
                    return fail(report, callPos, "invalid call to '" + name + "': expected at most " + max + " positional argument"
                                    + (max == 1 ? "" : "s") + ", got " + callArgs.stream().filter(x -> x.keyword() == null).count());
                }
                bound[positional++] = a.value();
            } else {
                int idx = -1;
                for (int i = first; i < params.size(); i++) {
                    if (params.get(i).name().equals(a.keyword()) && !params.get(i).positionalOnly() && i != keywords) {
                        idx = i;
                    }
                }
                if (idx < 0 && keywords >= 0) {
                    if (keywordArgs.stream().anyMatch(k -> k.keyword().equals(a.keyword()))) {
                        return fail(report, a.pos(), "invalid call to '" + name + "': argument '" + a.keyword() + "' was passed twice");
                    }
                    keywordArgs.add(a);
                    continue;
                }
                if (idx < 0) {
                    return fail(report, a.pos(), "invalid call to '" + name + "': unknown keyword argument '" + a.keyword() + "'");
                }
                if (bound[idx] != null) {
                    return fail(report, a.pos(), "invalid call to '" + name + "': argument '" + a.keyword() + "' was passed twice");
                }
                bound[idx] = a.value();
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = first; i < params.size(); i++) {
            if (bound[i] == null && params.get(i).defaultValue() == null && i != variadic && i != keywords) {
                missing.add("'" + params.get(i).name() + "'");
            }
        }
        if (!missing.isEmpty()) {
            return fail(report, callPos, "invalid call to '" + name + "': missing " + missing.size() + " required argument"
                            + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ", missing));
        }
        List<TExpr> args = new ArrayList<>();
        List<TExpr> writeBack = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Local param = f.params.get(i);
            Type pt = param.type;
            if (i < first) {
                // (a literal receiver of a built-in type's library method converts: "a".upper())
                if (!report && f.extendsBuiltin && !(receiver.type() instanceof ListType) && !conversions.implicitlyConvertible(receiver, pt)) {
                    return null; // an overload for another self type: Float32.to_bits() is not Bool's
                }
                TExpr self = f.extendsBuiltin ? builtinReceiver(receiver, param, name) : receiver;
                if (!report) {
                    // (a `mut self` overload fits only a mutable receiver: "abc".unsafe_cstr_ptr() is the literal's)
                    TExpr passed = receiverQuietly(self, param, name);
                    if (passed == null) {
                        return null;
                    }
                    args.add(passed);
                } else {
                    args.add(conventions.argument(self, param, name, receiver.pos()));
                }
                // (a temporary receiver made for a `mut self` method has nowhere to be stored back)
                writeBack.add(param.convention == Stmt.Convention.MUT && !(args.get(args.size() - 1) instanceof TExpr.Temp) ? receiver : null);
                continue;
            }
            if (i == variadic && pt instanceof TupleType pack) {
                if (variadicArgs.size() != pack.elements.size()) {
                    return fail(report, callPos, "invalid call to '" + name + "': expected " + pack.elements.size() + " variadic arguments");
                }
                List<TExpr> values = new ArrayList<>();
                for (int k = 0; k < variadicArgs.size(); k++) {
                    TExpr v = report ? expressions.expression(variadicArgs.get(k), pack.elements.get(k)) : expressionQuietly(variadicArgs.get(k), pack.elements.get(k));
                    values.add(conventions.owned(conversions.coerce(v, pack.elements.get(k), v.pos()), v.pos()));
                }
                args.add(conventions.argument(new TExpr.TupleNew(callPos, pack, values), param, name, callPos));
                writeBack.add(null);
                continue;
            }
            if (i == variadic) {
                ListType lt = (ListType) pt;
                List<TExpr> values = new ArrayList<>();
                for (Expr e : variadicArgs) {
                    TExpr v = report ? expressions.expression(e, lt.element) : expressionQuietly(e, lt.element);
                    if (!report && !conversions.implicitlyConvertible(v, lt.element)) {
                        return null;
                    }
                    values.add(v);
                }
                args.add(conventions.argument(collections.newList(callPos, lt, values), param, name, callPos));
                writeBack.add(null);
                continue;
            }
            if (i == keywords) {
                // **kwargs: the keyword arguments no other parameter takes, as a Dict[String, T] in the order given
                DictType dt = (DictType) pt;
                List<Expr> names = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                for (Expr.Arg k : keywordArgs) {
                    if (!report && !conversions.implicitlyConvertible(expressionQuietly(k.value(), dt.value), dt.value)) {
                        return null;
                    }
                    names.add(new Expr.StrLit(k.pos(), k.keyword()));
                    values.add(k.value());
                }
                args.add(conventions.argument(collections.dictLiteral(new Expr.DictLit(callPos, names, values), dt), param, name, callPos));
                writeBack.add(null);
                continue;
            }
            if (bound[i] == null) {
                // (the default belongs to f: it sees f's module, Self and type parameters, not the caller's)
                FunctionChecker constants = FunctionChecker.forConstants(ctx.module, f.module, f.owner, f.typeArgs);
                args.add(constants.coerce(constants.expression(params.get(i).defaultValue(), pt), pt, params.get(i).defaultValue().pos()));
                writeBack.add(null);
                continue;
            }
            if (!report) {
                TExpr arg;
                try {
                    arg = expressionQuietly(bound[i], pt);
                } catch (CompileError e) {
                    return null;
                }
                if (arg == null || !conversions.implicitlyConvertible(arg, pt)) {
                    return null;
                }
                if (param.convention == Stmt.Convention.MUT && !(Conventions.isPlace(arg) && Conventions.placeRoot(arg).mutable)) {
                    return null; // (an overload taking `mut` fits only a mutable place)
                }
                args.add(arg);
                writeBack.add(null);
                continue;
            }
            TExpr arg = conversions.coerce(expressions.expression(bound[i], pt), pt, bound[i].pos());
            args.add(conventions.argument(arg, param, name, bound[i].pos()));
            writeBack.add(param.convention == Stmt.Convention.MUT || (param.convention == Stmt.Convention.REF && param.mutable) ? arg : null);
        }
        conventions.checkExclusivity(callPos, name, args, writeBack);
        if (f.raises) {
            ctx.checkMayRaise(callPos, "call to '" + name + "'", f.errorType);
        }
        if (f.primitive != null && report) {
            return new TExpr.Prim(callPos, f.resultType, f.primitive, args);
        }
        if (f.intrinsic != null && report) {
            return f.intrinsic.isLoweredByChecker() ? loweredIntrinsic(callPos, f, args) : intrinsicCall(callPos, f, args);
        }
        List<TStmt> heldReferences = holdMutableReferences(args, writeBack);
        TExpr call = new TExpr.Call(callPos, f.resultType, f, args, writeBack);
        if (!heldReferences.isEmpty()) {
            call = new TExpr.Block(callPos, f.resultType, new TStmt.Block(callPos, heldReferences), call);
        }
        return f.returnsRef ? new TExpr.RefTarget(callPos, f.resultType, call) : call;
    }

    /**
     * The receiver of a library method of a built-in type, converted to the declared self type
     * ({@code "a".upper()}). A span has the representation of the list it views, so a List method
     * that only reads its list serves a span as it is; one that changes the list (append, pop, ...)
     * would change its length, which a span cannot.
     */
    private TExpr builtinReceiver(TExpr receiver, Local self, String name) {
        if (receiver.type() instanceof ListType span && span.isView && self.type instanceof ListType list && list.isGrowable()
                        && list.element == span.element) {
            if (self.convention != Stmt.Convention.READ) {
                throw ctx.error(receiver.pos(), "'" + span.name() + "' has a fixed length: it has no method '" + name + "'");
            }
            return receiver;
        }
        if (receiver.type() instanceof ListType hinted && hinted.hintTrivialType && self.type instanceof ListType list && list.isGrowable()
                        && list.element == hinted.element) {
            return receiver; // List[T, hint_trivial_type=True] has List[T]'s representation and methods
        }
        return conversions.coerce(receiver, self.type, receiver.pos());
    }

    /**
     * A {@code mut} argument that a {@code -> ref} function returned ({@code grow(h.items_ref())},
     * {@code list[0].clear()} on a LinkedList): the location is kept in a hidden local before the
     * call, the callee gets its value, and the final value is stored back through it afterwards.
     * Returns the statements that keep the locations.
     */
    private List<TStmt> holdMutableReferences(List<TExpr> args, List<TExpr> writeBack) {
        List<TStmt> held = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (writeBack.get(i) instanceof TExpr.RefTarget rt && rt.call() instanceof TExpr.Call) {
                Local location = expressions.holdReference(rt, rt.pos());
                held.add(new TStmt.WriteLocal(rt.pos(), location, rt.call(), true));
                args.set(i, new TExpr.RefTarget(rt.pos(), rt.type(), new TExpr.ReadLocal(rt.pos(), Types.REFERENCE, location)));
                writeBack.set(i, new TExpr.RefTarget(rt.pos(), rt.type(), new TExpr.ReadLocal(rt.pos(), Types.REFERENCE, location)));
            }
        }
        return held;
    }

    /** A bound call of a library method of a built-in collection: the type of its {@code self} says which collection's operation it is. */
    private TExpr loweredIntrinsic(SourcePos pos, Function f, List<TExpr> args) {
        Type self = f.params.get(0).type;
        if (f.intrinsic.spelling.startsWith("literal.")) {
            return LiteralFolding.foldIntrinsic(pos, f.intrinsic, args, ctx);
        }
        if (self instanceof DictType) {
            return collections.dictIntrinsic(pos, f, args);
        }
        if (self instanceof OptionalType) {
            return collections.optionalIntrinsic(pos, f, args);
        }
        if (self instanceof PointerType) {
            return collections.pointerIntrinsic(pos, f, args);
        }
        if (self instanceof VectorType || f.intrinsic.spelling.startsWith("simd.")) {
            return collections.vectorIntrinsic(pos, f, args);
        }
        return collections.listIntrinsic(pos, f, args);
    }

    /**
     * A bound call of a library function implemented by an intrinsic: a pure one with a primitive
     * equivalent is that primitive (the same node as an operator); any other runs the intrinsic.
     */
    /**
     * A call of an intrinsic. One that changes an argument (a {@code mut} parameter: the String
     * methods that grow or terminate their receiver) changes the header it is given, so an argument
     * that lives in native memory (a list element, a field of a pointee) is read into a view and
     * written back, as {@code +=} does.
     */
    private TExpr intrinsicCall(SourcePos pos, Function f, List<TExpr> args) {
        for (int i = 0; i < args.size(); i++) {
            if (f.params.get(i).convention == Stmt.Convention.MUT && TExprs.isMemoryPlace(args.get(i))) {
                int changed = i;
                return conventions.inPlace(args.get(i), view -> {
                    List<TExpr> viewed = new ArrayList<>(args);
                    viewed.set(changed, view);
                    return new TExpr.IntrinsicCall(pos, f.resultType, f.intrinsic, viewed, f.raises);
                });
            }
        }
        return new TExpr.IntrinsicCall(pos, f.resultType, f.intrinsic, args, f.raises);
    }

    TExpr fail(boolean report, SourcePos pos, String message) {
        if (report) {
            throw ctx.error(pos, message);
        }
        return null;
    }

    /**
     * An argument checked to infer compile-time parameters from its type: reported if it is wrong
     * when this is the call being bound ({@code report}), else quietly (an overload being tried).
     */
    private TExpr argument(Expr value, boolean report) {
        return report ? expressions.expression(value, null) : expressionQuietly(value, null);
    }

    /** The receiver as self's convention takes it, or null (and no diagnostic) if it cannot be passed so. */
    private TExpr receiverQuietly(TExpr self, Local param, String name) {
        int before = ctx.diagnostics.mark();
        try {
            return conventions.argument(self, param, name, self.pos());
        } catch (CompileError e) {
            return null;
        } finally {
            ctx.diagnostics.rollBack(before);
        }
    }

    /** Checks an expression for overload resolution without leaving diagnostics behind. */

    TExpr expressionQuietly(Expr e, Type expected) {
        int before = ctx.diagnostics.mark();
        try {
            return expressions.expression(e, expected);
        } finally {
            ctx.diagnostics.rollBack(before);
        }
    }

    /** The scalar types that are SIMD[dtype, 1] (Int, UInt and Bool are types of their own). */
    private static boolean isScalarLane(Type t) {
        return t instanceof ScalarType || t == Types.FLOAT64 || t == Types.BOOL;
    }

    private static boolean isTypeParam(String name, List<Stmt.TypeParam> params) {
        return params.stream().anyMatch(tp -> tp.name().equals(name));
    }

    /** {@code Self.T} (a struct's own parameter, as Mojo 1.x spells it inside the struct) is {@code T}. */
    private static Expr withoutSelf(Expr type) {
        return type instanceof Expr.Attribute a && a.target() instanceof Expr.Name n && n.name().equals("Self")
                        ? new Expr.Name(a.pos(), a.name()) : type;
    }

    /** Whether a parameter's declared type mentions a compile-time parameter not bound yet. */
    private static boolean mentionsUnbound(Expr type, List<Stmt.TypeParam> params, Map<String, Object> bound) {
        type = withoutSelf(type);
        if (type instanceof Expr.Name n) {
            return isTypeParam(n.name(), params) && !bound.containsKey(n.name());
        }
        if (type instanceof Expr.Index ix) {
            return ix.indices().stream().anyMatch(i -> mentionsUnbound(i.value(), params, bound));
        }
        return false;
    }

    /**
     * Binds compile-time parameters by matching a declared parameter type against an argument's
     * type: {@code T} against anything, {@code List[T]}, {@code Optional[T]}, {@code Dict[K, V]}
     * and {@code UnsafePointer[T]} against the matching collection types ({@code Optional[T]} also
     * against the type of a value that converts to it).
     */
    private static void inferFrom(Expr declared, Type actual, List<Stmt.TypeParam> params, Map<String, Object> bound) {
        declared = withoutSelf(declared);
        if (declared instanceof Expr.Name n) {
            if (isTypeParam(n.name(), params) && !bound.containsKey(n.name())) {
                bound.put(n.name(), actual);
                for (Stmt.TypeParam tp : params) {
                    if (tp.name().equals(n.name()) && tp.type() instanceof Expr.FnType pattern) {
                        inferFrom(pattern, actual, params, bound); // F: def(x: Int) -> R: R is what F returns
                    }
                }
            }
            return;
        }
        if (declared instanceof Expr.FnType pattern) {
            if (actual instanceof FunctionType ft) {
                if (pattern.result() != null) {
                    inferFrom(pattern.result(), ft.result, params, bound);
                }
                for (int i = 0; i < pattern.params().size() && i < ft.params.size(); i++) {
                    inferFrom(pattern.params().get(i), ft.params.get(i), params, bound);
                }
            }
            return;
        }
        if (!(declared instanceof Expr.Index ix) || !(ix.target() instanceof Expr.Name constructor)) {
            return;
        }
        List<Expr.Arg> args = ix.indices();
        switch (constructor.name()) {
            case "List" -> {
                // (a Span and an Array bind T too: a 1.x list literal is an Array until its parameter makes it a List)
                if (actual instanceof ListType lt && args.size() == 1) {
                    inferFrom(args.get(0).value(), lt.element, params, bound);
                }
            }
            case "InlineArray", "Array" -> {
                if (actual instanceof ListType lt && lt.isFixed() && args.size() == 2) {
                    inferFrom(args.get(0).value(), lt.element, params, bound);
                    if (args.get(1).value() instanceof Expr.Name n && isTypeParam(n.name(), params) && !bound.containsKey(n.name())) {
                        bound.put(n.name(), new TExpr.Const(SourcePos.NONE, Types.INT, lt.fixedSize));
                    }
                }
            }
            case "Span" -> {
                // (a span views a span, a List and an InlineArray: Span[T, origin] binds T)
                if (actual instanceof ListType lt && !args.isEmpty()) {
                    inferFrom(args.get(0).value(), lt.element, params, bound);
                }
            }
            case "Optional" -> {
                if (actual instanceof OptionalType ot && args.size() == 1) {
                    inferFrom(args.get(0).value(), ot.element, params, bound);
                } else if (args.size() == 1 && actual != Types.NONE) {
                    inferFrom(args.get(0).value(), actual, params, bound); // a value, implicitly made an Optional
                }
            }
            case "OwnedPointer", "ArcPointer" -> {
                if (actual instanceof BoxType bt && bt.shared == constructor.name().equals("ArcPointer") && args.size() == 1) {
                    inferFrom(args.get(0).value(), bt.element, params, bound);
                }
            }
            case "UnsafePointer" -> {
                if (actual instanceof PointerType pt && !args.isEmpty()) {
                    inferFrom(args.get(0).value(), pt.pointee, params, bound);
                }
            }
            case "SIMD" -> {
                // SIMD[dtype, width]: the dtype is bound to the lane type, the width to an Int constant
                if (actual instanceof VectorType vt && args.size() == 2) {
                    inferFrom(args.get(0).value(), vt.element, params, bound);
                    if (args.get(1).value() instanceof Expr.Name w && isTypeParam(w.name(), params) && !bound.containsKey(w.name())) {
                        bound.put(w.name(), new TExpr.Const(SourcePos.NONE, Types.INT, (long) vt.width));
                    }
                } else if (isScalarLane(actual) && args.size() == 2) {
                    // a scalar (Float32, Float64, ...) is SIMD[dtype, 1]
                    inferFrom(args.get(0).value(), actual, params, bound);
                    if (args.get(1).value() instanceof Expr.Name w && isTypeParam(w.name(), params) && !bound.containsKey(w.name())) {
                        bound.put(w.name(), new TExpr.Const(SourcePos.NONE, Types.INT, 1L));
                    }
                }
            }
            case "Scalar" -> {
                if (isScalarLane(actual) && args.size() == 1) {
                    inferFrom(args.get(0).value(), actual, params, bound);
                }
            }
            case "StringSlice" -> {
                // StringSlice[origin] is a String here: the origin parameter is bound to an origin of
                // the declared mutability (origins are not tracked), so that the call can be instantiated
                if (actual == Types.STRING) {
                    for (Expr.Arg arg : args) {
                        if ((arg.keyword() == null || arg.keyword().equals("origin")) && arg.value() instanceof Expr.Name o && isTypeParam(o.name(), params)) {
                            boolean mutable = params.stream().anyMatch(tp -> tp.name().equals(o.name()) && tp.type() instanceof Expr.Name t
                                            && t.name().equals("MutableOrigin"));
                            bound.putIfAbsent(o.name(), new OriginValue(mutable));
                        }
                    }
                }
            }
            case "Dict" -> {
                if (actual instanceof DictType dt && args.size() == 2) {
                    inferFrom(args.get(0).value(), dt.key, params, bound);
                    inferFrom(args.get(1).value(), dt.value, params, bound);
                }
            }
            default -> {
                // Box[T] of a parametric struct: its instance's compile-time arguments, in order
                if (actual instanceof StructType st && st.syntax != null && st.syntax.name().equals(constructor.name()) && st.typeArgs != null) {
                    List<Stmt.TypeParam> declaredParams = st.syntax.typeParams();
                    for (int i = 0; i < args.size() && i < declaredParams.size(); i++) {
                        Object value = st.typeArgs.get(declaredParams.get(i).name());
                        if (value instanceof Type t) {
                            inferFrom(args.get(i).value(), t, params, bound);
                        } else if (value != null && args.get(i).value() instanceof Expr.Name v && isTypeParam(v.name(), params)) {
                            bound.putIfAbsent(v.name(), value);
                        }
                    }
                }
            }
        }
    }
}

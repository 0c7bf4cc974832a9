package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OriginValue;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/**
 * Declarations: function signatures, struct members and lifecycle methods, trait conformance,
 * and the instantiation of generic functions and structs with their compile-time arguments.
 */
final class Signatures {
    private final ModuleScope moduleScope;
    private TypeResolver resolver;
    /** The instances of library templates this program made, by template and compile-time arguments. */
    private final Map<Function, Map<List<Object>, Function>> libraryInstances = new HashMap<>();
    private final Map<StructTemplate, Map<List<Object>, StructType>> libraryStructInstances = new HashMap<>();

    Signatures(ModuleScope moduleScope) {
        this.moduleScope = moduleScope;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The intrinsic a library declaration binds to with {@code @intrinsic("module.name")}; its body
     * is {@code ...}. Only the standard library declares intrinsics.
     */
    /**
     * The primitive operation a library declaration is, with {@code @primitive("INT_ADD")} and a body
     * of {@code ...}: a call of it compiles to exactly what the operator does.
     */
    static PrimOp primitiveOf(Function f, Diagnostics diagnostics) {
        Stmt.Decorator d = f.syntax.decorators().stream().filter(x -> x.name().equals("primitive")).findFirst().orElse(null);
        if (d == null) {
            return null;
        }
        if (f.module == null) {
            diagnostics.error(d.pos(), "'@primitive' is only available in the standard library");
            throw new CompileError();
        }
        PrimOp op = null;
        if (d.args().size() == 1 && d.args().get(0).value() instanceof Expr.StrLit name) {
            op = Arrays.stream(PrimOp.values()).filter(p -> p.name().equals(name.value())).findFirst().orElse(null);
        }
        if (op == null || f.syntax.hasBody()) {
            diagnostics.error(d.pos(), "'@primitive' needs the name of a primitive operation and a body of '...'");
            throw new CompileError();
        }
        return op;
    }

    static Intrinsic intrinsicOf(Function f, Diagnostics diagnostics) {
        Stmt.Decorator d = f.syntax.decorators().stream().filter(x -> x.name().equals("intrinsic")).findFirst().orElse(null);
        if (d == null) {
            return null;
        }
        if (f.module == null) {
            diagnostics.error(d.pos(), "'@intrinsic' is only available in the standard library");
            throw new CompileError();
        }
        Intrinsic intrinsic = d.args().size() == 1 && d.args().get(0).value() instanceof Expr.StrLit name ? Intrinsic.named(name.value()) : null;
        if (intrinsic == null || f.syntax.hasBody()) {
            diagnostics.error(d.pos(), "'@intrinsic' needs the name of a known intrinsic and a body of '...'");
            throw new CompileError();
        }
        return intrinsic;
    }

    void resolveSignature(Function f) {
        Stmt.FunctionDef fd = f.syntax;
        if (fd == null || f.signatureResolved || f.isTemplate) {
            return; // synthesized (signature set when it was made), already done, or a template
        }
        f.signatureResolved = true;
        // a 25.x `def` raises without saying so; a 1.x one only with `raises`
        f.raises = fd.raises() || fd.isDef() && !(moduleScope.dialect == Dialect.MOJO_1 && f.module == null);
        Map<String, Type> typeParams = new HashMap<>(typeParameters(fd));
        for (Map.Entry<String, Object> e : f.typeArgs.entrySet()) {
            if (e.getValue() instanceof Type t) {
                typeParams.put(e.getKey(), t);
            }
        }
        try {
            resolver.within(moduleScope.namespace(f.module), f.typeArgs, () -> {
                resolveTypes(f, fd, typeParams);
                return null;
            });
        } catch (CompileError e) {
            // A signature this instance cannot have (BitSet[70]'s constructor from a SIMD mask of
            // 70 lanes): the function is unusable and its body is never checked.
            f.resultType = Types.ERROR;
            throw e;
        }
    }

    private void resolveTypes(Function f, Stmt.FunctionDef fd, Map<String, Type> typeParams) {
        f.resultType = fd.resultType() == null ? Types.NONE : resolver.resolveType(fd.resultType(), typeParams, f.owner);
        if (fd.raisesType() != null) {
            Type error = resolver.resolveType(fd.raisesType(), typeParams, f.owner);
            if (error == Types.NEVER) {
                f.raises = false; // `raises Never`: the same as not raising
            } else if (error != Types.ERROR_VALUE) {
                f.errorType = error;
            }
        }
        f.returnsRef = fd.resultOrigin() != null;
        int index = 0;
        Set<String> seen = new HashSet<>();
        boolean first = true;
        for (Stmt.Param p : fd.params()) {
            boolean isSelf = first && f.owner != null && !f.isStatic && p.type() == null;
            first = false;
            if (!seen.add(p.name())) {
                moduleScope.diagnostics.error(p.pos(), "invalid redefinition of '" + p.name() + "'");
                continue;
            }
            warnDeprecatedConvention(p);
            Type t;
            if (isSelf) {
                t = f.owner;
            } else if (p.type() == null) {
                moduleScope.diagnostics.error(p.pos(), "argument '" + p.name() + "' needs a type");
                throw new CompileError();
            } else if (f.autoParameterized.contains(p.name()) && f.typeArgs.get(autoParameter(p.name())) instanceof Type bound) {
                t = bound;
            } else {
                t = resolver.resolveType(p.type(), typeParams, f.owner);
            }
            if (p.kind() == Stmt.ParamKind.VARIADIC && !(t instanceof TupleType)) {
                t = ListType.of(t); // *args: T arrives as a list of the arguments (a pack *args: *Ts as a tuple)
            }
            if (p.kind() == Stmt.ParamKind.KEYWORDS) {
                t = DictType.of(Types.STRING, t); // **kwargs: T arrives as a dict of the keyword arguments by name
            }
            // A `ref` argument may be immutable at some call sites, so the body treats it as read-only,
            // unless its origin parameter was bound to a mutable origin for this instance.
            boolean mutable = p.convention() != Stmt.Convention.READ && p.convention() != Stmt.Convention.REF;
            if (p.convention() == Stmt.Convention.REF && p.refOrigin() instanceof Expr.Name on && f.typeArgs.get(on.name()) instanceof OriginValue ov) {
                mutable = ov.mutable();
            }
            Stmt.Convention convention = p.convention();
            if (isSelf && convention == Stmt.Convention.MUT
                            && (f.name.equals("__init__") || f.name.equals("__copyinit__") || f.name.equals("__moveinit__"))) {
                convention = Stmt.Convention.OUT; // Mojo 24.x wrote constructors with `inout self`
            }
            if (convention == Stmt.Convention.OUT) {
                if (f.outParam != null || fd.resultType() != null) {
                    moduleScope.diagnostics.error(p.pos(), "a function has at most one result: 'out' argument '" + p.name() + "' and a result type");
                    throw new CompileError();
                }
                Local l = new Local(p.name(), t, p.pos(), Stmt.Convention.OUT, -1, f.locals.size(), true);
                f.locals.add(l);
                f.outParam = l;
                f.resultType = t;
                continue;
            }
            Local l = new Local(p.name(), t, p.pos(), p.convention(), index++, f.locals.size(), mutable);
            f.locals.add(l);
            f.params.add(l);
            f.paramSyntax.add(p);
        }
        if (asksCallLocation(fd, moduleScope.namespace(f.module))) {
            Stmt.Param p = new Stmt.Param(fd.namePos(), CALL_LOCATION, Stmt.Convention.READ, null, null, null, null, Stmt.ParamKind.POSITIONAL,
                            true, false);
            Local l = new Local(CALL_LOCATION, moduleScope.sourceLocationType(), fd.namePos(), Stmt.Convention.READ, index, f.locals.size(), false);
            f.locals.add(l);
            f.params.add(l);
            f.paramSyntax.add(p);
            f.takesCallLocation = true;
        }
        checkLifecycleSignature(f);
    }

    /** The hidden parameter through which a call tells its callee where it is ({@code __call_location()}). */
    static final String CALL_LOCATION = "(call location)";

    private static boolean asksCallLocation(Stmt.FunctionDef fd, Map<String, Object> names) {
        boolean[] asks = {false};
        SyntaxWalk.walk(fd.body(), e -> {
            if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name n && names.get(n.name()) == Builtin.CALL_LOCATION) {
                asks[0] = true;
            }
        });
        return asks[0];
    }

    /** {@code [W: Writer]} parameters (of {@code write_to}) stand for the one built-in Writer; others make a template. */
    private Map<String, Type> typeParameters(Stmt.FunctionDef fd) {
        Map<String, Type> result = new HashMap<>();
        for (Stmt.TypeParam tp : fd.typeParams()) {
            if (isWriterParam(tp)) {
                result.put(tp.name(), Types.WRITER);
            }
        }
        return result;
    }

    private static boolean isWriterParam(Stmt.TypeParam tp) {
        return tp.type() instanceof Expr.Name n && n.name().equals("Writer");
    }

    /**
     * Whether a function is generic, so a template checked per use: it declares compile-time parameters
     * (other than a Writer's), or an argument's type leaves a parametric type's parameters unbound.
     */
    static void markGeneric(Function f, ModuleScope scope) {
        Stmt.FunctionDef fd = f.syntax;
        Set<String> auto = new HashSet<>();
        for (Stmt.Param p : fd.params()) {
            if (isAutoParameterized(p.type(), scope)) {
                auto.add(p.name());
            }
        }
        f.autoParameterized = auto;
        f.isTemplate = fd.typeParams().stream().anyMatch(tp -> !isWriterParam(tp)) || !auto.isEmpty();
    }

    /**
     * Whether an argument's type is a parametric type without its parameters ({@code n: Scalar},
     * {@code b: Box}) or with some left unbound ({@code Pair[Int, _]}, {@code Pair[*_]}, {@code Pair[**_]},
     * {@code Pair[Int, ...]}): the argument takes the type of what is passed (Mojo's automatic parameterization).
     */
    private static boolean isAutoParameterized(Expr type, ModuleScope scope) {
        if (type instanceof Expr.Name n) {
            return UNBOUND_PARAMETRIC.contains(n.name()) || scope.isParametricStruct(n.name(), false);
        }
        if (isSomeTrait(type)) {
            return true;
        }
        return type instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && scope.isParametricStruct(n.name(), true)
                        && ix.indices().stream().anyMatch(a -> isUnboundParameter(a.value()));
    }

    /** {@code _}, {@code ...}, {@code *_} or {@code **_} in a type's brackets: parameters left for the argument to bind. */
    static boolean isUnboundParameter(Expr e) {
        return e instanceof Expr.Name n && n.name().equals("_") || e instanceof Expr.Ellipsis
                        || e instanceof Expr.Index ix && ix.target() instanceof Expr.Name star && (star.name().equals("*") || star.name().equals("**"))
                                        && ix.indices().size() == 1 && ix.indices().get(0).value() instanceof Expr.Name u && u.name().equals("_");
    }

    /** An argument's type as written, for a message ({@code Pair[Int, *_]}). */
    static String typeText(Expr e) {
        return switch (e) {
            case Expr.Name n -> n.name();
            case Expr.Ellipsis x -> "...";
            case Expr.IntLit i -> i.text();
            case Expr.Attribute a -> typeText(a.target()) + "." + a.name();
            case Expr.Index ix when ix.target() instanceof Expr.Name star && (star.name().equals("*") || star.name().equals("**")) ->
                star.name() + typeText(ix.indices().get(0).value());
            case Expr.Index ix -> typeText(ix.target()) + ix.indices().stream()
                            .map(a -> (a.keyword() == null ? "" : a.keyword() + "=") + typeText(a.value()))
                            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
            default -> "?";
        };
    }

    /** 1.x {@code x: Some[Intable]}: a value of any type conforming to the trait (but a Writer, which is the one writer type). */
    static boolean isSomeTrait(Expr type) {
        return type instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && n.name().equals("Some") && ix.indices().size() == 1
                        && !(ix.indices().get(0).value() instanceof Expr.Name w && w.name().equals("Writer"));
    }

    /** The key under which an instance records the type an automatically parameterized argument was bound to. */
    static String autoParameter(String argument) {
        return "__type_of(" + argument + ")";
    }

    /**
     * Built-in parametric types that, written without their parameters as an argument's type ({@code n: Scalar},
     * {@code l: List}), make the function generic over them.
     */
    private static final Set<String> UNBOUND_PARAMETRIC = Set.of("SIMD", "Scalar", "List", "Dict", "Optional", "UnsafePointer",
                    "InlineArray", "Span");

    /** The traits of a conformance, a composition {@code Copyable & Movable} as its parts. */
    private static void addComposedTraits(Expr t, List<Expr> out) {
        if (t instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            addComposedTraits(b.left(), out);
            addComposedTraits(b.right(), out);
        } else {
            out.add(t);
        }
    }

    /**
     * The struct type for a parametric struct and its compile-time arguments (in parameter order):
     * fields and methods are resolved with the parameters bound, once per argument set.
     */
    StructType instantiateStruct(StructTemplate template, List<Object> args, SourcePos pos) {
        // A library template is shared by every program that imports it; its instances belong to this one.
        // (the instances the library module made itself, as `alias ComplexFloat32 = ComplexSIMD[DType.float32, 1]`,
        // are part of the checked module and shared: every program sees the same type)
        boolean own = template.module() == null || template.module().equals(moduleScope.library);
        Map<List<Object>, StructType> instances = own ? template.instances()
                        : libraryStructInstances.computeIfAbsent(template, k -> new HashMap<>());
        List<Object> values = args;
        args = new ArrayList<>();
        for (Object a : values) {
            // (a value argument is known by its value, a function argument by its function)
            args.add(a instanceof TExpr.Const c ? c.value() : a instanceof TExpr.FunctionRef r ? r.function()
                            : a instanceof StructValueArgument sv ? List.of(sv.type(), sv.key()) : a);
        }
        StructType existing = own ? null : template.instances().get(args);
        if (existing == null) {
            existing = instances.get(args);
        }
        if (existing != null) {
            return existing;
        }
        List<Stmt.TypeParam> params = template.syntax().typeParams();
        if (args.size() > params.size()) {
            moduleScope.diagnostics.error(pos, "'" + template.name() + "' takes " + params.size() + " compile-time argument(s), got " + args.size());
            throw new CompileError();
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        StringBuilder name = new StringBuilder(template.name()).append('[');
        for (int i = 0; i < params.size(); i++) {
            Object value = i < values.size() ? values.get(i) : null;
            if (value == null) {
                moduleScope.diagnostics.error(pos, "'" + template.name() + "' needs compile-time argument '" + params.get(i).name() + "'");
                throw new CompileError();
            }
            List<Trait> traits = resolver.traitBounds(params.get(i).type());
            boolean pack = params.get(i).variadic() && value instanceof TupleType;
            // (each type of a variadic pack must conform, and is named on its own: Variant[Int, String])
            List<Type> checked = pack ? ((TupleType) value).elements : value instanceof Type one ? List.of(one) : List.of();
            for (Type t : traits == null ? List.<Type>of() : checked) {
                for (Trait trait : traits) {
                    if (!resolver.conforms(t, trait)) {
                        moduleScope.diagnostics.error(pos, "'" + t.name() + "' does not conform to trait '" + trait.name() + "' required by '"
                                        + template.name() + "'");
                        throw new CompileError();
                    }
                }
            }
            bound.put(params.get(i).name(), value);
            name.append(i > 0 ? ", " : "").append(pack ? String.join(", ", ((TupleType) value).elements.stream().map(Type::name).toList())
                            : value instanceof Type t ? t.name() : value instanceof TExpr.Const c ? String.valueOf(c.value())
                                            : value instanceof TExpr.FunctionRef r ? r.function().name
                                                            : value instanceof StructValueArgument sv ? sv.text() : String.valueOf(value));
        }
        StructType st = new StructType(name.append(']').toString(), template.syntax());
        st.typeArgs = bound;
        st.module = template.module();
        st.movableByDefault = moduleScope.dialect == Dialect.MOJO_1 && st.module == null;
        instances.put(args, st);
        moduleScope.structs.add(st);
        int before = moduleScope.allFunctions.size();
        declareMembers(st);
        for (int i = before; i < moduleScope.allFunctions.size(); i++) {
            Function method = moduleScope.allFunctions.get(i);
            int mark = moduleScope.diagnostics.mark();
            try {
                resolveSignature(method);
            } catch (CompileError e) {
                // A method whose signature this instance cannot have (BitSet[70]'s constructor from a
                // SIMD mask of 70 lanes) does not exist for it, as Mojo only checks what is used.
                moduleScope.diagnostics.rollBack(mark);
                List<Function> overloads = st.methods.get(method.name);
                if (overloads != null) {
                    overloads.remove(method);
                }
                moduleScope.allFunctions.remove(i--);
            }
        }
        finishLifecycle(st);
        return st;
    }

    /**
     * A function declared inside another one: it becomes a function of its own, visible by its
     * name in the enclosing block; the variables it uses from the enclosing function are captured
     * (see {@link CapturedVariable}, and {@code Closures} for 1.x capture lists).
     */
    Function declareNested(Stmt.FunctionDef fd, Function enclosing, Map<String, Object> captured) {
        Function f = new Function(fd.name(), fd.namePos(), fd, null);
        f.module = enclosing.module;
        // the enclosing function's compile-time parameters and its body's compile-time names (aliases) are the nested function's too
        Map<String, Object> names = new HashMap<>(enclosing.typeArgs);
        names.putAll(captured);
        f.typeArgs = names;
        markGeneric(f, moduleScope);
        if (!f.isTemplate) {
            resolveSignature(f);
            moduleScope.allFunctions.add(f);
        }
        return f;
    }

    /** Makes (or reuses) the instance of a generic function for the given compile-time arguments. */
    Function instantiate(Function template, Map<String, Object> args, List<Object> key, boolean tentative) {
        // A library template is shared by every program that imports it; its instances belong to this one.
        Map<List<Object>, Function> instances = template.module == null ? template.instances
                        : libraryInstances.computeIfAbsent(template, k -> new HashMap<>());
        Function existing = instances.get(key);
        if (existing != null) {
            if (!tentative) {
                confirm(existing);
            }
            return existing;
        }
        Function f = new Function(template.name, template.pos, template.syntax, template.owner);
        f.isStatic = template.isStatic;
        f.module = template.module;
        f.primitive = template.primitive;
        f.extendsBuiltin = template.extendsBuiltin;
        f.intrinsic = template.intrinsic;
        f.autoParameterized = template.autoParameterized;
        Map<String, Object> all = new HashMap<>(template.typeArgs);
        all.putAll(args);
        f.typeArgs = all;
        instances.put(key, f);
        resolveSignature(f);
        f.tentative = true;
        if (!tentative) {
            confirm(f);
        }
        return f;
    }

    /** A generic function's instance that a call uses: its body will be checked and it joins the program. */
    void confirm(Function instance) {
        if (instance.tentative) {
            instance.tentative = false;
            moduleScope.allFunctions.add(instance);
        }
    }

    private void checkLifecycleSignature(Function f) {
        if (f.owner == null) {
            return;
        }
        switch (f.name) {
            case "__init__", "__copyinit__", "__moveinit__" -> {
                if (f.outParam == null || f.outParam.type != f.owner) {
                    moduleScope.diagnostics.error(f.pos, "'" + f.name + "' must take 'out self'");
                    throw new CompileError();
                }
            }
            case "__del__", "__deinit__" -> {
                if (f.params.size() != 1 || !(f.params.get(0).convention == Stmt.Convention.VAR
                                || f.params.get(0).convention == Stmt.Convention.DEINIT)) {
                    moduleScope.diagnostics.error(f.pos, "'" + f.name + "' must take 'deinit self'");
                    throw new CompileError();
                }
            }
            default -> {
            }
        }
    }

    private void warnDeprecatedConvention(Stmt.Param p) {
        String w = p.conventionWritten();
        if (w == null) {
            return;
        }
        String replacement = switch (w) {
            case "inout" -> "mut";
            case "borrowed" -> "read";
            default -> null; // ('owned' still reads as 'var' without a warning, as in Mojo 25.5)
        };
        if (replacement != null) {
            moduleScope.diagnostics.warning(p.pos(), "'" + w + "' has been deprecated, use '" + replacement + "' instead");
        }
    }

    // ================================================================ structs

    /** The structs whose declared traits are known already. */
    private final Set<StructType> conformancesDeclared = new HashSet<>();

    /**
     * Records the traits st declares it conforms to (once): before its members, as soon as an alias
     * may instantiate a template with it ({@code alias V = Variant[MyStruct, Int]} needs MyStruct's
     * Copyable).
     */
    void declareConformances(StructType st) {
        if (!conformancesDeclared.add(st)) {
            return;
        }
        List<Expr> traits = new ArrayList<>();
        for (Expr t : st.syntax.traits()) {
            if (t instanceof Expr.Conditional c) {
                // 1.x `Trait where condition`: a conformance only the instances meeting the condition have
                if (!conditionHolds(st, c.condition())) {
                    continue;
                }
                t = c.then();
            }
            addComposedTraits(t, traits);
        }
        for (Expr t : traits) {
            if (t instanceof Expr.Name n && moduleScope.namespace(st.module).get(n.name()) instanceof Trait trait) {
                if (trait.syntax() != null && Deprecation.of(trait.name(), trait.syntax().pos(), trait.syntax().decorators()) instanceof Deprecation d) {
                    d.warn(moduleScope.diagnostics, t.pos());
                }
                addTrait(st, trait);
            } else {
                moduleScope.diagnostics.error(t.pos(), (t instanceof Expr.Name n ? "'" + n.name() + "'" : "this") + " is not a trait");
            }
        }
    }


    /** Whether a struct's alias is a value of that struct made by its constructor: {@code alias PASS = Self(0)} (or {@code TestResult(0)}). */
    private static boolean constructsOwnStruct(Stmt.AliasDef ad, StructType st) {
        return ad.type() == null && ad.typeParams().isEmpty() && st.typeArgs.isEmpty() && ad.value() instanceof Expr.Call c
                        && c.callee() instanceof Expr.Name n && (n.name().equals("Self") || n.name().equals(st.name()));
    }
    /** A compile-time condition on a struct instance's parameters ({@code conforms_to(T, Writable)}). */
    private boolean conditionHolds(StructType st, Expr condition) {
        TExpr value = FunctionChecker.forConstants(moduleScope.checker(), st.module, st, st.typeArgs).expression(condition, Types.BOOL);
        if (ConstantFolder.fold(value) instanceof TExpr.Const c && c.value() instanceof Boolean b) {
            return b;
        }
        moduleScope.diagnostics.error(condition.pos(), "the condition of a conformance must be a compile-time Bool");
        throw new CompileError();
    }

    void declareMembers(StructType st) {
        resolver.within(moduleScope.namespace(st.module), st.typeArgs, () -> {
            declareMembersInScope(st);
            return null;
        });
    }

    private void declareMembersInScope(StructType st) {
        Stmt.StructDef sd = st.syntax;
        boolean value = false;
        boolean fieldwiseInit = false;
        boolean implicitInit = false;
        for (Stmt.Decorator d : sd.decorators()) {
            switch (d.name()) {
                case "value" -> {
                    value = true;
                    moduleScope.diagnostics.warning(d.pos(), "'@value' is deprecated, use '@fieldwise_init' and explicit Copyable and Movable conformances instead");
                }
                case "fieldwise_init" -> {
                    fieldwiseInit = true;
                    // @fieldwise_init("implicit"): the constructor of a one-field struct converts implicitly from that field's type
                    implicitInit = !d.args().isEmpty() && d.args().get(0).value() instanceof Expr.StrLit lit && lit.value().equals("implicit");
                }
                case "explicit_destroy" -> {
                    st.explicitDestroy = true;
                    // @explicit_destroy("Must call close()"): what the error says when a value is abandoned
                    st.explicitDestroyMessage = !d.args().isEmpty() && d.args().get(0).value() instanceof Expr.StrLit lit ? lit.value() : null;
                }
                case "register_passable" -> {
                    st.registerPassable = true;
                    st.trivialRegisterPassable = !d.args().isEmpty() && d.args().get(0).value() instanceof Expr.StrLit lit
                                    && lit.value().equals("trivial");
                }
                case "deprecated" -> {
                    // (each use is warned about: Calls, TypeResolver)
                }
                default -> moduleScope.diagnostics.warning(d.pos(), "decorator '@" + d.name() + "' is ignored");
            }
        }

        declareConformances(st);
        if (st.traits.contains("RegisterPassable") || st.traits.contains("TrivialRegisterPassable")) {
            st.registerPassable = true; // 1.x spells @register_passable as a trait
            st.trivialRegisterPassable |= st.traits.contains("TrivialRegisterPassable");
        }
        for (Stmt m : sd.members()) {
            switch (m) {
                case Stmt.VarDecl v -> {
                    if (st.fields.containsKey(v.name())) {
                        moduleScope.diagnostics.error(v.pos(), "invalid redefinition of '" + v.name() + "'");
                        continue;
                    }
                    if (v.type() == null) {
                        moduleScope.diagnostics.error(v.pos(), "field '" + v.name() + "' needs a type");
                        continue;
                    }
                    if (v.init() != null) {
                        moduleScope.diagnostics.error(v.init().pos(), "struct fields cannot have default values; initialize them in '__init__'");
                    }
                    try {
                        Type ft = resolver.resolveType(v.type(), TypeResolver.typeArgTypes(st.typeArgs), st);
                        if (ft == st) {
                            moduleScope.diagnostics.error(v.pos(), "struct '" + st.name() + "' cannot contain itself");
                            continue;
                        }
                        st.fields.put(v.name(), new StructType.Field(v.name(), ft, st.fields.size(), v.pos()));
                    } catch (CompileError e) {
                        // reported
                    }
                }
                case Stmt.FunctionDef fd -> {
                    Function f = new Function(fd.name(), fd.namePos(), fd, st);
                    f.module = st.module;
                    f.intrinsic = intrinsicOf(f, moduleScope.diagnostics);
                    f.primitive = primitiveOf(f, moduleScope.diagnostics);
                    f.typeArgs = st.typeArgs;
                    f.isStatic = fd.decorators().stream().anyMatch(d -> d.name().equals("staticmethod"));
                    markGeneric(f, moduleScope);
                    st.methods.computeIfAbsent(fd.name(), k -> new ArrayList<>()).add(f);
                    if (!f.isTemplate) {
                        moduleScope.allFunctions.add(f);
                    }
                }
                case Stmt.AliasDef ad -> {
                    if (constructsOwnStruct(ad, st)) {
                        // `alias PASS = Self(0)`: its constructor is not declared yet, so the value is made where it is used
                        st.aliases.put(ad.name(), new MaterializedAlias(ad.value(), null, st));
                        continue;
                    }
                    try {
                        st.aliases.put(ad.name(), moduleScope.evaluateAlias(ad, st.module, st, st.typeArgs));
                    } catch (CompileError e) {
                        // reported
                    }
                }
                case Stmt.Pass p -> {
                }
                case Stmt.ExprStmt es when es.expr() instanceof Expr.StrLit -> {
                }
                default -> moduleScope.diagnostics.error(m.pos(), "unexpected statement in struct body");
            }
        }
        addTraitMethods(st);
        if (st.module == null) {
            for (Stmt.FunctionDef fd : ReflectedMethods.of(st)) {
                Function f = new Function(fd.name(), fd.namePos(), fd, st);
                f.typeArgs = st.typeArgs;
                markGeneric(f, moduleScope);
                st.methods.computeIfAbsent(fd.name(), k -> new ArrayList<>()).add(f);
                if (!f.isTemplate) {
                    moduleScope.allFunctions.add(f);
                }
            }
        }
        if (value) {
            st.synthesizedCopy = true;
            st.synthesizedMove = true;
        }
        if (value || fieldwiseInit) {
            synthesizeFieldwiseInit(st).synthesizedImplicit = implicitInit;
        }
    }

    /**
     * A struct that declares a trait gets the trait's default methods it does not define itself;
     * a required method (body {@code ...}) that it lacks is an error.
     */
    private void addTraitMethods(StructType st) {
        for (String traitName : new TreeSet<>(st.traits)) {
            if (!(moduleScope.namespace(st.module).get(traitName) instanceof Trait trait) || trait.syntax() == null) {
                continue;
            }
            for (Stmt m : trait.syntax().members()) {
                if (!(m instanceof Stmt.FunctionDef fd) || st.methods.containsKey(fd.name())) {
                    continue;
                }
                if (!fd.hasBody()) {
                    moduleScope.diagnostics.error(st.syntax.pos(), "'" + st.name() + "' does not implement method '" + fd.name()
                                    + "' required by trait '" + trait.name() + "'");
                    continue;
                }
                Function f = new Function(fd.name(), fd.namePos(), fd, st);
                f.module = st.module;
                f.typeArgs = st.typeArgs;
                f.isStatic = fd.decorators().stream().anyMatch(d -> d.name().equals("staticmethod"));
                markGeneric(f, moduleScope);
                st.methods.computeIfAbsent(fd.name(), k -> new ArrayList<>()).add(f);
                if (!f.isTemplate) {
                    moduleScope.allFunctions.add(f);
                }
            }
        }
    }

    private void addTrait(StructType st, Trait trait) {
        st.traits.add(trait.name());
        for (String parent : trait.parents()) {
            if (moduleScope.namespace(st.module).get(parent) instanceof Trait p) {
                addTrait(st, p);
            }
        }
    }

    /**
     * Whether a copy or move constructor takes the value it copies or moves, and only it (as
     * {@code other: Self}); if not, that is reported: the compiler calls it on values of the struct.
     */
    private boolean takesOneSelf(Function f, StructType st, String name) {
        if (!f.isTemplate && f.resultType == Types.ERROR) {
            return false; // (its signature was reported)
        }
        if (f.isTemplate || f.params.size() != 1 || f.params.get(0).type != st) {
            moduleScope.diagnostics.error(f.pos, "'" + f.name + "' must take 'out self' and '" + name + ": Self'");
            return false;
        }
        return true;
    }

    /** After all signatures are known: which lifecycle methods exist, and which the compiler synthesizes. */
    void finishLifecycle(StructType st) {
        for (String destructor : new String[] {"__del__", "__deinit__"}) { // (Mojo 1.x names it __deinit__)
            for (Function f : st.methods(destructor)) {
                st.userDel = f;
            }
        }
        for (Function f : st.methods("__copyinit__")) {
            if (takesOneSelf(f, st, "other")) {
                st.userCopyInit = f;
            }
        }
        for (Function f : st.methods("__moveinit__")) {
            if (takesOneSelf(f, st, "existing")) {
                st.userMoveInit = f;
            }
        }
        for (Function f : st.methods("__init__")) {
            // Mojo 1.x spells them as constructors: `__init__(out self, *, copy: Self)` and
            // `__init__(out self, *, deinit take: Self)` (the source's fields die one by one; with
            // `var take` the source is destroyed whole after the move)
            String kind = lifecycleConstructorKind(f, st);
            if ("copy".equals(kind) && st.userCopyInit == null) {
                st.userCopyInit = f;
            } else if ("take".equals(kind) && st.userMoveInit == null) {
                st.userMoveInit = f;
            }
        }
        boolean copyable = st.traits.contains("Copyable") || st.traits.contains("ImplicitlyCopyable");
        if (copyable && st.userCopyInit == null) {
            st.synthesizedCopy = true;
        }
        // in 1.x every struct is Movable without saying so
        boolean movable = st.traits.contains("Movable") || copyable || st.movableByDefault;
        if (movable && st.userMoveInit == null) {
            st.synthesizedMove = true;
        }
        if (st.registerPassable && st.userCopyInit == null && st.userMoveInit == null) {
            st.synthesizedCopy = true;
            st.synthesizedMove = true;
        }
    }

    /**
     * "copy" for a 1.x copy constructor ({@code __init__(out self, *, copy: Self)}), "take" for a
     * move constructor ({@code __init__(out self, *, deinit take: Self)}, also spelled {@code move}),
     * null for any other constructor.
     */
    private static String lifecycleConstructorKind(Function f, StructType st) {
        if (f.params.size() != 1 || f.paramSyntax.size() != 1 || !f.paramSyntax.get(0).keywordOnly() || f.params.get(0).type != st) {
            return null;
        }
        Local p = f.params.get(0);
        if (p.name.equals("copy") && p.convention == Stmt.Convention.READ) {
            return "copy";
        }
        boolean owned = p.convention == Stmt.Convention.DEINIT || p.convention == Stmt.Convention.VAR;
        return owned && (p.name.equals("take") || p.name.equals("move")) ? "take" : null;
    }

    /** {@code __init__(out self, var f1: T1, ...)} storing each argument into its field. */
    private Function synthesizeFieldwiseInit(StructType st) {
        Stmt.FunctionDef sd = null;
        Function f = new Function("__init__", st.syntax.pos(), sd, st);
        f.module = st.module;
        Local self = new Local("self", st, st.syntax.pos(), Stmt.Convention.OUT, -1, 0, true);
        f.locals.add(self);
        f.outParam = self;
        f.resultType = st;
        List<TStmt> body = new ArrayList<>();
        for (StructType.Field field : st.fields.values()) {
            Local p = new Local(field.name(), field.type(), field.pos(), Stmt.Convention.VAR, f.params.size(), f.locals.size(), true);
            f.locals.add(p);
            f.params.add(p);
            f.paramSyntax.add(new Stmt.Param(field.pos(), field.name(), Stmt.Convention.VAR, "var", null, null, null,
                            Stmt.ParamKind.POSITIONAL, false, false));
            TExpr selfRead = new TExpr.ReadLocal(field.pos(), st, self);
            TExpr value = new TExpr.Own(field.pos(), field.type(), new TExpr.ReadLocal(field.pos(), field.type(), p), true);
            body.add(new TStmt.WriteField(field.pos(), selfRead, field, value));
        }
        f.body = new TStmt.Block(st.syntax.pos(), body);
        st.methods.computeIfAbsent("__init__", k -> new ArrayList<>()).add(f);
        moduleScope.allFunctions.add(f);
        return f;
    }
}

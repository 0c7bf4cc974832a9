package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/** Resolves type expressions to types, and trait bounds and conformance. */
final class TypeResolver {
    private final ModuleScope moduleScope;
    private Signatures signatures;

    TypeResolver(ModuleScope moduleScope) {
        this.moduleScope = moduleScope;
        this.names = moduleScope.globals;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Signatures signatures) {
        this.signatures = signatures;
    }

    /** {@code DType.float32} and friends: the scalar type of that DType, or null. */
    static Type dtype(Expr e) {
        if (e instanceof Expr.Attribute a && a.target() instanceof Expr.Name n && n.name().equals("DType")) {
            // (1.x: Int is SIMD[DType.int, 1] and UInt SIMD[DType.uint, 1])
            return switch (a.name()) {
                case "int" -> Types.INT;
                case "uint" -> Types.UINT;
                default -> ScalarType.BY_DTYPE.get(a.name());
            };
        }
        return null;
    }

    static Map<String, Type> typeArgTypes(Map<String, Object> args) {
        Map<String, Type> result = new HashMap<>();
        for (Map.Entry<String, Object> e : args.entrySet()) {
            if (e.getValue() instanceof Type t) {
                result.put(e.getKey(), t);
            }
        }
        return result;
    }

    /** The traits a compile-time parameter's annotation names ({@code T: A & B}), or null if it is a value parameter. */
    List<Trait> traitBounds(Expr annotation) {
        List<Trait> result = new ArrayList<>();
        if (annotation == null) {
            return result;
        }
        if (annotation instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            List<Trait> l = traitBounds(b.left());
            List<Trait> r = traitBounds(b.right());
            if (l == null || r == null) {
                return null;
            }
            l.addAll(r);
            return l;
        }
        if (annotation instanceof Expr.Name n && names.get(n.name()) instanceof Trait t) {
            if (t.syntax() == null && !t.parents().isEmpty()) {
                for (String parent : t.parents()) { // an alias of a composition stands for its parts
                    if (names.get(parent) instanceof Trait p) {
                        result.add(p);
                    }
                }
                return result;
            }
            result.add(t);
            return result;
        }
        return null;
    }

    private static final Set<String> SCALAR_TRAITS = Set.of("AnyType", "Copyable", "Movable", "ExplicitlyCopyable",
                    "ImplicitlyCopyable", "Stringable", "Representable", "Writable", "Intable", "Boolable", "EqualityComparable", "Comparable",
                    "Hashable", "KeyElement", "Defaultable", "Absable", "Floatable", "ImplicitlyDestructible", "CollectionElement");
    private static final Set<String> STRING_TRAITS = Set.of("AnyType", "Copyable", "Movable", "ExplicitlyCopyable",
                    "ImplicitlyCopyable", "Stringable", "Representable", "Writable", "Sized", "Boolable", "EqualityComparable", "Comparable",
                    "Hashable", "KeyElement", "Defaultable", "ImplicitlyDestructible", "CollectionElement");

    private static final Set<String> VECTOR_EXCLUDED_TRAITS = Set.of("Intable", "Floatable", "Boolable");

    /** What List and Dict conform to (and Optional, but for Sized). */
    private static final Set<String> COLLECTION_TRAITS = Set.of("AnyType", "Copyable", "Movable", "Sized", "ExplicitlyCopyable",
                    "CollectionElement", "Boolable", "ImplicitlyDestructible");

    /** Whether t conforms to the trait: structs by their declared conformances, built-in types as the standard library declares them. */
    boolean conforms(Type t, Trait trait) {
        String name = trait.name();
        if (name.equals("AnyType")) {
            return true; // every type
        }
        if (t instanceof StructType st) {
            if (st.traits.contains(name) || name.equals("AnyType") || name.equals("ImplicitlyDestructible")) {
                return true;
            }
            return switch (name) {
                case "Copyable", "ImplicitlyCopyable", "CollectionElement" -> st.isCopyable() && st.isMovable();
                case "Movable" -> st.isMovable();
                case "ExplicitlyCopyable" -> st.isCopyable() || !st.methods("copy").isEmpty();
                default -> false;
            };
        }
        if (t == Types.STRING) {
            return STRING_TRAITS.contains(name);
        }
        if (t instanceof ListType || t instanceof DictType) {
            return COLLECTION_TRAITS.contains(name);
        }
        if (t instanceof OptionalType) {
            return COLLECTION_TRAITS.contains(name) && !name.equals("Sized");
        }
        if (t instanceof TupleType tt && (name.equals("Copyable") || name.equals("Movable") || name.equals("ImplicitlyCopyable")
                        || name.equals("ExplicitlyCopyable") || name.equals("CollectionElement") || name.equals("ImplicitlyDestructible"))) {
            return tt.elements.stream().allMatch(e -> conforms(e, trait)); // a tuple is as copyable and movable as its elements
        }
        if (name.equals("Indexer")) {
            // what can index a collection: the integers and Bool (False is 0, True is 1)
            return t == Types.INT || t == Types.UINT || t == Types.BOOL || t == Types.INT_LITERAL || t instanceof ScalarType sc && !sc.isFloat();
        }
        if (t instanceof VectorType) {
            // a SIMD vector is a value like a scalar, but converts to a single Int, Float64 or Bool only when it has one lane
            return SCALAR_TRAITS.contains(name) && !VECTOR_EXCLUDED_TRAITS.contains(name);
        }
        return SCALAR_TRAITS.contains(name)
                        && (t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.BOOL || t instanceof ScalarType
                                        || t instanceof PointerType);
    }

    /**
     * A Dict's third parameter, its hasher ({@code Dict[K, V, default_comp_time_hasher]}): a type
     * conforming to hashlib's Hasher. (The table hashes with its own function; see hashlib.mojo.)
     */
    private void requireHasher(Type hasher, SourcePos pos) {
        if (!(hasher instanceof StructType st && st.traits.contains("Hasher"))) {
            moduleScope.diagnostics.error(pos, "Dict's hasher parameter must be a type conforming to 'Hasher', not '" + hasher.name() + "'");
            throw new CompileError();
        }
    }

    /** Resolves a type expression such as {@code Int}, {@code Self} or a struct name. */
    Type resolveType(Expr e) {
        return resolveType(e, Map.of(), null);
    }

    /**
     * The compile-time value arguments ({@code width: Int}, ...) of the instance whose signature is
     * being resolved; a type may use them ({@code SIMD[dtype, width]}).
     */
    private Map<String, Object> valueArgs = Map.of();
    /** The module-level names types are resolved in: this module's, or a library module's while resolving its declarations. */
    private Map<String, Object> names;

    /**
     * Runs {@code action} resolving in a declaration's own module ({@code names}) with an instance's
     * compile-time value arguments: a library template instantiated for this program still sees the
     * names of the library module it is written in.
     */
    /** Runs {@code action} with more compile-time values visible (the instance's own value arguments win). */
    <T> T withConstants(Map<String, Object> constants, Supplier<T> action) {
        if (constants.isEmpty()) {
            return action.get();
        }
        Map<String, Object> outerArgs = valueArgs;
        Map<String, Object> merged = new HashMap<>(constants);
        merged.putAll(outerArgs);
        valueArgs = merged;
        try {
            return action.get();
        } finally {
            valueArgs = outerArgs;
        }
    }

    <T> T within(Map<String, Object> moduleNames, Map<String, Object> args, Supplier<T> action) {
        Map<String, Object> outerNames = names;
        Map<String, Object> outerArgs = valueArgs;
        names = moduleNames;
        valueArgs = args;
        try {
            return action.get();
        } finally {
            names = outerNames;
            valueArgs = outerArgs;
        }
    }

    /**
     * A compile-time integer in a type ({@code SIMD[dtype, 2 * width]}): a literal, an alias, a value
     * parameter, or arithmetic on them; -1 if it is none of these.
     */
    /** {@code a if flag else b} with a compile-time Bool flag (a parameter, an alias) is the branch it picks; else e. */
    private Expr constantBranch(Expr e) {
        if (e instanceof Expr.Conditional c) {
            Object flag = c.condition() instanceof Expr.BoolLit b ? (Object) b.value()
                            : c.condition() instanceof Expr.Name n && (valueArgs.containsKey(n.name()) ? valueArgs.get(n.name()) : names.get(n.name()))
                                            instanceof TExpr.Const k ? k.value() : null;
            if (flag instanceof Boolean chosen) {
                return constantBranch(chosen ? c.then() : c.otherwise());
            }
        }
        return e;
    }

    long constantInt(Expr e) {
        return constantInt(e, Map.of());
    }

    /**
     * A compile-time integer in a type, which may also ask the layout of a type the instance's type
     * parameters name: {@code InlineArray[Byte, width * size_of[Scalar[dtype]]()]}.
     */
    long constantInt(Expr e, Map<String, Type> typeParams) {
        e = constantBranch(e);
        if (e instanceof Expr.Call call && call.args().isEmpty() && call.callee() instanceof Expr.Index ix && ix.indices().size() == 1
                        && ix.target() instanceof Expr.Name fn && (names.get(fn.name()) == Builtin.SIZE_OF || names.get(fn.name()) == Builtin.BITWIDTH_OF)) {
            Type t = resolveType(ix.indices().get(0).value(), typeParams, null);
            long bytes = NativeLayout.sizeOf(t);
            return names.get(fn.name()) == Builtin.SIZE_OF ? bytes : t == Types.BOOL ? 1 : 8 * bytes;
        }
        if (e instanceof Expr.IntLit w) {
            return Long.parseLong(w.text().replace("_", ""));
        }
        if (e instanceof Expr.Name n) {
            Object v = valueArgs.get(n.name());
            if (v == null) {
                v = names.get(n.name());
            }
            if (v instanceof TExpr.Const c) {
                return c.value() instanceof BigInteger b ? b.longValue() : c.value() instanceof Long l ? l : -1;
            }
            return v instanceof MaterializedAlias ? foldedInt(e) : -1;
        }
        if (e instanceof Expr.Binary b) {
            long x = constantInt(b.left(), typeParams);
            long y = constantInt(b.right(), typeParams);
            if (x < 0 || y < 0) {
                return -1;
            }
            return switch (b.op()) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case FLOORDIV -> y == 0 ? -1 : x / y;
                case LSHIFT -> x << y;
                case RSHIFT -> x >> y;
                default -> -1;
            };
        }
        return e instanceof Expr.Call || e instanceof Expr.Index ? foldedInt(e) : -1;
    }

    /** {@link #folded} as a non-negative integer, or -1. */
    private long foldedInt(Expr e) {
        TExpr.Const c = folded(e);
        return c != null && c.value() instanceof Long l ? l : -1;
    }

    /**
     * A compile-time value the syntax-level evaluation above cannot compute ({@code alias N = fib(5)}
     * then {@code SIMD[dtype, N]}): the expression checked and folded, running the user functions it
     * calls; null if it is not a constant. (Only for this module's own declarations.)
     */
    private TExpr.Const folded(Expr e) {
        if (names != moduleScope.globals) {
            return null;
        }
        int mark = moduleScope.diagnostics.mark();
        try {
            TypeChecker checker = moduleScope.checker();
            TExpr value = FunctionChecker.forConstants(checker, moduleScope.library, null, valueArgs).expression(e, null);
            TExpr.Const c = ConstantFolder.fold(value, checker::checkBody);
            if (c != null) {
                return c;
            }
        } catch (CompileError ex) {
            // not a constant
        }
        moduleScope.diagnostics.rollBack(mark);
        return null;
    }

    /** Whether a type can be the lane type of a SIMD vector (what a DType names). */
    static boolean isLane(Type t) {
        return t instanceof ScalarType || t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.BOOL;
    }

    /**
     * The value of a struct's compile-time value argument ({@code BitSet[128]}): an integer literal,
     * or the name of a constant (an alias, or a value parameter of the instance being resolved).
     */
    private TExpr.Const constantArgument(Expr e) {
        if (e instanceof Expr.IntLit lit) {
            return new TExpr.Const(e.pos(), Types.INT, Long.decode(lit.text().replace("_", "")));
        }
        if (e instanceof Expr.BoolLit b) {
            return new TExpr.Const(e.pos(), Types.BOOL, b.value());
        }
        if (e instanceof Expr.StrLit str) {
            return new TExpr.Const(e.pos(), Types.STRING_LITERAL, str.value()); // `name: StaticString`
        }
        if (e instanceof Expr.Name n) {
            Object v = valueArgs.containsKey(n.name()) ? valueArgs.get(n.name()) : names.get(n.name());
            if (v instanceof TExpr.Const c) {
                return c.value() instanceof BigInteger b ? new TExpr.Const(e.pos(), Types.INT, b.longValue()) : c;
            }
        }
        TExpr.Const folded = folded(e);
        if (folded != null) {
            return folded;
        }
        moduleScope.diagnostics.error(e.pos(), "a compile-time value argument must be an integer or the name of a constant");
        throw new CompileError();
    }

    /**
     * An origin parameter ({@code origin: MutableOrigin}, {@code o: Origin[mut]}): origins only
     * matter to Mojo's compile-time lifetime checks, which this implementation does not make, so
     * every origin argument is the same erased value.
     */
    static boolean isOriginType(Expr type) {
        Expr name = type instanceof Expr.Index ix ? ix.target() : type;
        return name instanceof Expr.Name n && ORIGIN_TYPES.contains(n.name());
    }

    private static final Set<String> ORIGIN_TYPES = Set.of("Origin", "MutableOrigin", "ImmutableOrigin", "OriginSet");

    /**
     * Whether a value of type {@code actual} may be passed where an automatically parameterized
     * argument's type is declared ({@code b: Box}, {@code p: Pair[Int, *_]}): an instance of that
     * parametric struct, with the parameters the brackets bind equal to its own. (A built-in
     * parametric type, {@code n: Scalar}, takes any argument; the conversions at the call check it.)
     */
    boolean matchesUnbound(Expr declared, Type actual) {
        Expr.Name name = (Expr.Name) (declared instanceof Expr.Index ix ? ix.target() : declared);
        if (!(names.get(name.name()) instanceof StructTemplate template)) {
            return true;
        }
        if (!(actual instanceof StructType st) || st.syntax != template.syntax()) {
            return false;
        }
        if (!(declared instanceof Expr.Index ix)) {
            return true;
        }
        List<Stmt.TypeParam> params = template.syntax().typeParams();
        int positional = 0;
        for (Expr.Arg a : ix.indices()) {
            int i = a.keyword() == null ? positional++ : params.stream().map(Stmt.TypeParam::name).toList().indexOf(a.keyword());
            if (i < 0 || i >= params.size() || Signatures.isUnboundParameter(a.value())) {
                continue;
            }
            Object have = st.typeArgs.get(params.get(i).name());
            Object want;
            int mark = moduleScope.diagnostics.mark();
            try {
                want = have instanceof Type ? resolveType(a.value(), Map.of(), null) : constantArgument(a.value()).value();
            } catch (CompileError e) {
                moduleScope.diagnostics.rollBack(mark);
                continue; // a parameter of the function (`Pair[T, *_]`): inferred from the argument, not compared
            }
            if (!java.util.Objects.equals(want, have instanceof TExpr.Const c ? c.value() : have)) {
                return false;
            }
        }
        return true;
    }

    /** The value every origin parameter is bound to. */
    static final TExpr.Const ERASED_ORIGIN = new TExpr.Const(null, Types.NONE, "origin");

    /** The instance of a parametric struct for the compile-time arguments written in brackets. */
    private StructType instantiate(StructTemplate template, List<Expr.Arg> indices, SourcePos pos, Map<String, Type> typeParams, StructType self) {
        List<Stmt.TypeParam> params = template.syntax().typeParams();
        // positional arguments in order, keyword ones (IndexList[2, element_type=DType.int32]) by name,
        // then the defaults of the parameters left out
        Expr[] given = new Expr[Math.max(params.size(), indices.size())];
        int positional = 0;
        for (Expr.Arg a : indices) {
            int i = positional;
            if (a.keyword() != null) {
                i = -1;
                for (int k = 0; k < params.size(); k++) {
                    if (params.get(k).name().equals(a.keyword())) {
                        i = k;
                    }
                }
                if (i < 0) {
                    moduleScope.diagnostics.error(a.pos(), "'" + template.name() + "' has no compile-time parameter '" + a.keyword() + "'");
                    throw new CompileError();
                }
            } else {
                // (an infer-only parameter, before `//`, is never written positionally)
                while (positional < params.size() && params.get(positional).inferOnly()) {
                    positional++;
                }
                i = positional++;
                if (i >= given.length) {
                    moduleScope.diagnostics.error(pos, "'" + template.name() + "' takes " + params.size() + " compile-time argument(s), got " + indices.size());
                    throw new CompileError();
                }
            }
            given[i] = a.value();
        }
        List<Object> args = new ArrayList<>();
        // the parameters bound so far, visible to the types and defaults of the later ones (`bar: Foo[y] = Foo[y]()`)
        Map<String, Object> bound = new HashMap<>();
        Map<String, Type> boundTypes = new HashMap<>();
        for (int i = 0; i < given.length; i++) {
            if (i < params.size() && params.get(i).variadic()) {
                // `*Ts`: this and the positional arguments after it are the pack, a tuple of types
                List<Type> pack = new ArrayList<>();
                for (int k = i; k < positional; k++) {
                    pack.add(resolveType(given[k], typeParams, self));
                }
                args.add(TupleType.of(pack));
                break;
            }
            if (i < params.size() && isOriginType(params.get(i).type())) {
                args.add(ERASED_ORIGIN);
                continue;
            }
            Expr a = given[i] != null ? given[i] : i < params.size() ? params.get(i).defaultValue() : null;
            if (a == null) {
                Object inferred = i < params.size() ? inferredParameter(params, given, i, typeParams, self) : null;
                if (inferred == null) {
                    break; // (instantiateStruct reports the missing argument)
                }
                args.add(inferred);
                bound.put(params.get(i).name(), inferred);
                continue;
            }
            if (i < params.size() && params.get(i).type() instanceof Expr.FnType) {
                args.add(functionArgument(a)); // `init_fn: fn () -> T`: bound to the named function
                continue;
            }
            Stmt.TypeParam param = i < params.size() ? params.get(i) : null;
            // (an argument written here is read in this scope; a default, and every declared type, in the
            // struct's own, with the parameters bound before it)
            Map<String, Object> templateNames = moduleScope.namespace(template.module());
            Map<String, Object> before = Map.copyOf(bound);
            Map<String, Type> typesBefore = Map.copyOf(boundTypes);
            Object value;
            if (given[i] == null) {
                value = within(templateNames, before, () -> parameterArgument(param, a, typesBefore, null));
            } else if (param != null && within(templateNames, before, () -> structValueType(param, typesBefore, null)) instanceof StructType declared) {
                value = structValue(declared, a, typeParams, self);
            } else {
                value = parameterArgument(param, a, typeParams, self);
            }
            args.add(value);
            if (param != null && value instanceof Type t) {
                boundTypes.put(param.name(), t);
            } else if (param != null) {
                bound.put(param.name(), value);
            }
        }
        return signatures.instantiateStruct(template, args, pos);
    }

    /**
     * A parameter left out that a later argument's type determines ({@code x: Int, //} with
     * {@code foo: Foo[x]} bound to {@code Foo[4]()}: x is 4); null if none does.
     */
    private Object inferredParameter(List<Stmt.TypeParam> params, Expr[] given, int missing, Map<String, Type> typeParams, StructType self) {
        String name = params.get(missing).name();
        for (int j = 0; j < params.size(); j++) {
            Expr declared = params.get(j).type();
            Expr value = given[j] != null ? given[j] : params.get(j).defaultValue();
            if (value == null || !(declared instanceof Expr.Index ix) || !(ix.target() instanceof Expr.Name tn)
                            || !(names.get(tn.name()) instanceof StructTemplate template)) {
                continue;
            }
            List<Stmt.TypeParam> templateParams = template.syntax().typeParams();
            int position = 0;
            for (Expr.Arg written : ix.indices()) {
                int k = written.keyword() == null ? position++ : templateParams.stream().map(Stmt.TypeParam::name).toList().indexOf(written.keyword());
                if (k < 0 || k >= templateParams.size() || !(written.value() instanceof Expr.Name wn && wn.name().equals(name))) {
                    continue;
                }
                if (constructedType(value, typeParams, self) instanceof StructType actual && actual.syntax == template.syntax()) {
                    return actual.typeArgs.get(templateParams.get(k).name());
                }
            }
        }
        return null;
    }

    /** The struct a compile-time argument constructs ({@code Foo[4]()} is a Foo[4]), or null if it is no constructor call. */
    private Type constructedType(Expr value, Map<String, Type> typeParams, StructType self) {
        if (!(value instanceof Expr.Call call) || !((call.callee() instanceof Expr.Index ix ? ix.target() : call.callee()) instanceof Expr.Name head)) {
            return null; // (also `3[]()`: no name to construct)
        }
        Object named = valueArgs.containsKey(head.name()) ? valueArgs.get(head.name()) : names.get(head.name());
        if (!(named instanceof StructTemplate) && !(named instanceof StructType)) {
            return null;
        }
        return resolveType(call.callee(), typeParams, self);
    }

    /** A struct's compile-time argument: a constant for a value parameter, a type (a DType's lane type) for a type parameter. */
    private Object parameterArgument(Stmt.TypeParam param, Expr a, Map<String, Type> typeParams, StructType self) {
        // (a DType argument is its lane type, as for a function's `dtype: DType` parameter)
        if (structValueType(param, typeParams, self) instanceof StructType declared) {
            return structValue(declared, a, typeParams, self);
        }
        return isValueParameter(param) ? constantArgument(a) : dtype(a) != null ? dtype(a) : resolveType(a, typeParams, self);
    }

    /** Whether a struct's compile-time parameter holds a value ({@code n: Int}) rather than a type ({@code T: Copyable}, a DType's lane type). */
    private boolean isValueParameter(Stmt.TypeParam param) {
        return param != null && param.type() != null && !(param.type() instanceof Expr.FnType) && traitBounds(param.type()) == null
                        && !(param.type() instanceof Expr.Name dn && dn.name().equals("DType"));
    }

    /** The struct type of a compile-time parameter that holds a struct value ({@code foo: Foo[x]}), or null. */
    private StructType structValueType(Stmt.TypeParam param, Map<String, Type> typeParams, StructType self) {
        if (!isValueParameter(param)) {
            return null;
        }
        Expr declared = param.type();
        Expr.Name head = declared instanceof Expr.Index ix && ix.target() instanceof Expr.Name n ? n : declared instanceof Expr.Name n ? n : null;
        if (head == null || !(names.get(head.name()) instanceof StructTemplate || names.get(head.name()) instanceof StructType)) {
            return null;
        }
        return resolveType(declared, typeParams, self) instanceof StructType st ? st : null;
    }

    /** A struct value as a compile-time argument: a constructor call of the declared type, materialized where it is used. */
    private StructValueArgument structValue(StructType declared, Expr a, Map<String, Type> typeParams, StructType self) {
        Type actual = constructedType(a, typeParams, self);
        if (actual == null) {
            moduleScope.diagnostics.error(a.pos(), "a compile-time argument of type '" + declared.name() + "' must construct it, e.g. "
                            + declared.name() + "(...)");
            throw new CompileError();
        }
        if (actual != declared) {
            moduleScope.diagnostics.error(a.pos(), "cannot implicitly convert '" + actual.name() + "' value to '" + declared.name() + "'");
            throw new CompileError();
        }
        return StructValueArgument.of(declared, a, e -> {
            int mark = moduleScope.diagnostics.mark();
            try {
                return constantArgument(e).value();
            } catch (CompileError notConstant) {
                moduleScope.diagnostics.rollBack(mark);
                return null;
            }
        });
    }

    /** A struct marked {@code @deprecated} named in a type. */
    private void warnIfDeprecated(Object named, SourcePos at) {
        Stmt.StructDef sd = named instanceof StructType st && st.syntax != null ? st.syntax : named instanceof StructTemplate t ? t.syntax() : null;
        if (sd != null && Deprecation.of(sd.name(), sd.pos(), sd.decorators()) instanceof Deprecation d) {
            d.warn(moduleScope.diagnostics, at);
        }
    }

    /** The default of a struct's compile-time parameter ({@code n: Int = 4}), for a constructor call that infers the others. */
    Object parameterDefault(StructTemplate template, Stmt.TypeParam param) {
        return within(moduleScope.namespace(template.module()), Map.of(), () -> parameterArgument(param, param.defaultValue(), Map.of(), null));
    }

    /** The function a compile-time argument names, for a parameter of function type ({@code _Global[..., init_fn]}). */
    private TExpr.FunctionRef functionArgument(Expr a) {
        if (a instanceof Expr.Name n && names.get(n.name()) instanceof List<?> fns && fns.size() == 1 && fns.get(0) instanceof Function f
                        && !f.isTemplate && f.owner == null) {
            signatures.resolveSignature(f);
            return new TExpr.FunctionRef(a.pos(), f.valueType(), f);
        }
        moduleScope.diagnostics.error(a.pos(), "compile-time argument must name a function");
        throw new CompileError();
    }

    /**
     * Whether ix is {@code StringSlice[origin]}, {@code StringSlice[mut=False]} and the like, where
     * target is what its name means: the parameters of a string view are origins, which this
     * implementation does not track (a view is the text itself, a String).
     */
    static boolean isStringView(Expr.Index ix, Object target) {
        return target == Types.STRING && ix.target() instanceof Expr.Name n && !n.name().equals("String");
    }

    Type resolveType(Expr e, Map<String, Type> typeParams, StructType self) {
        if (e instanceof Expr.NoneLit) {
            return Types.NONE;
        }
        if (e instanceof Expr.Attribute a && a.target() instanceof Expr.Name sn && sn.name().equals("Self") && typeParams.containsKey(a.name())) {
            return typeParams.get(a.name()); // Self.T: the struct's own type parameter (Mojo 1.x spells it so)
        }
        if (e instanceof Expr.Attribute a && a.target() instanceof Expr.Name on
                        && (on.name().equals("Self") ? self : names.get(on.name())) instanceof StructType owner && owner.aliases.get(a.name()) instanceof Type member) {
            return member; // Self.fn_type, _Test.fn_type: a type member of a struct (declared before its use)
        }
        if (e instanceof Expr.Attribute a && a.target() instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn
                        && names.get(tn.name()) instanceof StructTemplate
                        && resolveType(ix, typeParams, self) instanceof StructType owner && owner.aliases.get(a.name()) instanceof Type member) {
            return member; // Stack[Int].Element: a type member of an instance of a parametric struct
        }
        if (e instanceof Expr.Name n) {
            if (n.name().equals("Self") && self != null) {
                return self;
            }
            Type param = typeParams.get(n.name());
            if (param != null) {
                return param;
            }
            Object v = names.get(n.name());
            warnIfDeprecated(v, e.pos());
            if (v instanceof Type t) {
                return t;
            }
            if (v instanceof StructTemplate template
                            && template.syntax().typeParams().stream().allMatch(p -> p.defaultValue() != null || isOriginType(p.type()))) {
                return instantiate(template, List.of(), e.pos(), typeParams, self); // `ObservableDel`: every parameter has a default
            }
            if (v == null) {
                moduleScope.diagnostics.error(e.pos(), "use of unknown declaration '" + n.name() + "'");
            } else {
                moduleScope.diagnostics.error(e.pos(), "'" + n.name() + "' is not a type");
            }
            throw new CompileError();
        }
        if (e instanceof Expr.Index lit && lit.target() instanceof Expr.Name ln && lit.indices().size() == 1
                        && (names.get(ln.name()) == Types.INT_LITERAL || names.get(ln.name()) == Types.FLOAT_LITERAL)) {
            // IntLiteral[(4).value]: a literal type's parameter is its value, which this implementation keeps in the
            // constant rather than in the type, so every IntLiteral[v] is IntLiteral
            return names.get(ln.name()) == Types.INT_LITERAL ? Types.INT_LITERAL : Types.FLOAT_LITERAL;
        }
        if (e instanceof Expr.Index sv && sv.target() instanceof Expr.Name svn && isStringView(sv, names.get(svn.name()))) {
            return Types.STRING;
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && names.get(n.name()) == TypeConstructor.UNSAFE_POINTER) {
            if (ix.indices().size() < 1) {
                moduleScope.diagnostics.error(e.pos(), "'UnsafePointer' needs the type it points to: UnsafePointer[T]");
                throw new CompileError();
            }
            Type pointee = resolveType(ix.indices().get(0).value(), typeParams, self);
            if (!NativeLayout.isStorable(pointee) && !(pointee instanceof StructType)) {
                moduleScope.diagnostics.error(e.pos(), "'UnsafePointer[" + pointee.name() + "]' is not supported yet: '" + pointee.name() + "' has no native layout");
                throw new CompileError();
            }
            return PointerType.of(pointee);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && names.get(n.name()) instanceof AliasTemplate at) {
            Map<String, Type> bound = new HashMap<>(typeParams);
            List<Stmt.TypeParam> params = at.syntax().typeParams();
            for (int i = 0; i < params.size() && i < ix.indices().size(); i++) {
                bound.put(params.get(i).name(), resolveType(ix.indices().get(i).value(), typeParams, self));
            }
            return resolveType(at.syntax().value(), bound, self);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && names.get(n.name()) instanceof StructTemplate template) {
            warnIfDeprecated(template, e.pos());
            return instantiate(template, ix.indices(), e.pos(), typeParams, self);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && typeParams.get(n.name()) instanceof TupleType pack
                        && ix.indices().size() == 1) {
            // Ts[i] of a variadic type parameter, i a compile-time integer (an unrolled loop's counter)
            long i = constantInt(ix.indices().get(0).value());
            if (i < 0 || i >= pack.elements.size()) {
                moduleScope.diagnostics.error(e.pos(), "index of '" + n.name() + "' out of range: it has " + pack.elements.size() + " types");
                throw new CompileError();
            }
            return pack.elements.get((int) i);
        }
        if (e instanceof Expr.Index star && star.target() instanceof Expr.Name sn && sn.name().equals("*") && star.indices().size() == 1) {
            return resolveType(star.indices().get(0).value(), typeParams, self); // *Ts: the pack, a tuple of the argument types
        }
        if (e instanceof Expr.FnType ft) {
            List<Type> params = new ArrayList<>();
            int variadic = -1;
            for (Expr p : ft.params()) {
                if (p instanceof Expr.Index star && star.target() instanceof Expr.Name sn && sn.name().equals("*")) {
                    variadic = params.size(); // *args: T arrives as a List[T]
                    params.add(ListType.of(resolveType(star.indices().get(0).value(), typeParams, self)));
                } else {
                    params.add(resolveType(p, typeParams, self));
                }
            }
            Type result = ft.result() == null ? Types.NONE : resolveType(ft.result(), typeParams, self);
            return FunctionType.of(params, result, ft.raises(), variadic);
        }
        if (e instanceof Expr.Call call && call.callee() instanceof Expr.Name tn && tn.name().equals("__type_of") && call.args().size() == 1
                        && call.args().get(0).value() instanceof Expr.Name arg) {
            Type bound = typeParams.get("__type_of(" + arg.name() + ")");
            if (bound == null) {
                moduleScope.diagnostics.error(e.pos(), "'__type_of' is supported on an automatically parameterized argument only yet");
                throw new CompileError();
            }
            return bound;
        }
        if (e instanceof Expr.TupleLit tl) {
            List<Type> types = new ArrayList<>();
            for (Expr el : tl.elements()) {
                types.add(resolveType(el, typeParams, self));
            }
            return TupleType.of(types);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n
                        && (names.get(n.name()) == TypeConstructor.SCALAR || names.get(n.name()) == TypeConstructor.SIMD)) {
            Type t = ix.indices().isEmpty() ? null : dtype(constantBranch(ix.indices().get(0).value()));
            if (t == null && !ix.indices().isEmpty() && ix.indices().get(0).value() instanceof Expr.Name dn && isLane(typeParams.get(dn.name()))) {
                t = typeParams.get(dn.name()); // a `dtype: DType` parameter, bound to the lane type
            }
            if (t == null && !ix.indices().isEmpty() && ix.indices().get(0).value() instanceof Expr.Name dn && names.get(dn.name()) instanceof Type lane
                            && isLane(lane)) {
                t = lane; // `alias dtype = DType.float32`
            }
            if (t == null) {
                moduleScope.diagnostics.error(e.pos(), "'" + n.name() + "' needs a DType, e.g. " + n.name() + "[DType.float32" + (n.name().equals("SIMD") ? ", 1]" : "]"));
                throw new CompileError();
            }
            if (n.name().equals("SIMD") && ix.indices().size() == 2) {
                long width = constantInt(ix.indices().get(1).value());
                if (width < 1 || width > 1024 || Long.bitCount(width) != 1) {
                    moduleScope.diagnostics.error(e.pos(), "SIMD width must be a constant power of two");
                    throw new CompileError();
                }
                if (width > 1 && t instanceof ScalarType s && s.isWide()) {
                    // (vector lanes are held in a long[] or double[]; a 128- or 256-bit integer is a BigInteger)
                    moduleScope.diagnostics.error(e.pos(), "SIMD vectors of " + s.dtype.mojoName + " lanes are not supported yet (only Scalar[DType."
                                    + s.dtype.mojoName + "])");
                    throw new CompileError();
                }
                if (width > 1) {
                    return VectorType.of(t, (int) width);
                }
            }
            return t;
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && names.get(n.name()) == TypeConstructor.INLINE_ARRAY) {
            // (run_destructors=... is accepted; the elements are always destroyed, as with run_destructors=True)
            boolean shapeWritten = ix.indices().size() == 2 && ix.indices().get(0).keyword() == null && ix.indices().get(1).keyword() == null
                            || ix.indices().size() == 3 && "run_destructors".equals(ix.indices().get(2).keyword());
            if (!shapeWritten) {
                moduleScope.diagnostics.error(e.pos(), "'InlineArray' needs its element type and size: InlineArray[T, n]");
                throw new CompileError();
            }
            Type element = resolveType(ix.indices().get(0).value(), typeParams, self);
            Expr sizeExpr = ix.indices().get(1).value();
            long size = constantInt(sizeExpr, typeParams);
            if (size < 0) {
                moduleScope.diagnostics.error(sizeExpr.pos(), "the size of an InlineArray must be a compile-time integer");
                throw new CompileError();
            }
            return ListType.fixed(element, size);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && names.get(n.name()) instanceof TypeConstructor tc
                        && tc != TypeConstructor.UNSAFE_POINTER) {
            List<Type> args = new ArrayList<>();
            boolean hintTrivialType = false;
            for (Expr.Arg a : ix.indices()) {
                if (tc == TypeConstructor.LIST && ("hint_trivial_type".equals(a.keyword()) || a.keyword() == null && args.size() == 1)) {
                    // List[T, hint_trivial_type]: the program's promise that T needs no destructor
                    hintTrivialType = constantArgument(a.value()) instanceof TExpr.Const c && Boolean.TRUE.equals(c.value());
                    continue;
                }
                if (tc == TypeConstructor.SPAN && (a.keyword() != null || !args.isEmpty())) {
                    continue; // Span[T, origin], Span[mut=..., T]: the origin is not part of the type here
                }
                args.add(resolveType(a.value(), typeParams, self));
            }
            if (tc == TypeConstructor.DICT && args.size() == 3) {
                requireHasher(args.remove(2), ix.indices().get(2).pos());
            }
            int expected = tc == TypeConstructor.DICT ? 2 : tc == TypeConstructor.TUPLE ? args.size() : 1;
            if (args.size() != expected || args.isEmpty()) {
                moduleScope.diagnostics.error(e.pos(), "'" + tc.name() + "' needs " + (expected == 2 ? "its key and value types: Dict[K, V]"
                                : "its element type: " + tc.name() + "[T]"));
                throw new CompileError();
            }
            if (tc == TypeConstructor.DICT) {
                Type k = args.get(0);
                if (!DictType.isSupportedKey(k)) {
                    moduleScope.diagnostics.error(e.pos(), DictType.unsupportedKeyMessage(k));
                    throw new CompileError();
                }
                return DictType.of(k, args.get(1));
            }
            if (tc == TypeConstructor.TUPLE) {
                return TupleType.of(args);
            }
            if (tc == TypeConstructor.OWNED_POINTER || tc == TypeConstructor.ARC_POINTER) {
                return BoxType.of(args.get(0), tc == TypeConstructor.ARC_POINTER);
            }
            if (tc == TypeConstructor.SPAN) {
                return ListType.span(args.get(0));
            }
            return tc == TypeConstructor.OPTIONAL ? OptionalType.of(args.get(0)) : ListType.of(args.get(0), hintTrivialType);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && n.name().equals("Some") && ix.indices().size() == 1
                        && ix.indices().get(0).value() instanceof Expr.Name w && w.name().equals("Writer")) {
            return Types.WRITER;
        }
        moduleScope.diagnostics.error(e.pos(), "unsupported type expression");
        throw new CompileError();
    }
}

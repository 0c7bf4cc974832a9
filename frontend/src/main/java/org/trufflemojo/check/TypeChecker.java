package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.ownership.OwnershipChecker;
import org.trufflemojo.parser.Parser;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.Program;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.OriginValue;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.VectorType;

/**
 * Resolves the names of a module and type-checks it: first every declaration's signature (so
 * functions may call each other in any order), then every body, producing the typed tree.
 */
public final class TypeChecker {
    final Diagnostics diagnostics;
    /** Module-level names: Function lists (overloads), compile-time constants (TExpr.Const) and types. */
    final Map<String, Object> globals = new LinkedHashMap<>();
    final Map<String, List<Function>> functions = new HashMap<>();
    final Map<String, Stmt.AliasDef> pendingAliases = new HashMap<>();
    private final List<Function> allFunctions = new ArrayList<>();
    private final List<StructType> structs = new ArrayList<>();

    private final ModuleLoader loader;
    /** User modules already loaded (their declarations are in this checker), by module name, with their names. */
    private final Map<String, Map<String, Object>> userModules;

    public TypeChecker(Diagnostics diagnostics) {
        this(diagnostics, ModuleLoader.NONE, new HashMap<>());
    }

    public TypeChecker(Diagnostics diagnostics, ModuleLoader loader) {
        this(diagnostics, loader, new HashMap<>());
    }

    private TypeChecker(Diagnostics diagnostics, ModuleLoader loader, Map<String, Map<String, Object>> userModules) {
        this.loader = loader;
        this.userModules = userModules;
        this.diagnostics = diagnostics;
        globals.put("Int", Types.INT);
        globals.put("UInt", Types.UINT);
        globals.put("Float64", Types.FLOAT64);
        globals.put("Bool", Types.BOOL);
        globals.put("String", Types.STRING);
        globals.put("NoneType", Types.NONE);
        globals.put("IntLiteral", Types.INT_LITERAL);
        globals.put("FloatLiteral", Types.FLOAT_LITERAL);
        globals.put("StringLiteral", Types.STRING_LITERAL);
        globals.putAll(BuiltinModules.PRELUDE);
        for (String t : new String[]{"AnyType", "Copyable", "Movable", "ExplicitlyCopyable", "ImplicitlyCopyable", "Stringable",
                        "Representable", "Writable", "Sized", "Intable", "Boolable", "EqualityComparable", "Comparable", "Hashable",
                        "KeyElement", "Defaultable", "Absable", "Floatable", "ImplicitlyDestructible", "CollectionElement"}) {
            globals.put(t, Trait.builtin(t));
        }
        globals.put("Writer", Types.WRITER);
        globals.put("Error", Types.ERROR_VALUE);
        globals.put("UnsafePointer", TypeConstructor.UNSAFE_POINTER);
        globals.put("List", TypeConstructor.LIST);
        globals.put("Span", TypeConstructor.SPAN);
        globals.put("Tuple", TypeConstructor.TUPLE);
        globals.put("Optional", TypeConstructor.OPTIONAL);
        globals.put("Dict", TypeConstructor.DICT);
        globals.put("Scalar", TypeConstructor.SCALAR);
        globals.put("InlineArray", TypeConstructor.INLINE_ARRAY);
        globals.put("OwnedPointer", TypeConstructor.OWNED_POINTER);
        globals.put("ArcPointer", TypeConstructor.ARC_POINTER);
        globals.put("SIMD", TypeConstructor.SIMD);
        for (ScalarType t : new ScalarType[]{ScalarType.INT8, ScalarType.INT16, ScalarType.INT32, ScalarType.INT64, ScalarType.UINT8,
                        ScalarType.UINT16, ScalarType.UINT32, ScalarType.UINT64, ScalarType.FLOAT16, ScalarType.FLOAT32}) {
            globals.put(t.name(), t);
        }
    }

    public Program check(List<Stmt> module) {
        module = withUserModules(module);
        for (Stmt s : module) {
            try {
                declare(s);
            } catch (CompileError e) {
                // already reported; go on with the next declaration
            }
        }
        for (StructType st : new ArrayList<>(structs)) {
            try {
                declareMembers(st);
            } catch (CompileError e) {
                // reported
            }
        }
        for (Function f : new ArrayList<>(allFunctions)) {
            try {
                resolveSignature(f);
            } catch (CompileError e) {
                f.resultType = Types.ERROR;
            }
        }
        for (StructType st : new ArrayList<>(structs)) {
            finishLifecycle(st);
        }
        // Checking a body may instantiate generic functions, which adds them to the list: check those too.
        for (int i = 0; i < allFunctions.size(); i++) {
            Function f = allFunctions.get(i);
            if (f.syntax != null && f.resultType != Types.ERROR) {
                new FunctionChecker(this, f).checkBody();
            }
        }
        Function main = null;
        List<Function> mains = functions.get("main");
        if (mains != null && !mains.isEmpty()) {
            main = mains.get(0);
            if (!main.params.isEmpty()) {
                diagnostics.error(main.pos, "function 'main' must not take arguments");
            }
        }
        return new Program(allFunctions, main);
    }

    private void declare(Stmt s) {
        switch (s) {
            case Stmt.StructDef sd -> {
                if (globals.containsKey(sd.name())) {
                    diagnostics.error(sd.pos(), "invalid redefinition of '" + sd.name() + "'");
                    throw new CompileError();
                }
                if (!sd.typeParams().isEmpty()) {
                    globals.put(sd.name(), new StructTemplate(sd));
                    return;
                }
                StructType st = new StructType(sd.name(), sd);
                globals.put(sd.name(), st);
                structs.add(st);
            }
            case Stmt.TraitDef td -> {
                if (globals.containsKey(td.name())) {
                    diagnostics.error(td.pos(), "invalid redefinition of '" + td.name() + "'");
                    throw new CompileError();
                }
                List<String> parents = new ArrayList<>();
                for (Expr p : td.parents()) {
                    if (p instanceof Expr.Name n) {
                        parents.add(n.name());
                    }
                }
                globals.put(td.name(), new Trait(td.name(), td, parents));
            }
            case Stmt.FunctionDef fd -> {
                Function f = new Function(fd.name(), fd.namePos(), fd, null);
                f.isTemplate = isGeneric(fd);
                if (globals.containsKey(fd.name()) && !(globals.get(fd.name()) instanceof List<?>)) {
                    diagnostics.error(fd.namePos(), "invalid redefinition of '" + fd.name() + "'");
                    throw new CompileError();
                }
                functions.computeIfAbsent(fd.name(), k -> {
                    List<Function> list = new ArrayList<>();
                    globals.put(k, list);
                    return list;
                }).add(f);
                if (!f.isTemplate) {
                    allFunctions.add(f);
                }
            }
            case Stmt.AliasDef ad -> {
                if (globals.containsKey(ad.name())) {
                    diagnostics.error(ad.pos(), "invalid redefinition of '" + ad.name() + "'");
                    throw new CompileError();
                }
                globals.put(ad.name(), evaluateAlias(ad));
            }
            case Stmt.Import im -> declareImport(im);
            case Stmt.Pass p -> {
            }
            case Stmt.ExprStmt es when es.expr() instanceof Expr.StrLit -> {
                // a module docstring
            }
            default -> {
                diagnostics.error(s.pos(), "this statement is not supported at module level yet");
                throw new CompileError();
            }
        }
    }

    /**
     * The statements of the user modules this module imports come first: each module file is
     * parsed and fully checked on its own (so its errors point into it), then its declarations
     * (all but its {@code main}) join this program.
     */
    private List<Stmt> withUserModules(List<Stmt> module) {
        List<Stmt> result = new ArrayList<>();
        for (Stmt s : module) {
            if (s instanceof Stmt.Import im && BuiltinModules.lookup(im.module()) == null && !userModules.containsKey(im.module())) {
                // (a module that fails to load is reported when its import is declared)
                ModuleLoader.SourceFile file = loader.load(im.module());
                if (file == null) {
                    continue; // reported as "unable to locate module" when the import is declared
                }
                userModules.put(im.module(), new LinkedHashMap<>());
                Diagnostics own = new Diagnostics(file.path(), file.text());
                List<Stmt> parsed = Parser.parse(file.text(), own);
                if (!own.hasErrors()) {
                    Program alone = new TypeChecker(own, loader, new HashMap<>()).check(parsed);
                    if (!own.hasErrors()) {
                        new OwnershipChecker(own).check(alone);
                    }
                }
                if (own.hasErrors()) {
                    diagnostics.include(own);
                    userModules.put(im.module(), null); // failed: its imports declare nothing more
                    continue;
                }
                for (Stmt d : withUserModules(parsed)) {
                    if (d instanceof Stmt.FunctionDef fd && fd.name().equals("main")) {
                        continue;
                    }
                    result.add(d);
                    String name = d instanceof Stmt.FunctionDef fd ? fd.name() : d instanceof Stmt.StructDef sd ? sd.name()
                                    : d instanceof Stmt.TraitDef td ? td.name() : d instanceof Stmt.AliasDef ad ? ad.name() : null;
                    if (name != null) {
                        userModules.get(im.module()).put(name, Boolean.TRUE);
                    }
                }
            }
        }
        result.addAll(module);
        return result;
    }

    private void declareImport(Stmt.Import im) {
        if (userModules.containsKey(im.module()) && userModules.get(im.module()) == null) {
            return; // the module itself was rejected, and its errors reported
        }
        if (userModules.containsKey(im.module())) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (String name : userModules.get(im.module()).keySet()) {
                members.put(name, globals.get(name));
            }
            if (!im.from()) {
                String bound = im.alias() != null ? im.alias() : im.module().contains(".") ? im.module().substring(im.module().lastIndexOf('.') + 1) : im.module();
                globals.put(bound, new ModuleNamespace(im.module(), members));
                return;
            }
            for (Stmt.ImportName n : im.names()) {
                if (n.name().equals("*")) {
                    continue;
                }
                if (!members.containsKey(n.name())) {
                    diagnostics.error(im.pos(), "module '" + im.module() + "' does not contain '" + n.name() + "'");
                    throw new CompileError();
                }
                if (n.alias() != null) {
                    globals.put(n.alias(), members.get(n.name()));
                }
            }
            return;
        }
        Map<String, Object> module = BuiltinModules.lookup(im.module());
        if (module == null) {
            diagnostics.error(im.pos(), "unable to locate module '" + im.module() + "'");
            throw new CompileError();
        }
        if (!im.from()) {
            // `import math` (or `import math as m`): math.sqrt resolves through the namespace.
            String bound = im.alias() != null ? im.alias() : im.module().contains(".") ? im.module().substring(0, im.module().indexOf('.')) : im.module();
            globals.put(bound, new ModuleNamespace(im.module(), module));
            return;
        }
        for (Stmt.ImportName n : im.names()) {
            Object value = module.get(n.name());
            if (value == null) {
                diagnostics.error(im.pos(), "package '" + im.module() + "' does not contain '" + n.name() + "'");
                throw new CompileError();
            }
            globals.put(n.alias() != null ? n.alias() : n.name(), value);
        }
    }

    /** Evaluates {@code alias NAME[: T] = value} at compile time. */
    private Object evaluateAlias(Stmt.AliasDef ad) {
        if (ad.value() == null) {
            diagnostics.error(ad.pos(), "alias '" + ad.name() + "' needs a value");
            throw new CompileError();
        }
        if (!ad.typeParams().isEmpty()) {
            return new AliasTemplate(ad); // parametric: evaluated at each use with its arguments
        }
        if (ad.value() instanceof Expr.Name n && globals.get(n.name()) instanceof Type t) {
            return t; // a type alias
        }
        List<Trait> composed = traitBounds(ad.value());
        if (composed != null && !composed.isEmpty()) {
            // `alias Shape = Drawable & Sized`: a trait that is the composition
            return new Trait(ad.name(), null, composed.stream().map(Trait::name).toList());
        }
        FunctionChecker constants = FunctionChecker.forConstants(this);
        TExpr value = constants.expression(ad.value(), null);
        if (ad.type() != null) {
            Type t = resolveType(ad.type());
            value = constants.coerce(value, t, ad.value().pos());
        }
        TExpr.Const folded = ConstantFolder.fold(value);
        if (folded != null) {
            return folded;
        }
        diagnostics.error(ad.value().pos(), "alias value must be a compile-time constant");
        throw new CompileError();
    }

    private void resolveSignature(Function f) {
        Stmt.FunctionDef fd = f.syntax;
        if (fd == null || f.signatureResolved || f.isTemplate) {
            return; // synthesized (signature set when it was made), already done, or a template
        }
        f.signatureResolved = true;
        f.raises = fd.raises() || fd.isDef();
        Map<String, Type> typeParams = new HashMap<>(typeParameters(fd));
        for (Map.Entry<String, Object> e : f.typeArgs.entrySet()) {
            if (e.getValue() instanceof Type t) {
                typeParams.put(e.getKey(), t);
            }
        }
        f.resultType = fd.resultType() == null ? Types.NONE : resolveType(fd.resultType(), typeParams, f.owner);
        f.returnsRef = fd.resultOrigin() != null;
        int index = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean first = true;
        for (Stmt.Param p : fd.params()) {
            boolean isSelf = first && f.owner != null && !f.isStatic && p.type() == null;
            first = false;
            if (!seen.add(p.name())) {
                diagnostics.error(p.pos(), "invalid redefinition of '" + p.name() + "'");
                continue;
            }
            warnDeprecatedConvention(p);
            Type t;
            if (isSelf) {
                t = f.owner;
            } else if (p.type() == null) {
                diagnostics.error(p.pos(), "argument '" + p.name() + "' needs a type");
                throw new CompileError();
            } else {
                t = resolveType(p.type(), typeParams, f.owner);
            }
            if (p.kind() == Stmt.ParamKind.VARIADIC && !(t instanceof TupleType)) {
                t = ListType.of(t); // *args: T arrives as a list of the arguments (a pack *args: *Ts as a tuple)
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
                    diagnostics.error(p.pos(), "a function has at most one result: 'out' argument '" + p.name() + "' and a result type");
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
        checkLifecycleSignature(f);
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

    private static boolean isGeneric(Stmt.FunctionDef fd) {
        return fd.typeParams().stream().anyMatch(tp -> !isWriterParam(tp));
    }

    /** {@code DType.float32} and friends: the scalar type of that DType, or null. */
    static Type dtype(Expr e) {
        if (e instanceof Expr.Attribute a && a.target() instanceof Expr.Name n && n.name().equals("DType")) {
            return ScalarType.BY_DTYPE.get(a.name());
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

    /**
     * The struct type for a parametric struct and its compile-time arguments (in parameter order):
     * fields and methods are resolved with the parameters bound, once per argument set.
     */
    StructType instantiateStruct(StructTemplate template, List<Object> args, org.trufflemojo.source.SourcePos pos) {
        StructType existing = template.instances().get(args);
        if (existing != null) {
            return existing;
        }
        List<Stmt.TypeParam> params = template.syntax().typeParams();
        if (args.size() > params.size()) {
            diagnostics.error(pos, "'" + template.name() + "' takes " + params.size() + " compile-time argument(s), got " + args.size());
            throw new CompileError();
        }
        Map<String, Object> bound = new java.util.LinkedHashMap<>();
        StringBuilder name = new StringBuilder(template.name()).append('[');
        for (int i = 0; i < params.size(); i++) {
            Object value = i < args.size() ? args.get(i) : null;
            if (value == null) {
                diagnostics.error(pos, "'" + template.name() + "' needs compile-time argument '" + params.get(i).name() + "'");
                throw new CompileError();
            }
            List<Trait> traits = traitBounds(params.get(i).type());
            if (traits != null && value instanceof Type t) {
                for (Trait trait : traits) {
                    if (!conforms(t, trait)) {
                        diagnostics.error(pos, "'" + t.name() + "' does not conform to trait '" + trait.name() + "' required by '"
                                        + template.name() + "'");
                        throw new CompileError();
                    }
                }
            }
            bound.put(params.get(i).name(), value);
            name.append(i > 0 ? ", " : "").append(value instanceof Type t ? t.name() : String.valueOf(value));
        }
        StructType st = new StructType(name.append(']').toString(), template.syntax());
        st.typeArgs = bound;
        template.instances().put(args, st);
        structs.add(st);
        int before = allFunctions.size();
        declareMembers(st);
        for (int i = before; i < allFunctions.size(); i++) {
            resolveSignature(allFunctions.get(i));
        }
        finishLifecycle(st);
        return st;
    }

    /**
     * A function declared inside another one: it becomes a function of its own, visible by its
     * name in the enclosing block. It may not capture the enclosing function's variables.
     */
    Function declareNested(Stmt.FunctionDef fd) {
        Function f = new Function(fd.name(), fd.namePos(), fd, null);
        f.isTemplate = isGeneric(fd);
        if (!f.isTemplate) {
            resolveSignature(f);
            allFunctions.add(f);
        }
        return f;
    }

    /** Makes (or reuses) the instance of a generic function for the given compile-time arguments. */
    Function instantiate(Function template, Map<String, Object> args, List<Object> key) {
        Function existing = template.instances.get(key);
        if (existing != null) {
            return existing;
        }
        Function f = new Function(template.name, template.pos, template.syntax, template.owner);
        f.isStatic = template.isStatic;
        Map<String, Object> all = new HashMap<>(template.typeArgs);
        all.putAll(args);
        f.typeArgs = all;
        template.instances.put(key, f);
        resolveSignature(f);
        allFunctions.add(f);
        return f;
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
        if (annotation instanceof Expr.Name n && globals.get(n.name()) instanceof Trait t) {
            if (t.syntax() == null && !t.parents().isEmpty()) {
                for (String parent : t.parents()) { // an alias of a composition stands for its parts
                    if (globals.get(parent) instanceof Trait p) {
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

    private static final java.util.Set<String> SCALAR_TRAITS = java.util.Set.of("AnyType", "Copyable", "Movable", "ExplicitlyCopyable",
                    "ImplicitlyCopyable", "Stringable", "Representable", "Writable", "Intable", "Boolable", "EqualityComparable", "Comparable",
                    "Hashable", "KeyElement", "Defaultable", "Absable", "Floatable", "ImplicitlyDestructible", "CollectionElement");
    private static final java.util.Set<String> STRING_TRAITS = java.util.Set.of("AnyType", "Copyable", "Movable", "ExplicitlyCopyable",
                    "ImplicitlyCopyable", "Stringable", "Representable", "Writable", "Sized", "Boolable", "EqualityComparable", "Comparable",
                    "Hashable", "KeyElement", "Defaultable", "ImplicitlyDestructible", "CollectionElement");

    /** Whether t conforms to the trait: structs by their declared conformances, built-in types as the standard library declares them. */
    boolean conforms(Type t, Trait trait) {
        String name = trait.name();
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
        if (t instanceof ListType) {
            return name.equals("AnyType") || name.equals("Copyable") || name.equals("Movable") || name.equals("Sized")
                            || name.equals("ExplicitlyCopyable") || name.equals("CollectionElement");
        }
        return SCALAR_TRAITS.contains(name)
                        && (t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.BOOL || t instanceof PointerType);
    }

    private void checkLifecycleSignature(Function f) {
        if (f.owner == null) {
            return;
        }
        switch (f.name) {
            case "__init__", "__copyinit__", "__moveinit__" -> {
                if (f.outParam == null || f.outParam.type != f.owner) {
                    diagnostics.error(f.pos, "'" + f.name + "' must take 'out self'");
                    throw new CompileError();
                }
            }
            case "__del__" -> {
                if (f.params.size() != 1 || !(f.params.get(0).convention == Stmt.Convention.VAR
                                || f.params.get(0).convention == Stmt.Convention.DEINIT)) {
                    diagnostics.error(f.pos, "'__del__' must take 'deinit self'");
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
            case "owned" -> "var";
            default -> null;
        };
        if (replacement != null) {
            diagnostics.warning(p.pos(), "'" + w + "' has been deprecated, use '" + replacement + "' instead");
        }
    }

    /** Resolves a type expression such as {@code Int}, {@code Self} or a struct name. */
    Type resolveType(Expr e) {
        return resolveType(e, Map.of(), null);
    }

    Type resolveType(Expr e, Map<String, Type> typeParams, StructType self) {
        if (e instanceof Expr.NoneLit) {
            return Types.NONE;
        }
        if (e instanceof Expr.Name n) {
            if (n.name().equals("Self") && self != null) {
                return self;
            }
            Type param = typeParams.get(n.name());
            if (param != null) {
                return param;
            }
            Object v = globals.get(n.name());
            if (v instanceof Type t) {
                return t;
            }
            if (v == null) {
                diagnostics.error(e.pos(), "use of unknown declaration '" + n.name() + "'");
            } else {
                diagnostics.error(e.pos(), "'" + n.name() + "' is not a type");
            }
            throw new CompileError();
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && globals.get(n.name()) == TypeConstructor.UNSAFE_POINTER) {
            if (ix.indices().size() < 1) {
                diagnostics.error(e.pos(), "'UnsafePointer' needs the type it points to: UnsafePointer[T]");
                throw new CompileError();
            }
            Type pointee = resolveType(ix.indices().get(0).value(), typeParams, self);
            if (!NativeLayout.isStorable(pointee) && !(pointee instanceof StructType)) {
                diagnostics.error(e.pos(), "'UnsafePointer[" + pointee.name() + "]' is not supported yet: '" + pointee.name() + "' has no native layout");
                throw new CompileError();
            }
            return PointerType.of(pointee);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && globals.get(n.name()) instanceof AliasTemplate at) {
            Map<String, Type> bound = new HashMap<>(typeParams);
            List<Stmt.TypeParam> params = at.syntax().typeParams();
            for (int i = 0; i < params.size() && i < ix.indices().size(); i++) {
                bound.put(params.get(i).name(), resolveType(ix.indices().get(i).value(), typeParams, self));
            }
            return resolveType(at.syntax().value(), bound, self);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && globals.get(n.name()) instanceof StructTemplate template) {
            List<Object> args = new ArrayList<>();
            for (Expr.Arg a : ix.indices()) {
                args.add(resolveType(a.value(), typeParams, self));
            }
            return instantiateStruct(template, args, e.pos());
        }
        if (e instanceof Expr.Index star && star.target() instanceof Expr.Name sn && sn.name().equals("*") && star.indices().size() == 1) {
            return resolveType(star.indices().get(0).value(), typeParams, self); // *Ts: the pack, a tuple of the argument types
        }
        if (e instanceof Expr.FnType ft) {
            List<Type> params = new ArrayList<>();
            for (Expr p : ft.params()) {
                params.add(resolveType(p, typeParams, self));
            }
            Type result = ft.result() == null ? Types.NONE : resolveType(ft.result(), typeParams, self);
            return FunctionType.of(params, result, ft.raises());
        }
        if (e instanceof Expr.TupleLit tl) {
            List<Type> types = new ArrayList<>();
            for (Expr el : tl.elements()) {
                types.add(resolveType(el, typeParams, self));
            }
            return TupleType.of(types);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n
                        && (globals.get(n.name()) == TypeConstructor.SCALAR || globals.get(n.name()) == TypeConstructor.SIMD)) {
            Type t = ix.indices().isEmpty() ? null : dtype(ix.indices().get(0).value());
            if (t == null) {
                diagnostics.error(e.pos(), "'" + n.name() + "' needs a DType, e.g. " + n.name() + "[DType.float32" + (n.name().equals("SIMD") ? ", 1]" : "]"));
                throw new CompileError();
            }
            if (n.name().equals("SIMD") && ix.indices().size() == 2) {
                long width = ix.indices().get(1).value() instanceof Expr.IntLit w ? Long.parseLong(w.text().replace("_", ""))
                                : ix.indices().get(1).value() instanceof Expr.Name wn && globals.get(wn.name()) instanceof TExpr.Const c
                                                && c.value() instanceof java.math.BigInteger b ? b.longValue() : -1;
                if (width < 1 || width > 1024 || Long.bitCount(width) != 1 || t == Types.BOOL) {
                    diagnostics.error(e.pos(), "SIMD width must be a constant power of two (bool vectors are not supported yet)");
                    throw new CompileError();
                }
                if (width > 1) {
                    return VectorType.of(t, (int) width);
                }
            }
            return t;
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && globals.get(n.name()) == TypeConstructor.INLINE_ARRAY) {
            if (ix.indices().size() != 2) {
                diagnostics.error(e.pos(), "'InlineArray' needs its element type and size: InlineArray[T, n]");
                throw new CompileError();
            }
            Type element = resolveType(ix.indices().get(0).value(), typeParams, self);
            Expr sizeExpr = ix.indices().get(1).value();
            long size;
            if (sizeExpr instanceof Expr.IntLit lit) {
                size = Long.parseLong(lit.text().replace("_", ""));
            } else if (sizeExpr instanceof Expr.Name sn && globals.get(sn.name()) instanceof TExpr.Const c && c.value() instanceof java.math.BigInteger b) {
                size = b.longValue();
            } else {
                diagnostics.error(sizeExpr.pos(), "the size of an InlineArray must be a compile-time integer");
                throw new CompileError();
            }
            return ListType.fixed(element, size);
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && globals.get(n.name()) instanceof TypeConstructor tc
                        && tc != TypeConstructor.UNSAFE_POINTER) {
            List<Type> args = new ArrayList<>();
            for (Expr.Arg a : ix.indices()) {
                args.add(resolveType(a.value(), typeParams, self));
            }
            int expected = tc == TypeConstructor.DICT ? 2 : tc == TypeConstructor.TUPLE ? args.size() : 1;
            if (args.size() != expected || args.isEmpty()) {
                diagnostics.error(e.pos(), "'" + tc.name() + "' needs " + (expected == 2 ? "its key and value types: Dict[K, V]"
                                : "its element type: " + tc.name() + "[T]"));
                throw new CompileError();
            }
            if (tc == TypeConstructor.DICT) {
                Type k = args.get(0);
                if (!DictType.isSupportedKey(k)) {
                    diagnostics.error(e.pos(), DictType.unsupportedKeyMessage(k));
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
            // (a Span[T] is a borrowed List[T]: the same elements, seen where they are)
            return tc == TypeConstructor.OPTIONAL ? OptionalType.of(args.get(0)) : ListType.of(args.get(0));
        }
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && n.name().equals("Some") && ix.indices().size() == 1
                        && ix.indices().get(0).value() instanceof Expr.Name w && w.name().equals("Writer")) {
            return Types.WRITER;
        }
        diagnostics.error(e.pos(), "unsupported type expression");
        throw new CompileError();
    }

    // ================================================================ structs

    private void declareMembers(StructType st) {
        Stmt.StructDef sd = st.syntax;
        boolean value = false;
        boolean fieldwiseInit = false;
        for (Stmt.Decorator d : sd.decorators()) {
            switch (d.name()) {
                case "value" -> {
                    value = true;
                    diagnostics.warning(d.pos(), "'@value' is deprecated, use '@fieldwise_init' and explicit Copyable and Movable conformances instead");
                }
                case "fieldwise_init" -> fieldwiseInit = true;
                case "register_passable" -> {
                    st.registerPassable = true;
                    st.trivialRegisterPassable = !d.args().isEmpty() && d.args().get(0).value() instanceof Expr.StrLit lit
                                    && lit.value().equals("trivial");
                }
                default -> diagnostics.warning(d.pos(), "decorator '@" + d.name() + "' is ignored");
            }
        }

        for (Expr t : sd.traits()) {
            if (t instanceof Expr.Name n && globals.get(n.name()) instanceof Trait trait) {
                addTrait(st, trait);
            } else {
                diagnostics.error(t.pos(), "'" + t + "' is not a trait");
            }
        }
        for (Stmt m : sd.members()) {
            switch (m) {
                case Stmt.VarDecl v -> {
                    if (st.fields.containsKey(v.name())) {
                        diagnostics.error(v.pos(), "invalid redefinition of '" + v.name() + "'");
                        continue;
                    }
                    if (v.type() == null) {
                        diagnostics.error(v.pos(), "field '" + v.name() + "' needs a type");
                        continue;
                    }
                    if (v.init() != null) {
                        diagnostics.error(v.init().pos(), "struct fields cannot have default values; initialize them in '__init__'");
                    }
                    try {
                        Type ft = resolveType(v.type(), typeArgTypes(st.typeArgs), st);
                        if (ft == st) {
                            diagnostics.error(v.pos(), "struct '" + st.name() + "' cannot contain itself");
                            continue;
                        }
                        st.fields.put(v.name(), new StructType.Field(v.name(), ft, st.fields.size(), v.pos()));
                    } catch (CompileError e) {
                        // reported
                    }
                }
                case Stmt.FunctionDef fd -> {
                    Function f = new Function(fd.name(), fd.namePos(), fd, st);
                    f.typeArgs = st.typeArgs;
                    f.isStatic = fd.decorators().stream().anyMatch(d -> d.name().equals("staticmethod"));
                    f.isTemplate = isGeneric(fd);
                    st.methods.computeIfAbsent(fd.name(), k -> new ArrayList<>()).add(f);
                    if (!f.isTemplate) {
                        allFunctions.add(f);
                    }
                }
                case Stmt.AliasDef ad -> {
                    try {
                        st.aliases.put(ad.name(), evaluateAlias(ad));
                    } catch (CompileError e) {
                        // reported
                    }
                }
                case Stmt.Pass p -> {
                }
                case Stmt.ExprStmt es when es.expr() instanceof Expr.StrLit -> {
                }
                default -> diagnostics.error(m.pos(), "unexpected statement in struct body");
            }
        }
        addTraitMethods(st);
        if (value) {
            st.synthesizedCopy = true;
            st.synthesizedMove = true;
        }
        if (value || fieldwiseInit) {
            synthesizeFieldwiseInit(st);
        }
    }

    /**
     * A struct that declares a trait gets the trait's default methods it does not define itself;
     * a required method (body {@code ...}) that it lacks is an error.
     */
    private void addTraitMethods(StructType st) {
        for (String traitName : new java.util.TreeSet<>(st.traits)) {
            if (!(globals.get(traitName) instanceof Trait trait) || trait.syntax() == null) {
                continue;
            }
            for (Stmt m : trait.syntax().members()) {
                if (!(m instanceof Stmt.FunctionDef fd) || st.methods.containsKey(fd.name())) {
                    continue;
                }
                if (!fd.hasBody()) {
                    diagnostics.error(st.syntax.pos(), "'" + st.name() + "' does not implement method '" + fd.name()
                                    + "' required by trait '" + trait.name() + "'");
                    continue;
                }
                Function f = new Function(fd.name(), fd.namePos(), fd, st);
                f.typeArgs = st.typeArgs;
                f.isStatic = fd.decorators().stream().anyMatch(d -> d.name().equals("staticmethod"));
                f.isTemplate = isGeneric(fd);
                st.methods.computeIfAbsent(fd.name(), k -> new ArrayList<>()).add(f);
                if (!f.isTemplate) {
                    allFunctions.add(f);
                }
            }
        }
    }

    private void addTrait(StructType st, Trait trait) {
        st.traits.add(trait.name());
        for (String parent : trait.parents()) {
            if (globals.get(parent) instanceof Trait p) {
                addTrait(st, p);
            }
        }
    }

    /** After all signatures are known: which lifecycle methods exist, and which the compiler synthesizes. */
    private void finishLifecycle(StructType st) {
        for (Function f : st.methods("__del__")) {
            st.userDel = f;
        }
        for (Function f : st.methods("__copyinit__")) {
            st.userCopyInit = f;
        }
        for (Function f : st.methods("__moveinit__")) {
            st.userMoveInit = f;
        }
        boolean copyable = st.traits.contains("Copyable") || st.traits.contains("ImplicitlyCopyable");
        if (copyable && st.userCopyInit == null) {
            st.synthesizedCopy = true;
        }
        if ((st.traits.contains("Movable") || copyable) && st.userMoveInit == null) {
            st.synthesizedMove = true;
        }
        if (st.registerPassable && st.userCopyInit == null && st.userMoveInit == null) {
            st.synthesizedCopy = true;
            st.synthesizedMove = true;
        }
    }

    /** {@code __init__(out self, var f1: T1, ...)} storing each argument into its field. */
    private void synthesizeFieldwiseInit(StructType st) {
        Stmt.FunctionDef sd = null;
        Function f = new Function("__init__", st.syntax.pos(), sd, st);
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
        allFunctions.add(f);
    }
}

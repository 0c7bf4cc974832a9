package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trufflemojo.ownership.OwnershipChecker;
import org.trufflemojo.parser.Parser;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Program;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;

/**
 * The names of a module: the built-in globals, the module's functions, structs, traits and
 * aliases as they are declared, and its imports (built-in modules, and user modules loaded,
 * checked on their own, and joined to this program).
 */
final class ModuleScope {
    final Diagnostics diagnostics;
    /** Module-level names: Function lists (overloads), compile-time constants (TExpr.Const) and types. */
    /** The module's {@code comptime} values marked {@code @deprecated}, by name: their uses are warned about. */
    final Map<String, Deprecation> deprecatedAliases = new HashMap<>();
    final Map<String, Object> globals = new LinkedHashMap<>() {
        @Override
        public Object get(Object key) {
            Object v = super.get(key);
            if (v != null || !(key instanceof String name)) {
                return v;
            }
            if (joinPreludeFor(name)) {
                v = super.get(name);
                if (v != null) {
                    return v;
                }
            }
            return preludeType(name);
        }

        @Override
        public boolean containsKey(Object key) {
            return super.containsKey(key) || key instanceof String name && joinPreludeFor(name) && super.containsKey(name);
        }
    };
    final Map<String, List<Function>> functions = new HashMap<>();
    final Map<String, Stmt.AliasDef> pendingAliases = new HashMap<>();
    final List<Function> allFunctions = new ArrayList<>();
    final List<StructType> structs = new ArrayList<>();
    /** The parametric structs the module declares, known before any declaration so a function above one may name it. */
    private final Map<String, Stmt.StructDef> declaredTemplates = new HashMap<>();

    private final ModuleLoader loader;
    /** User modules already loaded (their declarations are in this checker), by module name, with their names. */
    private final Map<String, Map<String, Object>> userModules;
    /** The checker this scope belongs to: constant expressions are checked with it. */
    private final TypeChecker checker;
    private TypeResolver resolver;

    /**
     * Library types every module sees without an import, by the library module that declares them:
     * that module is loaded on the first use of the name (and its code joins the program), so a
     * program that never names them does not pay for them.
     */
    private static final Map<String, String> PRELUDE_TYPES = Map.of(
                    "Codepoint", "collections.string.codepoint",
                    "Slice", "builtin.slice",
                    "slice", "builtin.slice");

    /** The prelude type {@code name} from its library module (loaded now), or null. */
    private Object preludeType(String name) {
        String module = PRELUDE_TYPES.get(name);
        if (module == null || module.equals(library)) {
            return null;
        }
        Map<String, Object> members = standardModule(module);
        Object value = members == null ? null : members.get(name);
        if (value != null) {
            globals.put(name, value);
        }
        return value;
    }

    /** The library module whose functions every module sees without an import. */
    private static final String PRELUDE_MODULE = "builtin";
    /** The standard-library module being checked, or null for a program's own code. */
    final String library;
    /** The Mojo the module is written in (the library is written in 25.x). */
    Dialect dialect = Dialect.MOJO_25;
    /** The compile-time defines ({@code -D NAME=VALUE}); user modules the program imports see the same. */
    Map<String, String> defines = Map.of();
    /** The functions with Mojo bodies of the library modules this program imports. */
    final Set<Function> libraryFunctions = new LinkedHashSet<>();
    /**
     * The prelude (builtin.mojo) is checked, and its names and code join this module, only when the
     * module uses one of its names: checking it (and builtin.sort) was a good part of the start-up
     * of a program that uses none, such as hello world. Its names are known from its text alone.
     */
    private boolean preludePending;

    /** Joins the prelude if {@code name} is one of its names and it has not joined yet; whether it joined now. */
    private boolean joinPreludeFor(String name) {
        if (!preludePending || !StandardLibrary.declaredNames(PRELUDE_MODULE).contains(name)) {
            return false;
        }
        joinPrelude();
        return true;
    }

    /**
     * The prelude's names, as if they had been there from the start: a name the module has declared
     * or imported since keeps its meaning (as a declaration shadowed the prelude's name before).
     */
    private void joinPrelude() {
        if (!preludePending) {
            return;
        }
        preludePending = false;
        StandardLibrary.Module prelude = StandardLibrary.module(PRELUDE_MODULE);
        for (Map.Entry<String, Object> e : prelude.members().entrySet()) {
            if (!(e.getValue() instanceof List<?> overloads && overloads.stream().allMatch(f -> ((Function) f).extendsBuiltin))) {
                globals.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        libraryFunctions.addAll(prelude.functions());
    }

    ModuleScope(TypeChecker checker, Diagnostics diagnostics, ModuleLoader loader, String library) {
        this.checker = checker;
        this.library = library;
        this.loader = loader;
        this.userModules = new HashMap<>();
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
        // Mojo's StaticString is an immutable view of text that lives for the whole program; here
        // strings are values that are never changed in place, so a String stands for it
        globals.put("StaticString", Types.STRING);
        globals.put("StringSlice", Types.STRING); // (a view of text: here the text itself, as for StaticString)
        globals.put("StringSpan", Types.STRING); // (Mojo 1.x's name for it)
        globals.put("Byte", ScalarType.UINT8);
        globals.putAll(BuiltinModules.PRELUDE);
        // the prelude's functions with declared signatures (abs, round, ord, ...) join on the first use of
        // one of its names; not for a module the prelude itself imports (builtin.sort), which sees the
        // compiler's builtins only
        preludePending = !PRELUDE_MODULE.equals(library) && !StandardLibrary.isLoading(PRELUDE_MODULE);
        for (String t : new String[]{"AnyType", "Copyable", "Movable", "ExplicitlyCopyable", "ImplicitlyCopyable", "Stringable",
                        "Representable", "Writable", "Sized", "Intable", "Boolable", "EqualityComparable", "Comparable", "Hashable",
                        "KeyElement", "Defaultable", "Absable", "Floatable", "ImplicitlyDestructible", "CollectionElement", "ImplicitlyBoolable",
                        "StringableRaising", "IntableRaising", "FloatableRaising",
                        "Indexer", "RegisterPassable", "Floorable", "Ceilable", "Truncable", "Roundable"}) {
            globals.put(t, Trait.builtin(t));
        }
        // the 1.x names of the traits of the types destroyed at their last use and of == and !=
        globals.put("ImplicitlyDeletable", globals.get("ImplicitlyDestructible"));
        globals.put("Deinitable", globals.get("ImplicitlyDestructible"));
        globals.put("Equatable", globals.get("EqualityComparable"));
        // 1.x spells @register_passable("trivial") as a trait
        globals.put("TrivialRegisterPassable", Trait.builtin("TrivialRegisterPassable"));
        // KeyElement is a composition: what a Dict key needs (a struct declaring it is copyable, movable, hashable and comparable)
        globals.put("KeyElement", new Trait("KeyElement", null, List.of("Copyable", "Movable", "Hashable", "EqualityComparable")));
        globals.put("Writer", Types.WRITER);
        globals.put("Error", Types.ERROR_VALUE);
        globals.put("Never", Types.NEVER);
        globals.put("UnsafePointer", TypeConstructor.UNSAFE_POINTER);
        // Pointer[T, origin] (Pointer(to=x)): origins are not tracked here, so the safe pointer has
        // UnsafePointer's representation and operations
        globals.put("Pointer", TypeConstructor.UNSAFE_POINTER);
        globals.put("List", TypeConstructor.LIST);
        globals.put("Span", TypeConstructor.SPAN);
        globals.put("Tuple", TypeConstructor.TUPLE);
        globals.put("Optional", TypeConstructor.OPTIONAL);
        globals.put("Dict", TypeConstructor.DICT);
        globals.put("Scalar", TypeConstructor.SCALAR);
        globals.put("InlineArray", TypeConstructor.INLINE_ARRAY);
        globals.put("Array", TypeConstructor.INLINE_ARRAY); // (Mojo 1.x's name for it)
        globals.put("OwnedPointer", TypeConstructor.OWNED_POINTER);
        globals.put("ArcPointer", TypeConstructor.ARC_POINTER);
        globals.put("SIMD", TypeConstructor.SIMD);
        for (ScalarType t : new ScalarType[]{ScalarType.INT8, ScalarType.INT16, ScalarType.INT32, ScalarType.INT64, ScalarType.UINT8,
                        ScalarType.UINT16, ScalarType.UINT32, ScalarType.UINT64, ScalarType.FLOAT16, ScalarType.BFLOAT16, ScalarType.FLOAT32,
                        ScalarType.INT128, ScalarType.UINT128, ScalarType.INT256, ScalarType.UINT256}) {
            globals.put(t.name(), t);
        }
        globals.put("Byte", ScalarType.UINT8);
        if ("python".equals(library)) {
            globals.put("__PythonObject", Types.PYTHON_OBJECT); // the python module names it PythonObject
        }
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** The checker of this module (compile-time expressions are checked with it). */
    TypeChecker checker() {
        return checker;
    }

    /** Notes the module's parametric structs before anything is declared (see {@link #isParametricStruct}). */
    void noteParametricStructs(List<Stmt> module) {
        for (Stmt s : module) {
            if (s instanceof Stmt.StructDef sd && !sd.typeParams().isEmpty()) {
                declaredTemplates.put(sd.name(), sd);
            }
        }
    }

    /**
     * Whether a name is a parametric struct that an argument's type may leave unbound: written with
     * some parameters unbound ({@code partially}), any; written bare, one with a parameter that has no default.
     */
    boolean isParametricStruct(String name, boolean partially) {
        Stmt.StructDef sd = globals.get(name) instanceof StructTemplate t ? t.syntax() : declaredTemplates.get(name);
        return sd != null && (partially || sd.typeParams().stream().anyMatch(p -> p.defaultValue() == null && !TypeResolver.isOriginType(p.type())));
    }

    /** The built-in names (the prelude's) a declaration of the module may shadow; computed before the first declaration. */
    private Set<String> shadowable;

    /** Whether the module already declares (or imports) a name; a built-in one it may shadow does not count. */
    boolean declaredHere(String name) {
        if (shadowable == null) {
            shadowable = new HashSet<>(globals.keySet());
            if (preludePending) {
                shadowable.addAll(StandardLibrary.declaredNames(PRELUDE_MODULE));
            }
        }
        return globals.containsKey(name) && !shadowable.contains(name);
    }

    /** Records a declaration of the module, which from now on may not be redefined. */
    private void declared(String name) {
        declaredHere(name); // (makes sure the built-in names are known)
        shadowable.remove(name);
    }

    void declare(Stmt s) {
        declaredHere(""); // the built-in names are those known before the first declaration
        switch (s) {
            case Stmt.StructDef sd -> {
                if (declaredHere(sd.name())) {
                    diagnostics.error(sd.pos(), "invalid redefinition of '" + sd.name() + "'");
                    throw new CompileError();
                }
                declared(sd.name());
                if (!sd.typeParams().isEmpty()) {
                    globals.put(sd.name(), new StructTemplate(sd, library));
                    return;
                }
                StructType st = new StructType(sd.name(), sd);
                st.module = library;
                st.movableByDefault = dialect == Dialect.MOJO_1 && library == null;
                globals.put(sd.name(), st);
                structs.add(st);
            }
            case Stmt.TraitDef td -> {
                if (declaredHere(td.name())) {
                    diagnostics.error(td.pos(), "invalid redefinition of '" + td.name() + "'");
                    throw new CompileError();
                }
                declared(td.name());
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
                f.module = library;
                f.topLevel = library == null;
                // a library function whose first parameter is `self` is a method of that parameter's built-in type
                f.extendsBuiltin = library != null && !fd.params().isEmpty() && fd.params().get(0).name().equals("self");
                Signatures.markGeneric(f, this);
                f.intrinsic = Signatures.intrinsicOf(f, diagnostics);
                f.primitive = Signatures.primitiveOf(f, diagnostics);
                // (a module's own function hides a built-in of the same name, as in Mojo)
                if (globals.containsKey(fd.name()) && !(globals.get(fd.name()) instanceof List<?>) && !(globals.get(fd.name()) instanceof Builtin)) {
                    diagnostics.error(fd.namePos(), "invalid redefinition of '" + fd.name() + "'");
                    throw new CompileError();
                }
                if (globals.get(fd.name()) instanceof Builtin) {
                    globals.remove(fd.name());
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
                if (declaredHere(ad.name())) {
                    diagnostics.error(ad.pos(), "invalid redefinition of '" + ad.name() + "'");
                    throw new CompileError();
                }
                declared(ad.name());
                globals.put(ad.name(), evaluateAlias(ad));
                Deprecation deprecation = Deprecation.of(ad.name(), ad.pos(), ad.decorators());
                if (deprecation != null) {
                    deprecatedAliases.put(ad.name(), deprecation);
                }
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
    List<Stmt> withUserModules(List<Stmt> module) {
        List<Stmt> result = new ArrayList<>();
        for (Stmt s : module) {
            if (s instanceof Stmt.Import im && standardModule(im.module()) == null && !userModules.containsKey(im.module())) {
                // (a module that fails to load is reported when its import is declared)
                ModuleLoader.SourceFile file = loader.load(im.module());
                if (file == null) {
                    continue; // reported as "unable to locate module" when the import is declared
                }
                userModules.put(im.module(), new LinkedHashMap<>());
                Diagnostics own = new Diagnostics(file.path(), file.text());
                Parser.ParsedFile parsed = Parser.parseFile(file.text(), own);
                if (!own.hasErrors()) {
                    Program alone = new TypeChecker(own, loader).inDialect(parsed.dialect()).withDefines(defines).check(parsed.statements());
                    if (!own.hasErrors()) {
                        new OwnershipChecker(own).check(alone);
                    }
                }
                if (own.hasErrors()) {
                    diagnostics.include(own);
                    userModules.put(im.module(), null); // failed: its imports declare nothing more
                    continue;
                }
                for (Stmt d : withUserModules(parsed.statements())) {
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
        Map<String, Object> module = standardModule(im.module());
        if (module == null) {
            diagnostics.error(im.pos(), "unable to locate module '" + im.module() + "'");
            throw new CompileError();
        }
        if (!im.from()) {
            // `import math` (or `import math as m`): math.sqrt resolves through the namespace;
            // `import std.time`: std is a namespace whose member time is the module's
            if (im.alias() != null || !im.module().contains(".")) {
                globals.put(im.alias() != null ? im.alias() : im.module(), new ModuleNamespace(im.module(), module));
                return;
            }
            String[] parts = im.module().split("\\.");
            Map<String, Object> level = globals;
            for (int i = 0; i < parts.length - 1; i++) {
                String prefix = String.join(".", java.util.Arrays.copyOf(parts, i + 1));
                if (!(level.get(parts[i]) instanceof ModuleNamespace ns) || !ns.name().equals(prefix)) {
                    level.put(parts[i], new ModuleNamespace(prefix, new LinkedHashMap<>()));
                }
                level = ((ModuleNamespace) level.get(parts[i])).members();
            }
            level.put(parts[parts.length - 1], new ModuleNamespace(im.module(), module));
            return;
        }
        for (Stmt.ImportName n : im.names()) {
            if (n.name().equals("*")) {
                // `from testing import *`: every name the module exports, unless this module declares it
                // (or the prelude does)
                joinPrelude();
                module.forEach(globals::putIfAbsent);
                continue;
            }
            Object value = module.get(n.name());
            if (value == null && n.name().startsWith("_") && StandardLibrary.module(stripStd(im.module())) instanceof StandardLibrary.Module m) {
                value = m.globals().get(n.name()); // a private name, imported by name (as the library's own tests do)
            }
            if (value == null) {
                diagnostics.error(im.pos(), "package '" + im.module() + "' does not contain '" + n.name() + "'");
                throw new CompileError();
            }
            globals.put(n.alias() != null ? n.alias() : n.name(), value);
        }
    }

    /**
     * The module-level names of a declaration's module: this module's own, or (for a standard-library
     * declaration used here, such as an instance of a library template) those of its library module.
     */
    Map<String, Object> namespace(String module) {
        if (module == null || module.equals(library)) {
            return globals;
        }
        StandardLibrary.Module declared = StandardLibrary.module(module);
        return declared == null ? globals : declared.globals();
    }

    /**
     * The names of a standard module: those the library declares in Mojo, and the types and
     * constants the checker itself provides; null if there is no such module. Importing a library
     * module makes its functions part of this program.
     */
    Map<String, Object> standardModule(String name) {
        name = stripStd(name);
        Map<String, Object> provided = BuiltinModules.lookup(name);
        StandardLibrary.Module declared = library != null && library.equals(name) ? null : StandardLibrary.module(name);
        if (declared == null) {
            return provided;
        }
        libraryFunctions.addAll(declared.functions());
        List<String> parts = StandardLibrary.lazyParts(name);
        Map<String, Object> all = parts.isEmpty() ? new LinkedHashMap<>() : new LazyModuleMembers(parts, this::standardModule);
        if (provided != null) {
            all.putAll(provided);
        }
        all.putAll(declared.members());
        return all;
    }

    /** Mojo 1.x spells the library's modules std.collections, ...: the module without that prefix. */
    /** {@code builtin._location._SourceLocation}, the type of a source location; its module's code joins the program. */
    StructType sourceLocationType() {
        standardModule("builtin._location");
        return (StructType) StandardLibrary.module("builtin._location").globals().get("_SourceLocation");
    }

    private static String stripStd(String name) {
        return name.startsWith("std.") ? name.substring("std.".length()) : name;
    }

    /** Evaluates {@code alias NAME[: T] = value} at compile time. */
    Object evaluateAlias(Stmt.AliasDef ad) {
        return evaluateAlias(ad, null, null, Map.of());
    }

    /**
     * Evaluates an alias declared in {@code module} (null: this one), inside the struct {@code self}
     * (or null) with its type arguments: a library struct's alias sees the library module's names.
     */
    Object evaluateAlias(Stmt.AliasDef ad, String module, Type self, Map<String, Object> typeArgs) {
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
        List<Trait> composed = resolver.traitBounds(ad.value());
        if (composed != null && !composed.isEmpty()) {
            // `alias Shape = Drawable & Sized`: a trait that is the composition
            return new Trait(ad.name(), null, composed.stream().map(Trait::name).toList());
        }
        FunctionChecker constants = FunctionChecker.forConstants(checker, module, self, typeArgs);
        if (ad.type() == null && constants.aliasedType(ad.value()) instanceof Type t) {
            return t; // `alias F32x4 = SIMD[DType.float32, 4]`, `alias dtype = DType.int8`
        }
        Type declared = ad.type() == null ? null : resolver.resolveType(ad.type());
        TExpr value = constants.expression(ad.value(), declared); // (a list literal makes the declared InlineArray)
        if (declared != null) {
            value = constants.coerce(value, declared, ad.value().pos());
        }
        TExpr.Const folded = ConstantFolder.fold(value);
        if (folded != null) {
            return folded;
        }
        if (typeArgs.isEmpty()) {
            return new MaterializedAlias(ad.value(), ad.type()); // computed at each use (in a struct: through Self or its name)
        }
        diagnostics.error(ad.value().pos(), "alias value must be a compile-time constant");
        throw new CompileError();
    }
}

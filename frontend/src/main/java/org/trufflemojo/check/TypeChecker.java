package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Program;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/**
 * Resolves the names of a module and type-checks it: first every declaration's signature (so
 * functions may call each other in any order), then every body, producing the typed tree.
 * The root of the module checker: the names and imports are in {@link ModuleScope}, the
 * declarations and generics in {@link Signatures}, the types in {@link TypeResolver}; each
 * function body is checked by a {@link FunctionChecker}, which reaches the module through the
 * few methods here.
 */
public final class TypeChecker {
    final Diagnostics diagnostics;
    /** Module-level names: Function lists (overloads), compile-time constants (TExpr.Const) and types. */
    final Map<String, Object> globals;
    private final ModuleScope moduleScope;
    private final Signatures signatures;
    private final TypeResolver resolver;

    public TypeChecker(Diagnostics diagnostics) {
        this(diagnostics, ModuleLoader.NONE);
    }

    public TypeChecker(Diagnostics diagnostics, ModuleLoader loader) {
        this(diagnostics, loader, null);
    }

    /** A checker of a standard-library module ({@code library} is its name), or of a program's own code (null). */
    TypeChecker(Diagnostics diagnostics, ModuleLoader loader, String library) {
        this.diagnostics = diagnostics;
        moduleScope = new ModuleScope(this, diagnostics, loader, library);
        globals = moduleScope.globals;
        signatures = new Signatures(moduleScope);
        resolver = new TypeResolver(moduleScope);
        moduleScope.wire(resolver);
        signatures.wire(resolver);
        resolver.wire(signatures);
    }

    Dialect dialect() {
        return moduleScope.dialect;
    }

    /** The value of the compile-time define NAME ({@code -D NAME=VALUE}; "" for {@code -D NAME}), or null. */
    /** The module-level {@code comptime} value of this name, if it is marked {@code @deprecated}; else null. */
    Deprecation deprecatedAlias(String name) {
        return moduleScope.deprecatedAliases.get(name);
    }

    String define(String name) {
        return moduleScope.defines.get(name);
    }

    /** Checks the module as written in the dialect (by default 25.x). */
    public TypeChecker inDialect(Dialect dialect) {
        moduleScope.dialect = dialect;
        return this;
    }

    /** The compile-time defines ({@code -D NAME=VALUE}) the program is compiled with. */
    public TypeChecker withDefines(Map<String, String> defines) {
        moduleScope.defines = Map.copyOf(defines);
        return this;
    }

    private void declareReported(Stmt s) {
        try {
            moduleScope.declare(s);
        } catch (CompileError e) {
            // already reported; go on with the next declaration
        }
    }

    /**
     * Declares a module-level alias, or defers it when its value cannot be evaluated yet: a call of a
     * function or a struct's constructor (`alias P = Point(3, 4)`) needs the signatures and members
     * that are declared after the aliases. A deferred alias is declared (and its errors reported)
     * once they are.
     */
    private void declareAliasOrDefer(Stmt.AliasDef ad, List<Stmt.AliasDef> deferred) {
        if (moduleScope.declaredHere(ad.name())) {
            declareReported(ad); // (reported as a redefinition)
            return;
        }
        int mark = diagnostics.mark();
        int errors = diagnostics.errorCount();
        try {
            moduleScope.declare(ad);
            if (diagnostics.errorCount() == errors) {
                return;
            }
        } catch (CompileError e) {
            // deferred below
        }
        diagnostics.rollBack(mark);
        moduleScope.globals.remove(ad.name());
        deferred.add(ad);
    }

    /** Whether an alias names a composition of traits ({@code alias DuckLike = Quackable & Flyable}). */
    private boolean isTraitComposition(Stmt.AliasDef ad) {
        if (!ad.typeParams().isEmpty() || !(ad.value() instanceof Expr.Binary b && b.op() == Expr.BinOp.AND)) {
            return false;
        }
        List<Trait> parts = resolver.traitBounds(ad.value());
        return parts != null && !parts.isEmpty();
    }

    public Program check(List<Stmt> module) {
        module = moduleScope.withUserModules(module);
        moduleScope.noteParametricStructs(module);
        // Aliases are evaluated after the other declarations, so that one may name a function
        // declared further down (`alias G = _Global["G", Bool, _init]` above `fn _init()`).
        List<Stmt.AliasDef> deferredAliases = new ArrayList<>();
        for (boolean aliases : new boolean[] {false, true}) {
            if (aliases) {
                // (a trait composition, `alias DuckLike = Quackable & Flyable`, first: structs conform to it)
                for (Stmt s : module) {
                    if (s instanceof Stmt.AliasDef ad && isTraitComposition(ad)) {
                        declareReported(s);
                    }
                }
                for (StructType st : new ArrayList<>(moduleScope.structs)) {
                    if (st.typeArgs.isEmpty()) {
                        signatures.declareConformances(st);
                    }
                }
            }
            for (Stmt s : module) {
                if (s instanceof Stmt.AliasDef ad && aliases && !isTraitComposition(ad)) {
                    declareAliasOrDefer(ad, deferredAliases);
                } else if (!(s instanceof Stmt.AliasDef) && !aliases) {
                    declareReported(s);
                }
            }
        }
        // (an instance of a template, made by an alias such as `alias F32 = Complex[DType.float32]`, is complete already)
        for (StructType st : new ArrayList<>(moduleScope.structs)) {
            if (!st.typeArgs.isEmpty()) {
                continue;
            }
            try {
                signatures.declareMembers(st);
            } catch (CompileError e) {
                // reported
            }
        }
        for (Function f : new ArrayList<>(moduleScope.allFunctions)) {
            try {
                signatures.resolveSignature(f);
            } catch (CompileError e) {
                f.resultType = Types.ERROR;
            }
        }
        for (Stmt.AliasDef ad : deferredAliases) {
            declareReported(ad);
        }
        for (StructType st : new ArrayList<>(moduleScope.structs)) {
            if (!st.typeArgs.isEmpty()) {
                continue;
            }
            signatures.finishLifecycle(st);
        }
        // Checking a body may instantiate generic functions, which adds them to the list: check those too.
        for (int i = 0; i < moduleScope.allFunctions.size(); i++) {
            checkBody(moduleScope.allFunctions.get(i));
        }
        Function main = null;
        List<Function> mains = moduleScope.functions.get("main");
        if (mains != null && !mains.isEmpty()) {
            main = mains.get(0);
            if (!main.params.isEmpty()) {
                diagnostics.error(main.pos, "function 'main' must not take arguments");
            }
        }
        // Intrinsic declarations have no code to run; the library functions this program imports do.
        List<Function> functions = new ArrayList<>();
        for (Function f : moduleScope.allFunctions) {
            if (!f.isBuiltIn()) {
                functions.add(f);
            }
        }
        functions.addAll(moduleScope.libraryFunctions);
        return new Program(functions, main);
    }

    /**
     * Checks f's body unless that was done: in order, or earlier when a constant needs what f returns
     * (a constraint calling a generic function of the instance being checked).
     */
    void checkBody(Function f) {
        if (f.body == null && f.syntax != null && f.resultType != Types.ERROR && !f.isBuiltIn() && checking.add(f)) {
            try {
                // (the types a body names are resolved in its own module: a library template's in the library's)
                resolver.within(namespaceOf(f), f.typeArgs, () -> {
                    new FunctionChecker(this, f).checkBody();
                    return null;
                });
            } finally {
                checking.remove(f);
            }
        }
    }

    /** The functions whose bodies are being checked (a body may need another's constant result first, never its own). */
    private final Set<Function> checking = new HashSet<>();

    Type resolveType(Expr e, Map<String, Type> typeParams, StructType self) {
        return resolver.resolveType(e, typeParams, self);
    }

    /** Resolves a type in a function body, where local aliases and value parameters ({@code width}) are compile-time constants. */
    Type resolveType(Expr e, Map<String, Type> typeParams, StructType self, Map<String, Object> constants) {
        return resolver.withConstants(constants, () -> resolver.resolveType(e, typeParams, self));
    }

    List<Trait> traitBounds(Expr annotation) {
        return resolver.traitBounds(annotation);
    }

    /** Whether an argument of type {@code actual} fits an automatically parameterized argument of {@code template}. */
    boolean matchesUnbound(Function template, Expr declared, Type actual) {
        return resolver.within(namespaceOf(template), template.typeArgs, () -> resolver.matchesUnbound(declared, actual));
    }

    Object resolveParameterDefault(StructTemplate template, Stmt.TypeParam param) {
        return resolver.parameterDefault(template, param);
    }

    boolean conforms(Type t, Trait trait) {
        return resolver.conforms(t, trait);
    }

    StructType instantiateStruct(StructTemplate template, List<Object> args, SourcePos pos) {
        return signatures.instantiateStruct(template, args, pos);
    }

    Function declareNested(Stmt.FunctionDef fd, Function enclosing, Map<String, Object> captured) {
        return signatures.declareNested(fd, enclosing, captured);
    }

    /**
     * The module-level functions of the program's module (not generic ones, methods or nested
     * functions), in the order they are declared: what {@code __functions_in_module()} gives.
     */
    List<Function> moduleFunctions() {
        List<Function> functions = new ArrayList<>();
        for (Function f : moduleScope.allFunctions) {
            if (f.module == null && f.owner == null && globals.get(f.name) instanceof List<?> overloads && overloads.contains(f)) {
                functions.add(f);
            }
        }
        return functions;
    }

    /** The module-level names a function's body sees: its own module's (a library function's are the library module's). */
    Map<String, Object> namespaceOf(Function f) {
        return moduleScope.namespace(f == null ? null : f.module);
    }

    /** The library methods {@code name} of a built-in type declared in {@code module}; the module's code joins the program. */
    /**
     * A declaration of a standard-library module that the language itself refers to (the Set a set
     * literal makes), whether or not the program imports it; its module joins the program.
     */
    Object libraryMember(String module, String name) {
        if (module.equals(moduleScope.library)) {
            return globals.get(name);
        }
        Map<String, Object> members = moduleScope.standardModule(module);
        return members == null ? null : members.get(name);
    }

    /** A private declaration of a standard-library module that the language itself uses (hashlib's default hashing); its module joins the program. */
    Object libraryInternal(String module, String name) {
        if (module.equals(moduleScope.library)) {
            return globals.get(name);
        }
        moduleScope.standardModule(module);
        StandardLibrary.Module declared = StandardLibrary.module(module);
        return declared == null ? null : declared.globals().get(name);
    }

    List<Function> libraryMethods(String module, String name) {
        if (module.equals(moduleScope.library)) {
            return StandardLibrary.methodsIn(globals, name); // the module being checked calls its own methods
        }
        moduleScope.standardModule(module);
        return StandardLibrary.methodsOf(module, name);
    }

    /** The module-level names of a module: this one's (null) or a library module's. */
    Map<String, Object> namespaceOf(String module) {
        return moduleScope.namespace(module);
    }

    /** The names of a standard module this program imports (its library functions join the program), or null. */
    Map<String, Object> standardModule(String name) {
        return moduleScope.standardModule(name);
    }

    StructType sourceLocationType() {
        return moduleScope.sourceLocationType();
    }

    Function instantiate(Function template, Map<String, Object> args, List<Object> key, boolean tentative) {
        return signatures.instantiate(template, args, key, tentative);
    }

    void confirm(Function instance) {
        signatures.confirm(instance);
    }
}

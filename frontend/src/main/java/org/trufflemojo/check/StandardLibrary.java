package org.trufflemojo.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;

import org.trufflemojo.ownership.OwnershipChecker;
import org.trufflemojo.parser.Parser;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Program;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/**
 * The standard library's modules written in Mojo, shipped as resources of this jar
 * ({@code org/trufflemojo/std/math.mojo} is {@code math}). Each module is parsed and checked once
 * per process, on its first import, and shared by every program that imports it: its declarations
 * are immutable once checked (a program's instances of its generic functions are the program's own).
 */
public final class StandardLibrary {
    private static final String ROOT = "/org/trufflemojo/std/";
    /** Checked modules by name (empty: no such module); guarded by the class, as a module's check may load another. */
    private static final Map<String, Optional<Module>> MODULES = new HashMap<>();
    /** The modules being checked now, outermost first. */
    private static final Set<String> LOADING = new LinkedHashSet<>();

    private StandardLibrary() {
    }

    /**
     * A checked library module: the names it exports (its declarations and what it imports by name),
     * its functions with Mojo bodies, which a program that imports the module includes (intrinsic
     * declarations and templates need no code), and all its module-level names, in which its
     * templates are instantiated for a program.
     */
    record Module(String name, Map<String, Object> members, List<Function> functions, Map<String, Object> globals) {
    }

    /** The source text of a library module, or null if the library has no such module. */
    public static String text(String module) {
        String text = resource(module.replace('.', '/') + ".mojo");
        return text != null ? text : resource(module.replace('.', '/') + "/__init__.mojo"); // a package
    }

    private static String resource(String path) {
        try (InputStream in = StandardLibrary.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path a library module's positions refer to, as diagnostics and stack traces name it. */
    public static String path(String module) {
        return "std/" + module.replace('.', '/') + ".mojo";
    }

    /**
     * The parts of a library module kept in modules of their own and loaded only when a program
     * names one of their declarations through it: `from testing import TestSuite` loads
     * testing.suite, while a program that imports only testing's assertions neither checks nor
     * carries the suite (start-up time).
     */
    static List<String> lazyParts(String module) {
        return module.equals("testing") ? List.of("testing.suite") : List.of();
    }

    /** The checked module, or null if the library has no module of that name. */
    static synchronized Module module(String name) {
        Optional<Module> known = MODULES.get(name);
        if (known == null) {
            LOADING.add(name);
            try {
                known = Optional.ofNullable(load(name));
            } finally {
                LOADING.remove(name);
            }
            MODULES.put(name, known);
        }
        return known.orElse(null);
    }

    private static final Map<String, Set<String>> DECLARED_NAMES = new HashMap<>();

    /**
     * The names a library module declares or imports at its top level (what {@link #module} would
     * make its members), read from its parsed text without checking it.
     */
    static synchronized Set<String> declaredNames(String name) {
        return DECLARED_NAMES.computeIfAbsent(name, n -> {
            String text = text(n);
            Set<String> names = new java.util.HashSet<>();
            if (text == null) {
                return names;
            }
            for (Stmt s : Parser.parse(text, new Diagnostics(path(n), text))) {
                switch (s) {
                    case Stmt.FunctionDef fd -> names.add(fd.name());
                    case Stmt.StructDef sd -> names.add(sd.name());
                    case Stmt.TraitDef td -> names.add(td.name());
                    case Stmt.AliasDef ad -> names.add(ad.name());
                    case Stmt.Import im when im.from() -> im.names().forEach(i -> names.add(i.alias() != null ? i.alias() : i.name()));
                    default -> {
                    }
                }
            }
            return names;
        });
    }

    /** Whether the module is being checked (by this thread, which holds the lock): it is importing what asks. */
    static synchronized boolean isLoading(String name) {
        return LOADING.contains(name);
    }

    /**
     * The library methods {@code name} (overloads) of a built-in type, declared in its module
     * ({@code builtin.list}, ...) as functions whose first parameter is {@code self}; empty if none.
     */
    static List<Function> methodsOf(String moduleName, String name) {
        Module module = module(moduleName);
        // (a method's own name may start with an underscore, as SIMD's _dynamic_shuffle does)
        return module == null ? List.of() : methodsIn(name.startsWith("_") ? module.globals() : module.members(), name);
    }

    /** The functions (overloads) {@code name} among a library module's names; empty if none. */
    static List<Function> functionsIn(Map<String, Object> names, String name) {
        List<Function> functions = new ArrayList<>();
        if (names != null && names.get(name) instanceof List<?> overloads) {
            for (Object o : overloads) {
                if (o instanceof Function f) {
                    functions.add(f);
                }
            }
        }
        return functions;
    }

    /** The methods {@code name} of a built-in type among a library module's names. */
    static List<Function> methodsIn(Map<String, Object> names, String name) {
        if (!(names.get(name) instanceof List<?> overloads)) {
            return List.of();
        }
        List<Function> methods = new ArrayList<>();
        for (Object o : overloads) {
            if (o instanceof Function f && f.extendsBuiltin) {
                methods.add(f);
            }
        }
        return methods;
    }

    /** The library module that declares the methods of a built-in type, or null. */
    static String moduleOf(Type t) {
        if (t instanceof PointerType) {
            return "builtin.unsafe_pointer";
        }
        if (t instanceof ListType) {
            return "builtin.list";
        }
        if (t instanceof BoxType) {
            return "builtin.box";
        }
        if (t instanceof OptionalType) {
            return "builtin.optional";
        }
        if (t instanceof DictType) {
            return "builtin.dict";
        }
        if (t instanceof VectorType) {
            return "builtin.simd";
        }
        if (t == Types.STRING || t == Types.STRING_LITERAL) {
            return "builtin.string";
        }
        if (t == Types.INT) {
            return "builtin.int";
        }
        if (t == Types.BOOL) {
            return "builtin.bool";
        }
        return null;
    }

    /** The library module that declares the methods called on a value of type t: a scalar's are SIMD's. */
    static String methodsModuleOf(Type t) {
        return t instanceof ScalarType || t == Types.FLOAT64 ? "builtin.simd" : moduleOf(t);
    }

    private static Module load(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        Diagnostics diagnostics = new Diagnostics(path(name), text);
        List<Stmt> parsed = Parser.parse(text, diagnostics);
        TypeChecker checker = new TypeChecker(diagnostics, ModuleLoader.NONE, name);
        Program program = diagnostics.hasErrors() ? null : checker.check(parsed);
        if (program != null && !diagnostics.hasErrors()) {
            new OwnershipChecker(diagnostics).check(program);
        }
        if (diagnostics.hasErrors()) {
            // The library is part of this implementation: an error in it is a bug here, not in the program.
            throw new IllegalStateException("the standard library module '" + name + "' does not compile:\n" + diagnostics.render());
        }
        Map<String, Object> members = new LinkedHashMap<>();
        for (Stmt s : parsed) {
            String declared = switch (s) {
                case Stmt.FunctionDef fd -> fd.name();
                case Stmt.StructDef sd -> sd.name();
                case Stmt.TraitDef td -> td.name();
                case Stmt.AliasDef ad -> ad.name();
                default -> null;
            };
            if (declared != null && (!declared.startsWith("_") || declared.startsWith("__"))) {
                members.put(declared, checker.globals.get(declared));
            }
            if (s instanceof Stmt.Import im && im.from()) {
                // `from collections.deque import Deque` in a package's __init__: re-exported
                for (Stmt.ImportName n : im.names()) {
                    String bound = n.alias() != null ? n.alias() : n.name();
                    if (checker.globals.containsKey(bound)) {
                        members.put(bound, checker.globals.get(bound));
                    }
                }
            }
        }
        List<Function> functions = program.functions().stream().filter(f -> !f.isBuiltIn()).toList();
        return new Module(name, members, functions, checker.globals);
    }
}

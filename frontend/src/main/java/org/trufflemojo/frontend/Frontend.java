package org.trufflemojo.frontend;

import java.util.Map;

import org.trufflemojo.check.StandardLibrary;
import org.trufflemojo.check.TypeChecker;
import org.trufflemojo.ownership.LifetimePlan;
import org.trufflemojo.ownership.OwnershipChecker;
import org.trufflemojo.parser.Parser;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.typed.Program;

/**
 * The front end of the pipeline, free of Truffle: parse, resolve and type-check, then the ownership
 * check. Everything a program can be rejected for is found here, before any node is built.
 */
public final class Frontend {
    private Frontend() {
    }

    /**
     * The result of compiling one file: its diagnostics (errors, warnings), and when there is no
     * error, the typed program and its lifetime plan.
     */
    public record Result(Diagnostics diagnostics, Program program, LifetimePlan plan) {
        public boolean hasErrors() {
            return diagnostics.hasErrors();
        }
    }

    /** The source text of a standard-library module, or null if there is none. */
    public static String libraryText(String module) {
        return StandardLibrary.text(module);
    }

    /** The path by which a standard-library module's positions are named. */
    public static String libraryPath(String module) {
        return StandardLibrary.path(module);
    }

    /** The compile error of a program too deeply nested for the compiler's recursive passes. */
    public static final String TOO_DEEP = "program too deeply nested to compile (an expression, a chain of operators or blocks thousands of levels deep)";

    public static Result compile(String fileName, CharSequence text, ModuleLoader modules) {
        return compile(fileName, text, modules, null);
    }

    public static Result compile(String fileName, CharSequence text, ModuleLoader modules, Dialect dialect) {
        return compile(fileName, text, modules, dialect, Map.of());
    }

    /**
     * Compiles a file written in the given dialect, or (null) in the one its spellings show, with
     * the compile-time defines given ({@code -D NAME=VALUE}).
     */
    public static Result compile(String fileName, CharSequence text, ModuleLoader modules, Dialect dialect, Map<String, String> defines) {
        Diagnostics diagnostics = new Diagnostics(fileName, text);
        Program program = null;
        LifetimePlan plan = null;
        try {
            Parser.ParsedFile module = Parser.parseFile(text.toString(), diagnostics, dialect);
            diagnostics.spellMessages(module.dialect()::spellTypes);
            if (!diagnostics.hasErrors()) {
                program = new TypeChecker(diagnostics, modules).inDialect(module.dialect()).withDefines(defines).check(module.statements());
            }
            if (program != null && !diagnostics.hasErrors()) {
                plan = new OwnershipChecker(diagnostics).check(program);
            }
        } catch (CompileError e) {
            // already reported in diagnostics
        } catch (StackOverflowError e) {
            // The parser stops nesting at TokenCursor.MAX_NESTING levels; a structure it builds without
            // nesting (a chain of thousands of operators) can still be too deep for the later passes.
            diagnostics.error(new SourcePos(1, 1, 0), TOO_DEEP);
        }
        boolean ok = !diagnostics.hasErrors();
        return new Result(diagnostics, ok ? program : null, ok ? plan : null);
    }
}

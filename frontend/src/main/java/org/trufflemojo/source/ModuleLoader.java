package org.trufflemojo.source;

/** Finds the source of a user module by its dotted name ({@code a.b} is {@code a/b.mojo} or {@code a/b/__init__.mojo}). */
@FunctionalInterface
public interface ModuleLoader {
    /** A loader for programs that have no directory (a REPL entry, a string): no user module exists. */
    ModuleLoader NONE = module -> null;

    /** The module's file, or null if there is none. */
    SourceFile load(String module);

    /** A source file: its path (as diagnostics name it) and its text. */
    record SourceFile(String path, String text) {
    }
}

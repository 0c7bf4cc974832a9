package org.trufflemojo.launcher;

import java.io.PrintStream;

/**
 * The help of the {@code mojo} command, written for Mojo programmers: commands, Mojo's own options
 * and examples. The options of Truffle, the JIT compiler, the tools and the host VM (which
 * launcher-common lists) are one {@code --help:all} away, so they do not bury the few a Mojo
 * programmer uses.
 */
final class MojoHelp {
    private MojoHelp() {
    }

    static final String VERSION = "mojo 25.5 (TruffleMojo 0.1.0, GraalVM Truffle 25.0.1)";

    private static final String OPTIONS = """
                      -I DIR                    also look for imported modules in DIR (after the program's own directory)
                      -D KEY[=VALUE]            a compile-time define, read with sys.param_env (is_defined, env_get_int, ...);
                                                -D ASSERT=all runs assert statements
                      -Werror                   treat compile warnings as errors
                      --disable-warnings        do not print compile warnings
                      -O, -O0..-O3, -g          accepted for compatibility: the Graal JIT decides what to optimize
                      --mojo-version=25|1       the Mojo dialect (default: told from the program's spellings);
                                                1 also warns of each 25.x spelling that Mojo 1.x deprecates
                      --mojo.CheckMemory        check every native-memory access and free, report leaks at exit (slower)
                      --mojo.PrintLifetimePlan  print where values are copied, moved and destroyed instead of running
                    """;

    private static final String TOOLS = """
                      --engine.TraceCompilation print each Graal JIT compilation
                      tool options              those of the installed Truffle tools (--cpusampler, --inspect, ...):
                                                mojo --help:tools
                      --help:all                every option of the Truffle engine, the JIT compiler, the tools and
                                                the host VM (also --help:engine, --help:compiler, --help:vm, --help:mojo)
                    """;

    private static final String ENVIRONMENT = """
                      MOJO_JIT=0                interpreter only (no Graal JIT)
                      MOJO_PYTHON=1             GraalPy on the module path, for `from python import Python`
                      MOJO_AOT=0                do not use the start-up (AOT) cache
                      NO_COLOR=1                no colours (colours are only ever written to a terminal)
                    """;

    static void printGeneral(PrintStream out, Style style) {
        out.println(style.bold("Usage:") + " mojo [COMMAND] [OPTIONS...] [FILE.mojo [ARGS...]]");
        out.println();
        out.println("Runs Mojo programs on GraalVM Truffle: a program's types and ownership are checked before it runs.");
        out.println();
        out.println(style.bold("Commands:"));
        out.print("""
                          run FILE.mojo [ARGS...]   run a program's main function; ARGS are the program's (sys.argv());
                                                    `mojo FILE.mojo [ARGS...]` is the same
                          repl                      an interactive session (also `mojo` alone); line editing and history
                                                    (~/.mojo_history) on a terminal, plain lines from a pipe
                          test [PATH...]            run the test_* functions of the test_*.mojo files under each PATH
                                                    (default: .); --filter REGEX picks tests by name
                          --version, -v             print the version and exit
                          --help, -h                print this help; `mojo COMMAND --help` for one command
                        """);
        out.println();
        out.println(style.bold("Options") + " (before FILE: everything after it is the program's):");
        out.print(OPTIONS);
        out.println();
        out.println(style.bold("Tools and engine:"));
        out.print(TOOLS);
        out.println();
        out.println(style.bold("Environment:"));
        out.print(ENVIRONMENT);
        out.println();
        out.println(style.bold("Examples:"));
        out.print("""
                          mojo hello.mojo
                          mojo run wc.mojo --lines notes.txt       (sys.argv(): wc.mojo's path, "--lines", "notes.txt")
                          mojo -I lib -D SIZE=64 main.mojo
                          mojo test tests/ --filter string
                          mojo repl
                        """);
        out.println();
        printExitStatus(out, style);
    }

    static void printRun(PrintStream out, Style style) {
        out.println(style.bold("Usage:") + " mojo run [OPTIONS...] FILE.mojo [ARGS...]");
        out.println();
        out.println("Checks FILE.mojo (syntax, types, ownership: every error of the file is reported) and, if it is");
        out.println("accepted, runs its main function with the Graal JIT. ARGS are the program's: sys.argv() is");
        out.println("FILE.mojo's path, then ARGS. `mojo FILE.mojo [ARGS...]` is the same.");
        out.println();
        out.println(style.bold("Options") + " (before FILE):");
        out.print(OPTIONS);
        out.print(TOOLS);
        out.println();
        out.println(style.bold("Examples:"));
        out.print("""
                          mojo run hello.mojo
                          mojo run -Werror --mojo-version=1 app.mojo input.txt
                          mojo run --engine.TraceCompilation fib.mojo
                        """);
        out.println();
        printExitStatus(out, style);
    }

    static void printRepl(PrintStream out, Style style) {
        out.println(style.bold("Usage:") + " mojo repl [OPTIONS...]");
        out.println();
        out.print("""
                        An interactive session. Each entry is a declaration (fn, def, struct, trait, alias, comptime,
                        import) or statements of main; definitions and variables persist, ownership is checked across
                        entries (a moved variable stays moved), an expression's value is shown, and an error is reported
                        without ending the session. A line ending in ':' opens a block that a blank line closes.
                        On a terminal: line editing, and history kept in ~/.mojo_history (MOJO_HISTORY=FILE to move it).
                        From a pipe: plain lines, the same rules. Ctrl-D (end of input) ends the session.
                        """);
        out.println();
        out.println(style.bold("Options:"));
        out.print(OPTIONS);
    }

    static void printTest(PrintStream out, Style style) {
        out.println(style.bold("Usage:") + " mojo test [OPTIONS...] [PATH...] [--filter REGEX]");
        out.println();
        out.print("""
                        Finds the test_*.mojo files under each PATH (default: .; a file is taken as given), runs each of
                        their test_* functions on its own, prints PASS or FAIL for each (a failure with its message),
                        then "N passed, M failed". Exit status 0 when every test passed, else 1.
                        """);
        out.println();
        out.println(style.bold("Options:"));
        out.println("  --filter REGEX            run only the tests whose name matches REGEX");
        out.print(OPTIONS);
    }

    private static void printExitStatus(PrintStream out, Style style) {
        out.println(style.bold("Exit status:") + " 0 success; 1 a compile error or an uncaught error; N from sys.exit(N);");
        out.println("2 a command-line error.");
    }
}

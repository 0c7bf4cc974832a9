package org.trufflemojo.launcher;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code mojo} command: {@code mojo [run] FILE.mojo [ARGS...]}. Engine and language options
 * ({@code --engine.TraceCompilation}, {@code --mojo.*}) are handled by the launcher framework.
 */
public final class MojoLauncher extends AbstractLanguageLauncher {
    private static final String LANGUAGE_ID = "mojo";

    private String file;
    private final List<String> programArguments = new ArrayList<>();
    private boolean versionRequested;
    /** {@code mojo test [PATH...]}: the paths (null: not a test run) and the --filter on test names. */
    private List<String> testPaths;
    private java.util.regex.Pattern testFilter;

    public static void main(String[] args) {
        new MojoLauncher().launch(args);
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (file != null) {
                programArguments.add(arg);
            } else if (arg.equals("--version") || arg.equals("-v")) {
                versionRequested = true;
            } else if (arg.equals("test") && file == null && testPaths == null) {
                testPaths = new ArrayList<>(); // mojo test [PATH...] [--filter REGEX]
            } else if (testPaths != null && arg.equals("--filter") && i + 1 < arguments.size()) {
                testFilter = java.util.regex.Pattern.compile(arguments.get(++i));
            } else if (testPaths != null && !arg.startsWith("-")) {
                testPaths.add(arg);
            } else if (arg.equals("run") && file == null && i + 1 < arguments.size()) {
                continue;
            } else if (arg.equals("-D") && i + 1 < arguments.size() || arg.startsWith("-D") && arg.length() > 2) {
                // -D NAME=VALUE, -DNAME=VALUE, -DNAME: compile-time defines (sys.param_env, sys.defines, -D ASSERT=all)
                String define = arg.equals("-D") ? arguments.get(++i) : arg.substring(2);
                String previous = polyglotOptions.get("mojo.Define");
                polyglotOptions.put("mojo.Define", previous == null ? define : previous + "\n" + define);
            } else if (arg.equals("--disable-warnings")) {
                polyglotOptions.put("mojo.Warnings", "none");
            } else if (arg.equals("-Werror") || arg.equals("--warnings-as-errors")) {
                polyglotOptions.put("mojo.Warnings", "error");
            } else if (arg.matches("-O[0-3]?|-g[0-3]?|--debug-level=.*|--no-optimization")) {
                continue; // accepted as Mojo's CLI does: the JIT decides what to optimize here
            } else if (arg.startsWith("--mojo-version=")) {
                polyglotOptions.put("mojo.MojoVersion", arg.substring("--mojo-version=".length()));
            } else if (arg.equals("repl") && file == null) {
                continue; // (the REPL is what runs without a file)
            } else if (arg.startsWith("-")) {
                unrecognized.add(arg);
            } else {
                file = arg;
            }
        }
        return unrecognized;
    }

    @Override
    protected void launch(Context.Builder contextBuilder) {
        if (versionRequested) {
            println("mojo " + "25.5 (TruffleMojo 0.1.0, GraalVM Truffle 25.0.1)");
            throw exit(0);
        }
        contextBuilder.allowPolyglotAccess(PolyglotAccess.ALL); // `from python import Python`, in programs and the REPL
        if (testPaths != null) {
            throw exit(new MojoTestRunner(contextBuilder::build, new java.io.PrintStream(getOutput(), true)).run(testPaths, testFilter));
        }
        if (file == null) {
            // `mojo` alone (or `mojo repl`) is the REPL, also when statements arrive on a pipe
            throw exit(new MojoRepl(contextBuilder, getOutput(), getError()).run(new java.io.BufferedReader(
                            new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))));
        }
        contextBuilder.arguments(LANGUAGE_ID, programArguments.toArray(new String[0]));
        int status;
        try (Context context = contextBuilder.build()) {
            status = run(context);
        }
        throw exit(status);
    }

    private int run(Context context) {
        Source source;
        try {
            source = Source.newBuilder(LANGUAGE_ID, new File(file)).build();
        } catch (IOException e) {
            getError().println("mojo: error: cannot read '" + file + "': " + e.getMessage());
            return 1;
        }
        try {
            context.eval(source).execute(); // evaluating gives the module; executing it runs main
            return 0;
        } catch (PolyglotException e) {
            return report(e);
        }
    }

    private int report(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInternalError()) {
            // A bug in TruffleMojo, not in the program: say so plainly; the Java trace only on request.
            getError().println("mojo: internal error: " + e.getMessage() + " (this is a TruffleMojo bug; run with MOJO_DEBUG=1 for details)");
            if (System.getenv("MOJO_DEBUG") != null) {
                e.printStackTrace(getError());
            }
            return 70;
        }
        if (e.isSyntaxError()) {
            getError().print(e.getMessage());
            return 1;
        }
        if (e.isGuestException() && e.getMessage() != null && e.getMessage().contains(": error: ")) {
            getError().println(e.getMessage()); // a run-time error, already rendered with its location
            return 1;
        }
        getError().println("Unhandled exception caught during execution: " + e.getMessage());
        if (System.getenv("MOJO_DEBUG") != null) {
            e.printStackTrace(getError());
        }
        return 1;
    }

    @Override
    protected String getLanguageId() {
        return LANGUAGE_ID;
    }

    /** Every installed language, not Mojo alone: a program may use Python (GraalPy, when it is on the module path). */
    @Override
    protected String[] getDefaultLanguages() {
        return new String[0];
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        println("usage: mojo [run] [OPTION...] FILE.mojo [ARGS...]");
        println("");
        println("Runs a Mojo program on GraalVM Truffle.");
        println("");
        println("  --version                 print the version and exit");
        println("  mojo test [PATH...] [--filter REGEX]   runs the test_* functions of the test_*.mojo files under each PATH");
        println("  --disable-warnings        do not print compile warnings;  -Werror  make them errors;  -O, -g  accepted");
        println("  -D NAME[=VALUE]           a compile-time define (sys.param_env.is_defined, env_get_int, ...; -D ASSERT=all runs assert statements)");
        println("  --mojo-version=25|1       the Mojo the program is written in (default: told from the program);");
        println("                            1 warns of each 25.x spelling that Mojo 1.x deprecates");
        println("  --engine.TraceCompilation print each Graal compilation");
    }

    @Override
    protected void collectArguments(Set<String> options) {
        options.add("--version");
        options.add("--mojo-version=");
    }
}

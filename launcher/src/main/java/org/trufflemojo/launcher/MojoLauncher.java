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
 * The {@code mojo} command: {@code mojo [run] FILE.mojo [ARGS...]}, {@code mojo repl},
 * {@code mojo test}; its help is {@link MojoHelp}. Engine, tool and language options
 * ({@code --engine.TraceCompilation}, {@code --mojo.*}) are handled by the launcher framework.
 */
public final class MojoLauncher extends AbstractLanguageLauncher {
    private static final String LANGUAGE_ID = "mojo";

    private String file;
    private final List<String> programArguments = new ArrayList<>();
    private boolean versionRequested;
    /** {@code --help} or {@code -h}: the help of {@link #command} (or the general one) is printed instead of running. */
    private boolean helpRequested;
    /** The command word given before any file: run, repl or test (null: none, which means run with a file, else repl). */
    private String command;
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
            } else if (arg.equals("--help") || arg.equals("-h")) {
                helpRequested = true;
            } else if (arg.equals("--version") || arg.equals("-v")) {
                versionRequested = true;
            } else if (command == null && (arg.equals("run") || arg.equals("repl") || arg.equals("test"))) {
                command = arg;
                if (arg.equals("test")) {
                    testPaths = new ArrayList<>(); // mojo test [PATH...] [--filter REGEX]
                }
            } else if (testPaths != null && arg.equals("--filter") && i + 1 < arguments.size()) {
                String filter = arguments.get(++i);
                try {
                    testFilter = java.util.regex.Pattern.compile(filter);
                } catch (java.util.regex.PatternSyntaxException e) {
                    getError().println("mojo: error: --filter '" + filter + "' is not a regular expression: " + e.getDescription());
                    throw exit(2);
                }
            } else if (testPaths != null && !arg.startsWith("-")) {
                testPaths.add(arg);
            } else if (arg.equals("-D") && i + 1 < arguments.size() || arg.startsWith("-D") && arg.length() > 2) {
                // -D NAME=VALUE, -DNAME=VALUE, -DNAME: compile-time defines (sys.param_env, sys.defines, -D ASSERT=all)
                String define = arg.equals("-D") ? arguments.get(++i) : arg.substring(2);
                appendLine(polyglotOptions, "mojo.Define", define);
            } else if (arg.equals("-I") && i + 1 < arguments.size() || arg.startsWith("-I") && arg.length() > 2) {
                // -I DIR, -IDIR: where imported modules are looked for, after the program's own directory
                String directory = arg.equals("-I") ? arguments.get(++i) : arg.substring(2);
                appendLine(polyglotOptions, "mojo.ImportPath", new File(directory).getAbsolutePath());
            } else if (arg.equals("--disable-warnings")) {
                polyglotOptions.put("mojo.Warnings", "none");
            } else if (arg.equals("-Werror") || arg.equals("--warnings-as-errors")) {
                polyglotOptions.put("mojo.Warnings", "error");
            } else if (arg.matches("-O[0-3]?|-g[0-3]?|--debug-level=.*|--no-optimization")) {
                continue; // accepted as Mojo's CLI does: the JIT decides what to optimize here
            } else if (arg.startsWith("--mojo-version=")) {
                polyglotOptions.put("mojo.MojoVersion", arg.substring("--mojo-version=".length()));
            } else if (arg.startsWith("-")) {
                unrecognized.add(arg);
            } else if (command != null && command.equals("repl")) {
                getError().println("mojo: error: 'mojo repl' takes no file (to run it: mojo run " + arg + ")");
                throw exit(2);
            } else {
                file = arg;
            }
        }
        return unrecognized;
    }

    private static void appendLine(Map<String, String> polyglotOptions, String option, String value) {
        String previous = polyglotOptions.get(option);
        polyglotOptions.put(option, previous == null ? value : previous + "\n" + value);
    }

    @Override
    protected void launch(Context.Builder contextBuilder) {
        try {
            launchCommand(contextBuilder);
        } catch (AbortException e) {
            throw e; // (an exit with its status)
        } catch (RuntimeException | Error e) {
            // launcher-common would print the Java stack trace: a bug in TruffleMojo is one line instead
            getError().println("mojo: internal error: " + e + " (this is a TruffleMojo bug; run with MOJO_DEBUG=1 for details)");
            if (System.getenv("MOJO_DEBUG") != null) {
                e.printStackTrace(getError());
            }
            throw exit(70);
        }
    }

    private void launchCommand(Context.Builder contextBuilder) {
        if (helpRequested) {
            printCommandHelp();
            throw exit(0);
        }
        if (versionRequested) {
            println(MojoHelp.VERSION);
            throw exit(0);
        }
        contextBuilder.allowPolyglotAccess(PolyglotAccess.ALL); // `from python import Python`, in programs and the REPL
        if (errorStyle.enabled()) {
            contextBuilder.err(errorStyle.diagnosticStream(System.err)); // compile warnings, coloured on a terminal
        }
        if (testPaths != null) {
            throw exit(new MojoTestRunner(contextBuilder::build, new java.io.PrintStream(getOutput(), true)).run(testPaths, testFilter));
        }
        if (file == null && "run".equals(command)) {
            getError().println("mojo: error: 'mojo run' needs a FILE.mojo (mojo run --help)");
            throw exit(2);
        }
        if (file == null) {
            // `mojo` alone (or `mojo repl`) is the REPL, also when statements arrive on a pipe
            MojoRepl repl = new MojoRepl(contextBuilder, getOutput(), getError(), errorStyle);
            throw exit(MojoRepl.interactive() ? repl.runInteractive() : repl.run(new java.io.BufferedReader(
                            new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))));
        }
        contextBuilder.arguments(LANGUAGE_ID, programArguments.toArray(new String[0]));
        int status;
        InterruptHandler interrupts = new InterruptHandler();
        try (Context context = contextBuilder.build()) {
            interrupts.install(context);
            status = run(context);
        } catch (PolyglotException | IllegalStateException e) {
            if (!interrupts.interrupted()) {
                throw e;
            }
            status = InterruptHandler.EXIT_STATUS; // (closing the context that Ctrl-C cancelled)
        }
        throw exit(interrupts.interrupted() ? InterruptHandler.EXIT_STATUS : status);
    }

    private int run(Context context) {
        Source source;
        try {
            source = Source.newBuilder(LANGUAGE_ID, new File(file)).build();
        } catch (java.nio.file.NoSuchFileException e) {
            getError().println("mojo: error: no such file: '" + file + "'");
            return 1;
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

    private final Style errorStyle = Style.of("err");

    private void printCommandHelp() {
        Style style = Style.of("out");
        switch (command == null ? "" : command) {
            case "run" -> MojoHelp.printRun(getOutput(), style);
            case "repl" -> MojoHelp.printRepl(getOutput(), style);
            case "test" -> MojoHelp.printTest(getOutput(), style);
            default -> MojoHelp.printGeneral(getOutput(), style);
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
            getError().print(errorStyle.diagnostics(e.getMessage()));
            return 1;
        }
        if (e.isResourceExhausted()) {
            getError().println(errorStyle.diagnostics(ResourceExhaustion.describe(e)));
            return 1;
        }
        if (e.isCancelled()) {
            return InterruptHandler.EXIT_STATUS; // Ctrl-C
        }
        if (e.isGuestException() && e.getMessage() != null && e.getMessage().contains(": error: ")) {
            getError().println(errorStyle.diagnostics(e.getMessage())); // a run-time error, already rendered with its location
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

    /** Mojo's own help; launcher-common adds the runtime options after it (mojo --help:all). */
    @Override
    protected void printHelp(OptionCategory maxCategory) {
        MojoHelp.printGeneral(getOutput(), Style.of("out"));
        println("");
        println("The options of the Truffle runtime, which every GraalVM language launcher has, follow.");
    }

    @Override
    protected void collectArguments(Set<String> options) {
        options.addAll(List.of("--version", "--help", "--mojo-version=", "--disable-warnings", "-Werror", "-D", "-I", "-O", "-g", "run", "repl", "test"));
    }
}

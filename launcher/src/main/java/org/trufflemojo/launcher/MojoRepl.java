package org.trufflemojo.launcher;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.shadowed.org.jline.reader.EndOfFileException;
import org.graalvm.shadowed.org.jline.reader.LineReader;
import org.graalvm.shadowed.org.jline.reader.LineReaderBuilder;
import org.graalvm.shadowed.org.jline.reader.UserInterruptException;
import org.graalvm.shadowed.org.jline.terminal.Terminal;
import org.graalvm.shadowed.org.jline.terminal.TerminalBuilder;

/**
 * An interactive session. Mojo is compiled, so each entry (a declaration, or statements of
 * {@code main}) extends a program that is checked and run again as a whole; what the run prints
 * beyond what earlier runs printed is shown. An entry that is rejected or fails is reported and
 * dropped; an expression's value is shown.
 * Entries end at a blank line when they open an indented block. On a terminal the lines come from
 * JLine (line editing, history kept in a file); from a pipe, plain lines.
 */
final class MojoRepl {
    private final Context.Builder builder;
    private final PrintStream out;
    private final PrintStream err;
    private final List<String> declarations = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();
    private final Style errorStyle;
    /** How much of the program's (captured) output and error output the user has seen. */
    private int shown;
    private int shownErrors;
    /**
     * The compile warnings shown so far, each counted (without its line number, which moves as the
     * program grows): the whole program is compiled again for every entry, and a warning is shown
     * only the first time its code is entered.
     */
    private final Map<String, Integer> warningsShown = new HashMap<>();
    /** A status from {@code sys.exit(n)} in an entry: the session ends with it. */
    private Integer exitStatus;

    MojoRepl(Context.Builder builder, PrintStream out, PrintStream err, Style errorStyle) {
        this.builder = builder;
        this.out = out;
        this.err = err;
        this.errorStyle = errorStyle;
    }

    /** Where the lines of entries come from: null at the end of input. */
    interface LineSource {
        String readLine(String prompt) throws IOException;
    }

    /** Ctrl-C while typing an entry: the entry is dropped, the session goes on. */
    private static final String CANCELLED = "\u0000cancelled";

    /** Standard input and output are a terminal (the bin/mojo script tells, as for colours). */
    static boolean interactive() {
        String terminals = System.getProperty("mojo.terminal");
        if (terminals != null) {
            return terminals.contains("in") && terminals.contains("out");
        }
        return System.console() != null && System.console().isTerminal();
    }

    /** The history file: MOJO_HISTORY, else ~/.mojo_history. */
    static Path historyFile() {
        String configured = System.getenv("MOJO_HISTORY");
        return configured != null && !configured.isEmpty() ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".mojo_history");
    }

    /** On the process's terminal, through JLine; if no terminal can be opened, plain lines. */
    int runInteractive() {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).name("mojo").build();
        } catch (IOException | RuntimeException e) {
            return run(new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        try (terminal) {
            return run(lineReader(terminal, historyFile()));
        } catch (IOException e) {
            return 0; // (closing the terminal failed: the session is over anyway)
        }
    }

    /** A JLine reader on the terminal with history in the file; no tab completion of file names (a tab indents). */
    static LineReader lineReader(Terminal terminal, Path history) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("mojo")
                        .variable(LineReader.HISTORY_FILE, history)
                        .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                        .variable(LineReader.SECONDARY_PROMPT_PATTERN, ". ")
                        .option(LineReader.Option.INSERT_TAB, true)
                        // a block's indented lines are history too, with their indentation
                        .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                        .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // `!` is Mojo's, not a history reference
                        .build();
        // (JLine attaches the history to the reader at its first readLine; attached now, the earlier
        // sessions' entries are there at once, for Up and Ctrl-R as for a test)
        reader.getHistory().attach(reader);
        return reader;
    }

    /** A session whose lines come from JLine; the history is saved as each line is entered, and at the end. */
    int run(LineReader reader) {
        try {
            return run(prompt -> {
                try {
                    return reader.readLine(prompt);
                } catch (EndOfFileException e) {
                    return null;
                } catch (UserInterruptException e) {
                    return CANCELLED;
                }
            }, false);
        } finally {
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                err.println("mojo: cannot save the history in " + reader.getVariable(LineReader.HISTORY_FILE) + ": " + e.getMessage());
            }
        }
    }

    /** A session on plain lines (a pipe): the prompts are printed as the lines are read. */
    int run(BufferedReader in) {
        return run(prompt -> {
            out.print(prompt);
            out.flush();
            return in.readLine();
        }, true);
    }

    private int run(LineSource in, boolean plain) {
        out.println("TruffleMojo REPL - declarations and statements; a blank line ends a block; Ctrl-D exits.");
        while (exitStatus == null) {
            String entry = readEntry(in);
            if (entry == null) {
                if (!plain) {
                    out.println();
                }
                return 0;
            }
            if (entry.isBlank()) {
                continue;
            }
            boolean declaration = isDeclaration(entry);
            if (!declaration && isExpression(entry)) {
                // an expression's value is shown (`> 1 + 2` prints 3); if it has none that prints, the entry runs as it is
                statements.add(ECHO + "(" + entry.strip() + ")");
                if (evaluate(false)) {
                    continue;
                }
                statements.remove(statements.size() - 1);
            }
            (declaration ? declarations : statements).add(entry);
            if (!evaluate(true)) {
                (declaration ? declarations : statements).remove((declaration ? declarations : statements).size() - 1);
            }
        }
        return exitStatus;
    }

    /** One entry: a line, or a block that a line ending in ':' (or a decorator) opens and a blank line closes. */
    private String readEntry(LineSource in) {
        try {
            String first = in.readLine("> ");
            if (first == null) {
                return null;
            }
            if (first == CANCELLED) {
                return "";
            }
            StringBuilder entry = new StringBuilder(first);
            boolean block = first.strip().endsWith(":") || first.startsWith("@");
            while (block) {
                String line = in.readLine(". ");
                if (line == CANCELLED) {
                    return "";
                }
                if (line == null || line.isBlank()) {
                    break;
                }
                entry.append('\n').append(line);
            }
            return entry.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** The function an expression entry is passed to: it prints the value, but nothing for a call that returns None. */
    private static final String ECHO = "__repl_echo";
    // (def, not fn: Mojo 1.x warns of every fn, and these are the REPL's, not the user's)
    private static final String ECHO_DECLARATIONS = "def " + ECHO + "[T: AnyType](value: T):\n    print(value)\n\n\n"
                    + "def " + ECHO + "(value: NoneType):\n    pass\n\n\n";
    private static final java.util.regex.Pattern ASSIGNMENT = java.util.regex.Pattern.compile("(?<![=!<>])=(?!=)");
    private static final java.util.Set<String> STATEMENT_WORDS = java.util.Set.of("var", "ref", "if", "elif", "else", "for", "while", "return",
                    "pass", "raise", "try", "with", "assert", "break", "continue", "del", "print");

    /** A one-line entry that is an expression, whose value the REPL shows. */
    private static boolean isExpression(String entry) {
        String s = entry.strip();
        String first = s.split("[^A-Za-z0-9_]", 2)[0];
        return !s.contains("\n") && !s.endsWith(":") && !STATEMENT_WORDS.contains(first) && !ASSIGNMENT.matcher(s).find();
    }

    private static boolean isDeclaration(String entry) {
        String s = entry.stripLeading();
        return s.startsWith("fn ") || s.startsWith("def ") || s.startsWith("struct ") || s.startsWith("trait ") || s.startsWith("alias ")
                        || s.startsWith("comptime ") || s.startsWith("from ") || s.startsWith("import ") || s.startsWith("@");
    }

    private String program() {
        StringBuilder sb = new StringBuilder(ECHO_DECLARATIONS);
        for (String d : declarations) {
            sb.append(d).append("\n\n");
        }
        sb.append("def main():\n    pass\n");
        for (String s : statements) {
            for (String line : s.split("\n", -1)) {
                sb.append("    ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Runs the program so far; shows its new output; false if the last entry made it invalid. An
     * entry tried quietly that the checker rejects is not reported (it is tried again as written).
     */
    private boolean evaluate(boolean report) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErrors = new ByteArrayOutputStream();
        try (Context context = builder.out(captured).err(capturedErrors).build()) {
            try {
                context.eval(Source.newBuilder("mojo", program(), "repl.mojo").build()).execute();
                showNew(captured, capturedErrors);
                return true;
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    showNew(captured, capturedErrors);
                    exitStatus = e.getExitStatus();
                    return true;
                }
                if (!report) {
                    return false; // (tried again as written, which reports what is wrong)
                }
                // What ran before still runs as it did: the new entry failed, so it is shown failing and
                // dropped (kept, it would fail every later entry); its partial output is not counted.
                int before = shown;
                int errorsBefore = shownErrors;
                showNew(captured, capturedErrors);
                shown = before;
                shownErrors = errorsBefore;
                if (e.isSyntaxError() || e.getMessage().contains(": error: ")) {
                    // (the compile's diagnostics include its warnings: those shown already are left out)
                    err.println(errorStyle.diagnostics(withoutShownWarnings(e.getMessage()).stripTrailing()));
                } else if (e.isResourceExhausted()) {
                    err.println(errorStyle.diagnostics(ResourceExhaustion.describe(e)));
                } else {
                    err.println("Unhandled exception caught during execution: " + e.getMessage());
                }
                return false;
            }
        } catch (IOException e) {
            err.println("mojo: " + e.getMessage());
            return false;
        }
    }

    /** A compile warning as the language writes it: position, message, source line, caret line. */
    private static final Pattern WARNING = Pattern.compile("repl\\.mojo:\\d+:\\d+: (warning: [^\n]*\n[^\n]*\n[ ~^]*\n)");

    /**
     * Shows what this run printed beyond what earlier runs printed, and the compile warnings not
     * shown before (they come first in the error output, written as the program was compiled).
     */
    private void showNew(ByteArrayOutputStream captured, ByteArrayOutputStream capturedErrors) {
        String errors = capturedErrors.toString(StandardCharsets.UTF_8);
        Matcher warning = WARNING.matcher(errors);
        int programErrorsStart = 0;
        while (warning.find(programErrorsStart) && warning.start() == programErrorsStart) {
            programErrorsStart = warning.end();
        }
        String newWarnings = withoutShownWarnings(errors.substring(0, programErrorsStart));
        if (!newWarnings.isEmpty()) {
            err.print(errorStyle.diagnostics(newWarnings));
            err.flush();
        }
        String programErrors = errors.substring(programErrorsStart);
        if (programErrors.length() > shownErrors) {
            err.print(programErrors.substring(shownErrors));
            err.flush();
        }
        shownErrors = Math.max(shownErrors, programErrors.length());
        showNew(captured);
    }

    /** The diagnostics without the warnings shown before; the others are counted as shown now. */
    private String withoutShownWarnings(String diagnostics) {
        Map<String, Integer> seen = new HashMap<>();
        StringBuilder result = new StringBuilder();
        Matcher warning = WARNING.matcher(diagnostics);
        int last = 0;
        while (warning.find()) {
            result.append(diagnostics, last, warning.start());
            String key = warning.group(1);
            int count = seen.merge(key, 1, Integer::sum);
            if (count > warningsShown.getOrDefault(key, 0)) {
                warningsShown.put(key, count);
                result.append(warning.group());
            }
            last = warning.end();
        }
        return result.append(diagnostics.substring(last)).toString();
    }

    private void showNew(ByteArrayOutputStream captured) {
        String all = captured.toString(StandardCharsets.UTF_8);
        if (all.length() > shown) {
            out.print(all.substring(shown));
            out.flush();
        }
        shown = Math.max(shown, all.length());
    }
}

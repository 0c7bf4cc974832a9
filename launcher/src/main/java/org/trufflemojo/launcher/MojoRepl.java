package org.trufflemojo.launcher;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * An interactive session. Mojo is compiled, so each entry (a declaration, or statements of
 * {@code main}) extends a program that is checked and run again as a whole; what the run prints
 * beyond what earlier runs printed is shown. An entry that is rejected or fails is reported and
 * dropped; an expression's value is shown.
 * Entries end at a blank line when they open an indented block.
 */
final class MojoRepl {
    private final Context.Builder builder;
    private final PrintStream out;
    private final PrintStream err;
    private final List<String> declarations = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();
    private int shown;

    MojoRepl(Context.Builder builder, PrintStream out, PrintStream err) {
        this.builder = builder;
        this.out = out;
        this.err = err;
    }

    int run(BufferedReader in) {
        out.println("TruffleMojo REPL - declarations and statements; a blank line ends a block; Ctrl-D exits.");
        while (true) {
            String entry = readEntry(in);
            if (entry == null) {
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
    }

    private String readEntry(BufferedReader in) {
        try {
            out.print("> ");
            out.flush();
            String first = in.readLine();
            if (first == null) {
                return null;
            }
            StringBuilder entry = new StringBuilder(first);
            boolean block = first.strip().endsWith(":") || first.startsWith("@");
            while (block) {
                out.print(". ");
                out.flush();
                String line = in.readLine();
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
    private static final String ECHO_DECLARATIONS = "fn " + ECHO + "[T: AnyType](value: T):\n    print(value)\n\n\n"
                    + "fn " + ECHO + "(value: NoneType):\n    pass\n\n\n";
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
        try (Context context = builder.out(captured).err(err).build()) {
            context.eval(Source.newBuilder("mojo", program(), "repl.mojo").build()).execute();
            showNew(captured);
            return true;
        } catch (PolyglotException e) {
            if (!report) {
                return false; // (tried again as written, which reports what is wrong)
            }
            // What ran before still runs as it did: the new entry failed, so it is shown failing and
            // dropped (kept, it would fail every later entry); its partial output is not counted.
            int before = shown;
            showNew(captured);
            shown = before;
            err.println(e.isSyntaxError() || e.getMessage().contains(": error: ") ? e.getMessage().stripTrailing()
                            : "Unhandled exception caught during execution: " + e.getMessage());
            return false;
        } catch (IOException e) {
            err.println("mojo: " + e.getMessage());
            return false;
        }
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

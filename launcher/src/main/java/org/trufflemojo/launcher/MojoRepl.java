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
 * beyond what earlier runs printed is shown. An entry the checker rejects is reported and dropped.
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
            (declaration ? declarations : statements).add(entry);
            if (!evaluate()) {
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

    private static boolean isDeclaration(String entry) {
        String s = entry.stripLeading();
        return s.startsWith("fn ") || s.startsWith("def ") || s.startsWith("struct ") || s.startsWith("trait ") || s.startsWith("alias ")
                        || s.startsWith("comptime ") || s.startsWith("from ") || s.startsWith("import ") || s.startsWith("@");
    }

    private String program() {
        StringBuilder sb = new StringBuilder();
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

    /** Runs the program so far; shows its new output; false if the last entry made it invalid. */
    private boolean evaluate() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (Context context = builder.out(captured).err(err).build()) {
            context.eval(Source.newBuilder("mojo", program(), "repl.mojo").build()).execute();
            showNew(captured);
            return true;
        } catch (PolyglotException e) {
            showNew(captured);
            err.println(e.isSyntaxError() || e.getMessage().contains(": error: ") ? e.getMessage().stripTrailing()
                            : "Unhandled exception caught during execution: " + e.getMessage());
            return !e.isSyntaxError();
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

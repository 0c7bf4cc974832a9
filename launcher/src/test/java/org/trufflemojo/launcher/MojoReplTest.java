package org.trufflemojo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.shadowed.org.jline.reader.LineReader;
import org.graalvm.shadowed.org.jline.terminal.Terminal;
import org.graalvm.shadowed.org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL's terminal path: JLine reads the entries (here from a dumb terminal over piped
 * streams, as a terminal would deliver the keystrokes) and keeps them in the history file.
 */
class MojoReplTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    /** Runs a session on the typed text; returns its exit status. */
    private int session(String typed, Path history, Context.Builder builder) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
                        .streams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream()).build()) {
            LineReader reader = MojoRepl.lineReader(terminal, history);
            MojoRepl repl = new MojoRepl(builder, new PrintStream(output, true, StandardCharsets.UTF_8),
                            new PrintStream(errors, true, StandardCharsets.UTF_8), Style.PLAIN);
            return repl.run(reader);
        }
    }

    private static Context.Builder mojo() {
        return Context.newBuilder("mojo");
    }

    @Test
    void definitionsPersistErrorsDoNotEndTheSessionAndEntriesGoToTheHistoryFile() throws IOException {
        Path history = dir.resolve("history");
        String typed = """
                        var x = 20
                        x * 2
                        fn sq(n: Int) -> Int:
                            return n * n

                        print(sq(3))
                        var s = String("a")
                        var t = s^
                        print(s)
                        print(t, x)
                        """;
        assertEquals(0, session(typed, history, mojo()));
        String shown = output.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("40\n"), shown);
        assertTrue(shown.contains("9\n"), shown);
        assertTrue(shown.contains("a 20\n"), shown); // after the rejected entry, the session and its variables go on
        String reported = errors.toString(StandardCharsets.UTF_8);
        assertTrue(reported.contains("use of uninitialized value 's'"), reported); // ownership carries across entries

        List<String> saved = Files.readAllLines(history);
        assertTrue(saved.stream().anyMatch(line -> line.endsWith("var x = 20")), saved.toString());
        assertTrue(saved.stream().anyMatch(line -> line.endsWith("print(sq(3))")), saved.toString());
        assertTrue(saved.stream().anyMatch(line -> line.endsWith("    return n * n")), saved.toString());

        // a later session starts with the earlier one's history
        try (Terminal terminal = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
                        .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
            LineReader reader = MojoRepl.lineReader(terminal, history);
            assertTrue(reader.getHistory().size() >= 9, "history entries: " + reader.getHistory().size());
        }
    }

    @Test
    void aWarningIsShownOnceThoughTheProgramIsCompiledForEveryEntry() throws IOException {
        String typed = """
                        alias Y = 3
                        print(Y)
                        var s = String("a")
                        var t = s^
                        print(s)
                        print(Y + 1)
                        """;
        session(typed, dir.resolve("history"), mojo().option("mojo.MojoVersion", "1"));
        String reported = errors.toString(StandardCharsets.UTF_8);
        assertEquals(1, reported.split("warning: 'alias' is deprecated", -1).length - 1, reported);
        assertTrue(!reported.contains("'fn' is deprecated"), reported); // nothing about the REPL's own code
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("4\n"));
    }

    @Test
    void sysExitEndsTheSessionWithItsStatus() throws IOException {
        assertEquals(3, session("from sys import exit\nexit(3)\nprint(1)\n", dir.resolve("history"), mojo()));
        assertTrue(!output.toString(StandardCharsets.UTF_8).contains("1\n"));
    }
}

package org.trufflemojo.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * A Mojo program that uses Python ({@code from python import Python}), run with GraalPy in the same
 * context: its exact output, and an uncaught Python exception ending it with Python's message.
 */
class MojoUsesPythonTest {
    @Test
    void aMojoProgramUsesPython() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PolyglotException failure;
        try (Context context = Context.newBuilder("mojo", "python").out(out).allowPolyglotAccess(PolyglotAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").option("mojo.CheckMemory", "true").build()) {
            failure = assertThrows(PolyglotException.class, () -> context.eval(program("uses_python.mojo")).execute());
        }
        assertEquals("""
                        4.0 3.141592653589793
                        16 17 8.0
                        3 3 2
                        [3, 2, 1]
                        total 6
                        values[1] is 1
                        MOJO mojo of type str 2.5 of type float
                        1 True
                        caught: math domain error
                        caught: invalid literal for int() with base 10: 'twelve'
                        caught: 'int' object is not iterable
                        caught: invalid syntax (evaluate, line 1)
                        {'k': -5} -6 5.0
                        3.5 {'k': -10} [1, 'two', 5, None] (1, 2) {'a': 1, 'b': 'c'} None
                        2 two kept
                        """, out.toString(StandardCharsets.UTF_8));
        assertEquals("'list' object has no attribute 'missing'", failure.getMessage());
    }

    @Test
    void theStringsPythonMakesAreFreed() {
        // print(o), String(o), string arguments and results: each Mojo String made or passed is freed
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo", "python").out(out).err(err).allowPolyglotAccess(PolyglotAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").option("mojo.CheckMemory", "true").build()) {
            context.eval(Source.create("mojo", """
                            from python import Python

                            def main() raises:
                                var text = Python.evaluate("'a,b'")
                                for part in text.split(","):
                                    print(part, String(part) + "!", len(String(part.upper())))
                            """)).execute();
        }
        assertEquals("a a! 1\nb b! 1\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8)); // (a leak would be reported here)
    }

    @Test
    void aContextWithoutPolyglotAccessSaysSo() {
        try (Context context = Context.newBuilder("mojo", "python").option("engine.WarnInterpreterOnly", "false").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(program("uses_python.mojo")).execute());
            assertTrue(e.getMessage().contains("allowPolyglotAccess(PolyglotAccess.ALL)"), e.getMessage());
        }
    }

    private static Source program(String name) {
        try (InputStream in = MojoUsesPythonTest.class.getResourceAsStream("/org/trufflemojo/tck/" + name)) {
            return Source.newBuilder("mojo", new String(in.readAllBytes(), StandardCharsets.UTF_8), name).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

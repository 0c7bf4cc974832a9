package org.trufflemojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** Compile-time defines (the mojo command's -D NAME=VALUE, the mojo.Define option): sys.param_env and the assert statement. */
class DefinesTest {
    private static final String PROGRAM = """
                    from sys.param_env import is_defined, env_get_int, env_get_string, env_get_bool

                    def main():
                        print(is_defined["FAST"](), env_get_int["N", 3](), env_get_string["WHO", "nobody"](), env_get_bool["FLAG", False]())
                        var items = [1, 2]
                        assert len(items) == 2, "two"
                        assert len(items) == 3, "expected 3 items, got " + String(len(items))
                        print("after")
                    """;

    private record Run(String out, String err) {
    }

    private static Run run(String defines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").out(out).err(err).option("mojo.MojoVersion", "1").option("mojo.Define", defines)
                        .option("mojo.CheckMemory", "true").build()) {
            context.eval(Source.create("mojo", PROGRAM)).execute();
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutDefinesTheDefaultsApplyAndAssertDoesNotRun() {
        assertEquals("False 3 nobody False\nafter\n", run("").out());
    }

    @Test
    void definesAreCompileTimeValues() {
        assertEquals("True 7 me True\nafter\n", run("FAST\nN=7\nWHO=me\nFLAG=true").out());
    }

    @Test
    void assertWarnsWithAssertWarn() {
        Run r = run("ASSERT=warn");
        assertEquals("False 3 nobody False\nafter\n", r.out());
        assertEquals("At: Unnamed:7:23: Assert Error: expected 3 items, got 2\n", r.err());
    }

    @Test
    void assertStopsTheProgramWithAssertAll() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> run("ASSERT=all"));
        assertTrue(e.getMessage().contains(":7:5: error: Assert Error: expected 3 items, got 2"), e.getMessage());
    }

    @Test
    void aMissingDefineWithoutDefaultIsACompileError() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").out(sink).err(sink).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(Source.create("mojo", """
                            from sys.param_env import env_get_int

                            def main():
                                print(env_get_int["WIDTH"]())
                            """)));
            assertTrue(e.getMessage().contains("error: the define 'WIDTH' is not set; pass -D WIDTH=VALUE"), e.getMessage());
        }
    }
}

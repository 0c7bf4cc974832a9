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

/** The mojo.Warnings option (the mojo command's --disable-warnings and -Werror). */
class WarningsTest {
    private static final String PROGRAM = "def main():\n    x = 1\n    print(x)\n"; // (1.x: an implicit declaration warns)

    private static String[] run(String treatment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").out(out).err(err).option("mojo.MojoVersion", "1").option("mojo.Warnings", treatment).build()) {
            context.eval(Source.create("mojo", PROGRAM)).execute();
        }
        return new String[]{out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void warningsAreShownByDefault() {
        String[] r = run("show");
        assertEquals("1\n", r[0]);
        assertTrue(r[1].contains(":2:5: warning: implicit declaration of 'x' is deprecated; add 'var' before the name"), r[1]);
    }

    @Test
    void disabledWarningsAreNotShown() {
        assertEquals("", run("none")[1]);
    }

    @Test
    void warningsAsErrorsStopTheCompile() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> run("error"));
        assertTrue(e.isSyntaxError(), e.getMessage());
        assertTrue(e.getMessage().contains(":2:5: error: implicit declaration of 'x' is deprecated"), e.getMessage());
    }
}

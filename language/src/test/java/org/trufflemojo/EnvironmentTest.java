package org.trufflemojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** {@code os.getenv} sees the environment the embedder gives the program, not more. */
public class EnvironmentTest {
    private static final String PROGRAM = """
                    from os import getenv

                    def main():
                        print(getenv("GREETING"), getenv("PATH", "no PATH"))
                    """;

    @Test
    void getenvReadsTheContextsEnvironment() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // With no access to the process environment, the program sees only the variables given here.
        try (Context context = Context.newBuilder("mojo").out(out).allowEnvironmentAccess(EnvironmentAccess.NONE)
                        .environment("GREETING", "hello").build()) {
            context.eval(Source.newBuilder("mojo", PROGRAM, "env.mojo").build()).execute();
        }
        assertEquals("hello no PATH\n", out.toString(StandardCharsets.UTF_8));
    }
}

package org.trufflemojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;

/** {@code --mojo.PrintLifetimePlan=true} prints the program's lifetime plan instead of running it. */
public class PrintLifetimePlanTest {
    private static final Path TESTS = Paths.get(System.getProperty("mojo.tests.dir", "tests"));

    @Test
    void printsThePlanAndDoesNotRun() throws IOException {
        Path program = TESTS.resolve("lifecycle/tracer.mojo");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Source source = Source.newBuilder("mojo", program.toFile()).build();
        try (Context context = Context.newBuilder("mojo").out(out).allowIO(IOAccess.ALL).option("mojo.PrintLifetimePlan", "true").build()) {
            context.eval(source).execute();
        }
        // The same text the front-end golden test checks; nothing of the program's own output ("init a", ...).
        assertEquals(Files.readString(TESTS.resolve("lifecycle/tracer.plan")), out.toString(StandardCharsets.UTF_8));
    }
}

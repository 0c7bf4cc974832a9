package org.trufflemojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code tests/**}{@code /X.mojo}: with {@code X.expected} the program must run and print
 * exactly that (and, with {@code X.stderr}, print exactly that on stderr; otherwise it must not leak
 * native memory); with {@code X.error} it must fail (rejected before running, or a run-time error)
 * with exactly that message (the path shown as the file name only). Adding a test is adding two files.
 */
public class GoldenFileTest {
    private static final Path TESTS = Paths.get(System.getProperty("mojo.tests.dir", "tests"));

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        // Modules that test programs import live in directories named *_lib: they are not tests themselves.
        List<Path> programs = programs();
        assertTrue(programs.size() > 0, "no golden tests found under " + TESTS.toAbsolutePath());
        return programs.stream().map(p -> DynamicTest.dynamicTest(testName(p), () -> run(p)));
    }

    /** The file beside a program with the same name and another extension. */
    public static Path sibling(Path program, String extension) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".mojo".length()) + extension);
    }

    /** The message with the program's path shown as its file name, ending in a newline as the mojo command prints it. */
    private static String normalize(String failure, Path program) {
        String shown = withFileName(failure, program);
        return shown.endsWith("\n") ? shown : shown + "\n";
    }

    /** The text with the program's path shown as its file name. */
    private static String withFileName(String text, Path program) {
        return text.replace(program.toAbsolutePath().toString(), program.getFileName().toString())
                        .replace(program.toString(), program.getFileName().toString());
    }

    /** The golden programs under TESTS (modules they import, in *_lib directories, are not tests). */
    public static List<Path> programs() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.toString().endsWith(".mojo") && !p.getParent().getFileName().toString().endsWith("_lib")).sorted().toList();
        }
    }

    /** Whether the file exists and contains the text. */
    public static boolean fileContains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The golden programs that run to their end: a .expected and no .error. */
    public static List<Path> runnablePrograms() throws IOException {
        return programs().stream().filter(p -> Files.exists(sibling(p, ".expected")) && !Files.exists(sibling(p, ".error"))).toList();
    }

    public static String testName(Path program) {
        return TESTS.relativize(program).toString();
    }

    private static void run(Path program) throws IOException {
        run(program, Map.of());
    }

    /** Runs a golden program in a context with the given options added, and checks its output. */
    public static void run(Path program, Map<String, String> options) throws IOException {
        Path expected = sibling(program, ".expected");
        Path error = sibling(program, ".error");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Source source = Source.newBuilder("mojo", program.toFile()).name(program.getFileName().toString()).build();
        String failure = null;
        // Every test program runs with checked native memory and must not leak.
        try (Context context = Context.newBuilder("mojo").out(out).err(err).allowIO(IOAccess.ALL).allowExperimentalOptions(true).option("mojo.CheckMemory", "true").options(options).build()) {
            context.eval(source).execute();
        } catch (PolyglotException e) {
            if (e.isInternalError()) {
                throw e;
            }
            if (e.isExit()) {
                // sys.exit(code): the program ended on purpose; its output is what counts.
                assertEquals(Files.readString(expected), out.toString(StandardCharsets.UTF_8), "stdout of " + program);
                return;
            }
            failure = e.isSyntaxError() || e.getMessage().contains(": error: ") ? e.getMessage()
                            : "Unhandled exception caught during execution: " + e.getMessage(); // as the mojo command reports it
        }
        String stdout = withFileName(out.toString(StandardCharsets.UTF_8), program); // (an assertion's error names the file)
        if (Files.exists(expected) && Files.exists(error)) {
            // A program that prints, then stops with an error.
            assertEquals(Files.readString(expected), stdout, "stdout of " + program);
            if (failure == null) {
                fail("expected the program to fail, but it ran to the end");
            }
            assertEquals(Files.readString(error), normalize(failure, program), "error of " + program);
        } else if (Files.exists(expected)) {
            if (failure != null) {
                fail("program failed: " + failure + "\nstdout so far:\n" + stdout);
            }
            assertEquals(Files.readString(expected), stdout, "stdout of " + program);
            String stderr = err.toString(StandardCharsets.UTF_8);
            Path expectedErr = sibling(program, ".stderr");
            if (Files.exists(expectedErr)) {
                assertEquals(Files.readString(expectedErr), normalize(stderr, program), "stderr of " + program); // (warnings name the file)
            } else {
                assertTrue(!stderr.contains("memory leak"), "native memory leaked by " + program + ": " + stderr);
            }
        } else if (Files.exists(error)) {
            if (failure == null) {
                fail("expected the program to be rejected, but it ran; stdout:\n" + stdout);
            }
            assertEquals(Files.readString(error), normalize(failure, program), "diagnostics of " + program);
        } else {
            fail("no .expected or .error file for " + program);
        }
    }
}

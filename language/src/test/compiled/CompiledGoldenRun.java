import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs every golden program that runs to its end (X.mojo with X.expected and no X.error) twice: with
 * each function compiled by Graal before its first call, and with loops moved to compiled code while
 * they run (on-stack replacement, after 1024 back edges); compilations synchronous, a failed one
 * being an error; and compares its output with X.expected: partial evaluation is tested by every
 * program, not only the interpreter. One JVM, a fresh context per program. Run by bin/check-compiled.sh,
 * which gives this JVM the Graal compiler (JUnit's JVM has none).
 *
 *   java ... CompiledGoldenRun.java TESTS_DIR [FILTER ...]   (a program runs if its path contains a
 *   FILTER, or there is none; a FILTER written -TEXT leaves out the paths containing TEXT)
 */
public class CompiledGoldenRun {
    public static void main(String[] args) throws IOException {
        Path tests = Path.of(args[0]);
        List<String> wanted = Stream.of(args).skip(1).filter(a -> !a.startsWith("-")).toList();
        List<String> unwanted = Stream.of(args).skip(1).filter(a -> a.startsWith("-")).map(a -> a.substring(1)).toList();
        List<Path> programs;
        try (Stream<Path> files = Files.walk(tests)) {
            programs = files.filter(p -> p.toString().endsWith(".mojo") && !p.getParent().getFileName().toString().endsWith("_lib"))
                            .filter(p -> Files.exists(sibling(p, ".expected")) && !Files.exists(sibling(p, ".error")))
                            .filter(p -> wanted.isEmpty() || wanted.stream().anyMatch(p.toString()::contains))
                            .filter(p -> unwanted.stream().noneMatch(p.toString()::contains)).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        for (Path program : programs) {
            for (boolean onStackReplacement : new boolean[]{false, true}) {
                String mode = onStackReplacement ? " (loops moved to compiled code while they run)" : "";
                System.out.println("  " + tests.relativize(program) + mode); // (before it runs: a crash names the program)
                String problem = run(program, onStackReplacement);
                if (problem != null) {
                    failures.add(tests.relativize(program) + mode + ": " + problem);
                    System.out.println("FAIL " + tests.relativize(program) + mode);
                }
            }
        }
        System.out.println(programs.size() * 2 - failures.size() + " passed, " + failures.size() + " failed (compiled)");
        failures.forEach(f -> System.out.println("  " + f));
        System.exit(failures.isEmpty() && !programs.isEmpty() ? 0 : 1);
    }

    /**
     * Runs a program, with every function compiled before its first call, or (onStackReplacement)
     * interpreted until a loop has taken 1024 back edges and then moved to compiled code while it
     * runs. Null when the program printed what X.expected holds; otherwise what went wrong.
     */
    private static String run(Path program, boolean onStackReplacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder("mojo").out(out).err(err).allowAllAccess(true).allowExperimentalOptions(true)
                        .option("mojo.CheckMemory", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.CompilationFailureAction", "Throw");
        if (onStackReplacement) {
            builder.option("engine.OSRCompilationThreshold", "1024");
        } else {
            builder.option("engine.CompileImmediately", "true")
                            // (compiled before its first call, a callee that a compiled caller later passes an
                            // argument of a type its profile has not seen crashes the JVM: Truffle's
                            // argument-type speculation under CompileImmediately only - with thresholds of
                            // 1 call it does not. Reproduced by core/optional_value_read_in_a_branch.mojo.)
                            .option("engine.ArgumentTypeSpeculation", "false");
        }
        try (Context context = builder.build()) {
            context.eval(Source.newBuilder("mojo", program.toFile()).name(program.getFileName().toString()).build()).execute();
        } catch (PolyglotException e) {
            if (!e.isExit()) {
                return (e.isInternalError() ? "internal error: " : "failed: ") + e.getMessage();
            }
        }
        String expected = Files.readString(sibling(program, ".expected"));
        String stdout = out.toString(StandardCharsets.UTF_8).replace(program.toAbsolutePath().toString(), program.getFileName().toString())
                        .replace(program.toString(), program.getFileName().toString());
        return expected.equals(stdout) ? null : "stdout differs:\n--- expected\n" + expected + "--- printed\n" + stdout;
    }

    private static Path sibling(Path program, String extension) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".mojo".length()) + extension);
    }
}

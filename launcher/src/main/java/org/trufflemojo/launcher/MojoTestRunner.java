package org.trufflemojo.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * {@code mojo test [PATH...] [--filter REGEX]}: finds the {@code test_*} functions of the
 * {@code test_*.mojo} files under each path (a file is taken as given), runs each on its own, so a
 * failing assertion does not stop the others, prints each with PASS or FAIL (and the failure's
 * message, which names the file and line), and ends with {@code N passed, M failed}. Each file is
 * compiled once, in a fresh context, and its tests run in the order they are declared.
 */
final class MojoTestRunner {
    private final Supplier<Context> contexts;
    private final PrintStream out;

    MojoTestRunner(Supplier<Context> contexts, PrintStream out) {
        this.contexts = contexts;
        this.out = out;
    }

    /** Runs the tests; the exit status is 0 when all pass (and at least one file was found), else 1. */
    int run(List<String> paths, Pattern filter) {
        List<Path> files = new ArrayList<>();
        for (String p : paths.isEmpty() ? List.of(".") : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(f -> f.getFileName().toString().matches("test_.*\\.(mojo|\uD83D\uDD25)")).sorted().forEach(files::add);
                } catch (IOException e) {
                    out.println("mojo: error: cannot read '" + p + "': " + e.getMessage());
                    return 1;
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                out.println("mojo: error: no such file or directory: '" + p + "'");
                return 1;
            }
        }
        int passed = 0;
        int failed = 0;
        for (Path file : files) {
            try (Context context = contexts.get()) {
                Value module;
                try {
                    module = context.eval(Source.newBuilder("mojo", new File(file.toString())).build());
                } catch (PolyglotException e) {
                    out.println("FAIL " + file + " (does not compile)");
                    out.println(indent(e.getMessage()));
                    failed++;
                    continue;
                }
                for (String name : module.getMemberKeys()) {
                    if (!name.startsWith("test_") || filter != null && !filter.matcher(name).find()) {
                        continue;
                    }
                    String id = file + "::" + name + "()";
                    try {
                        module.getMember(name).execute();
                        out.println("PASS " + id);
                        passed++;
                    } catch (PolyglotException e) {
                        if (e.isInternalError()) {
                            throw e;
                        }
                        out.println("FAIL " + id);
                        out.println(indent(e.getMessage()));
                        failed++;
                    }
                }
            } catch (IOException e) {
                out.println("mojo: error: cannot read '" + file + "': " + e.getMessage());
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 && passed > 0 ? 0 : 1;
    }

    private static String indent(String message) {
        return "    " + String.valueOf(message).strip().replace("\n", "\n    ");
    }
}

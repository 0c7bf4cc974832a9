package org.trufflemojo.ownership;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.trufflemojo.frontend.Frontend;
import org.trufflemojo.source.ModuleLoader;

/** Runs the front end (no Truffle) on a program and prints its lifetime plan. */
final class Compiled {
    private Compiled() {
    }

    /** The plan of a program given as text (it may import no user module). */
    static String planOf(String text) {
        return plan("test.mojo", text, ModuleLoader.NONE);
    }

    /** The plan of a program file; its user modules are found next to it, as the mojo command finds them. */
    static String planOf(Path program) {
        try {
            return plan(program.getFileName().toString(), Files.readString(program), modulesNextTo(program));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plan(String name, String text, ModuleLoader modules) {
        Frontend.Result result = Frontend.compile(name, text, modules);
        if (result.hasErrors()) {
            fail("the program was rejected:\n" + result.diagnostics().render());
        }
        return LifetimePlanPrinter.print(result.program(), result.plan());
    }

    /** {@code a.b} is {@code a/b.mojo}, {@code a/b.🔥} or {@code a/b/__init__.mojo} in the program's directory. */
    private static ModuleLoader modulesNextTo(Path program) {
        Path dir = program.toAbsolutePath().getParent();
        return module -> {
            String relative = module.replace('.', '/');
            for (String candidate : new String[]{relative + ".mojo", relative + ".\uD83D\uDD25", relative + "/__init__.mojo"}) {
                Path f = dir.resolve(candidate);
                if (Files.exists(f)) {
                    try {
                        return new ModuleLoader.SourceFile(f.toString(), Files.readString(f));
                    } catch (IOException e) {
                        return null;
                    }
                }
            }
            return null;
        };
    }
}

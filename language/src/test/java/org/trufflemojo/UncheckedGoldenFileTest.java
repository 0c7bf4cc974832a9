package org.trufflemojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden program that runs to its end (a .expected and no .error; a leak report on stderr
 * is checked mode's alone) prints the same without
 * checked memory: the configuration users run, where native memory comes from the size-class
 * allocator (runtime/BlockAllocator), whose free lists a wrong destroy would corrupt.
 */
class UncheckedGoldenFileTest {
    @TestFactory
    Stream<DynamicTest> goldenFilesWithUncheckedMemory() throws IOException {
        return GoldenFileTest.runnablePrograms().stream().filter(p -> !reportsALeak(p))
                        .map(p -> DynamicTest.dynamicTest(GoldenFileTest.testName(p), () -> GoldenFileTest.run(p, Map.of("mojo.CheckMemory", "false"))));
    }

    private static boolean reportsALeak(Path program) {
        try {
            Path stderr = GoldenFileTest.sibling(program, ".stderr");
            return Files.exists(stderr) && Files.readString(stderr).contains("memory leak");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

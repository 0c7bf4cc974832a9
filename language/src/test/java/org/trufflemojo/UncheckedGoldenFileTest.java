package org.trufflemojo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden program that runs to its end (a .expected and no .error; a leak report on stderr
 * is checked mode's alone) prints the same without checked memory: the configuration users run,
 * where native memory comes from the size-class allocator (runtime/BlockAllocator), whose free
 * lists a wrong destroy would corrupt. The programs that stop at an invalid or double free stop
 * with the same error: the allocator's block tags catch those without checked mode.
 */
class UncheckedGoldenFileTest {
    @TestFactory
    Stream<DynamicTest> goldenFilesWithUncheckedMemory() throws IOException {
        Stream<Path> runnable = GoldenFileTest.runnablePrograms().stream().filter(p -> !reportsALeak(p));
        Stream<Path> badFrees = GoldenFileTest.programs().stream().filter(UncheckedGoldenFileTest::stopsAtABadFree);
        return Stream.concat(runnable, badFrees)
                        .map(p -> DynamicTest.dynamicTest(GoldenFileTest.testName(p), () -> GoldenFileTest.run(p, Map.of("mojo.CheckMemory", "false"))));
    }

    private static boolean stopsAtABadFree(Path program) {
        return GoldenFileTest.fileContains(GoldenFileTest.sibling(program, ".error"), "invalid free");
    }

    private static boolean reportsALeak(Path program) {
        return GoldenFileTest.fileContains(GoldenFileTest.sibling(program, ".stderr"), "memory leak");
    }
}

package org.trufflemojo.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trufflemojo.GoldenFileTest;

/**
 * Every golden program that runs (has a .expected) gives the same output with an instrument
 * attached to every tag, which reads all variables at each statement: the wrappers fit wherever
 * they are inserted, every value an instrument sees is an interop value, and the debugger's view
 * of a frame can be read at any statement (a destroyed value included) without a failure.
 */
class InstrumentedGoldenFileTest {
    @TestFactory
    Stream<DynamicTest> goldenFilesUnderAnInstrument() throws IOException {
        List<Path> programs = GoldenFileTest.runnablePrograms().stream().filter(p -> !usesUninitializedMemory(p)).toList();
        return programs.stream().map(p -> DynamicTest.dynamicTest(GoldenFileTest.testName(p), () -> {
            AllTagsInstrument.PROBLEMS.clear();
            GoldenFileTest.run(p, Map.of(AllTagsInstrument.ID, "true"));
            assertEquals(List.of(), AllTagsInstrument.PROBLEMS.stream().distinct().limit(5).toList());
        }));
    }

    /**
     * A program that makes containers of uninitialized elements ({@code unsafe_uninit_length})
     * holds, until it fills them, element headers that are whatever the memory held: a debugger
     * reading such a variable would follow them (a known limit of the debugger view, as in any
     * debugger of a systems language), so these programs are left out.
     */
    private static boolean usesUninitializedMemory(Path program) {
        return GoldenFileTest.fileContains(program, "unsafe_uninit");
    }
}

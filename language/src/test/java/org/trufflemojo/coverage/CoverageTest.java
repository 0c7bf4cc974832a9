package org.trufflemojo.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mojo --coverage}: the LCOV report of a program's lines and functions, with lines that never ran. */
class CoverageTest {
    private static final String PROGRAM = """
                    fn never_called() -> Int:
                        return 42


                    fn classify(n: Int) -> String:
                        if n < 0:
                            return "negative"
                        return "non-negative"


                    @fieldwise_init
                    struct Pair(Copyable, Movable):
                        var a: Int
                        var b: Int


                    def main():
                        var p = Pair(1, 2)
                        for i in range(3):
                            print(classify(i + p.a))
                    """;

    @Test
    void writesAnLcovReportOfLinesAndFunctions(@TempDir Path dir) throws IOException {
        File file = dir.resolve("cov.mojo").toFile();
        Files.writeString(file.toPath(), PROGRAM);
        Path report = dir.resolve("report.lcov");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").out(out).option("coverage", "true").option("coverage.Output", report.toString()).build()) {
            context.eval(Source.newBuilder("mojo", file).build()).execute();
        }
        assertEquals("non-negative\nnon-negative\nnon-negative\n", out.toString(StandardCharsets.UTF_8));
        // the fieldwise __init__ the compiler wrote is called, but has no lines of the program
        assertEquals("""
                        TN:
                        SF:%s
                        FN:1,never_called
                        FN:5,classify
                        FN:12,Pair.__init__
                        FN:17,main
                        FNDA:0,never_called
                        FNDA:3,classify
                        FNDA:1,Pair.__init__
                        FNDA:1,main
                        FNF:4
                        FNH:3
                        DA:2,0
                        DA:6,3
                        DA:7,0
                        DA:8,3
                        DA:18,1
                        DA:19,1
                        DA:20,3
                        LF:7
                        LH:5
                        end_of_record
                        """.formatted(file.toPath().toAbsolutePath().normalize()), Files.readString(report));
    }

    @Test
    void writesToStandardOutputWithDash() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").out(out).option("coverage", "true").option("coverage.Output", "-").build()) {
            context.eval(Source.create("mojo", "def main():\n    print(1)\n")).execute();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals("1\nTN:\n", text.substring(0, 6));
        assertEquals(true, text.contains("DA:2,1\n") && text.endsWith("end_of_record\n"), text);
    }
}

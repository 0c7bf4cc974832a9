package org.trufflemojo.coverage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The counters of the statements and functions of each source, and their LCOV report: per
 * function its first line and calls (FN, FNDA), per line the most any of its statements ran (DA).
 */
final class CoverageRecorder {
    /** How often one statement or function ran (not synchronized: a lost count under threads only lowers a number). */
    static final class Counter {
        long count;
    }

    private record Function(String name, int line, Counter counter) {
    }

    private static final class SourceCoverage {
        final Map<SourceSection, Counter> statements = new LinkedHashMap<>();
        final Map<SourceSection, Function> functions = new LinkedHashMap<>();
    }

    private final Map<Source, SourceCoverage> sources = new LinkedHashMap<>();

    @TruffleBoundary
    synchronized Counter statement(SourceSection section) {
        return coverageOf(section.getSource()).statements.computeIfAbsent(section, s -> new Counter());
    }

    @TruffleBoundary
    synchronized Counter function(SourceSection section, String name) {
        return coverageOf(section.getSource()).functions.computeIfAbsent(section, s -> new Function(name, s.getStartLine(), new Counter())).counter();
    }

    private SourceCoverage coverageOf(Source source) {
        return sources.computeIfAbsent(source, s -> new SourceCoverage());
    }

    /** The LCOV tracefile: one record per source file (see lcov's geninfo(1) for the format). */
    synchronized void writeLcov(PrintStream out) {
        out.println("TN:");
        for (Map.Entry<Source, SourceCoverage> e : sources.entrySet()) {
            Source source = e.getKey();
            SourceCoverage coverage = e.getValue();
            out.println("SF:" + (source.getPath() != null ? Path.of(source.getPath()).toAbsolutePath().normalize() : source.getName()));
            List<Function> functions = new ArrayList<>(coverage.functions.values());
            functions.sort(Comparator.comparingInt(Function::line));
            for (Function f : functions) {
                out.println("FN:" + f.line() + "," + f.name());
            }
            int functionsHit = 0;
            for (Function f : functions) {
                out.println("FNDA:" + f.counter().count + "," + f.name());
                functionsHit += f.counter().count > 0 ? 1 : 0;
            }
            out.println("FNF:" + functions.size());
            out.println("FNH:" + functionsHit);
            TreeMap<Integer, Long> lines = new TreeMap<>();
            coverage.statements.forEach((section, counter) -> lines.merge(section.getStartLine(), counter.count, Math::max));
            lines.forEach((line, count) -> out.println("DA:" + line + "," + count));
            out.println("LF:" + lines.size());
            out.println("LH:" + lines.values().stream().filter(c -> c > 0).count());
            out.println("end_of_record");
        }
    }
}

package org.trufflemojo.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/**
 * Line and function coverage of Mojo programs, written as LCOV when the program ends
 * ({@code mojo --coverage FILE}). It counts the executions of every statement and every function
 * body (Truffle's statement and root tags); statements that never ran are reported too, with 0,
 * because every loaded statement is recorded before it runs. The standard library, an internal
 * source, is left out.
 */
@TruffleInstrument.Registration(id = CoverageInstrument.ID, name = "Mojo Coverage", version = "0.1",
                website = "https://github.com/linux-test-project/lcov")
@Option.Group(CoverageInstrument.ID)
public final class CoverageInstrument extends TruffleInstrument {
    public static final String ID = "coverage";

    @Option(name = "", help = "Record which lines and functions of the program run; write an LCOV report when it ends.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE)
    static final OptionKey<Boolean> Enabled = new OptionKey<>(false);

    @Option(help = "Where --coverage writes its LCOV report: a file (default: mojo-coverage.lcov in the current directory), or '-' for standard output.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<String> Output = new OptionKey<>("mojo-coverage.lcov");

    private CoverageRecorder recorder;

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new CoverageInstrumentOptionDescriptors();
    }

    @Override
    protected void onCreate(Env env) {
        if (!env.getOptions().get(Enabled)) {
            return;
        }
        recorder = new CoverageRecorder();
        SourceSectionFilter statements = SourceSectionFilter.newBuilder().tagIs(StandardTags.StatementTag.class).includeInternal(false).build();
        SourceSectionFilter functions = SourceSectionFilter.newBuilder().tagIs(StandardTags.RootTag.class).includeInternal(false).build();
        // (load listeners first: a statement is known, with 0 runs, before it first runs)
        env.getInstrumenter().attachLoadSourceSectionListener(statements, event -> recorder.statement(event.getSourceSection()), true);
        env.getInstrumenter().attachLoadSourceSectionListener(functions, event -> recorder.function(event.getSourceSection(), event.getNode().getRootNode().getName()), true);
        env.getInstrumenter().attachExecutionEventFactory(statements, context -> new CountingNode(recorder.statement(context.getInstrumentedSourceSection())));
        env.getInstrumenter().attachExecutionEventFactory(functions,
                        context -> new CountingNode(recorder.function(context.getInstrumentedSourceSection(), context.getInstrumentedNode().getRootNode().getName())));
    }

    @Override
    protected void onDispose(Env env) {
        if (recorder == null) {
            return;
        }
        String output = env.getOptions().get(Output);
        try {
            if (output.equals("-")) {
                PrintStream out = new PrintStream(env.out(), false, StandardCharsets.UTF_8);
                recorder.writeLcov(out);
                out.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(Path.of(output)); PrintStream out = new PrintStream(file, false, StandardCharsets.UTF_8)) {
                    recorder.writeLcov(out);
                }
            }
        } catch (IOException e) {
            PrintStream err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
            err.println("mojo: cannot write the coverage report to '" + output + "': " + e.getMessage());
        }
    }
}

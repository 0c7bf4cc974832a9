package org.trufflemojo.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Mojo program under Truffle's debugger (the API behind --inspect and --dap): line breakpoints,
 * stepping, the variables of a frame by their Mojo names, destroyed values, {@code breakpoint()}.
 */
class DebuggerTest {
    private static final String PROGRAM = """
                    @fieldwise_init
                    struct Point(Copyable, Movable):
                        var x: Int
                        var y: Int

                        fn sum(self) -> Int:
                            var result = self.x + self.y
                            return result


                    fn consume(var s: String) -> Int:
                        return len(s)


                    def main():
                        var p = Point(1, 2)
                        var total = p.sum()
                        var s = String("hello")
                        var n = consume(s^)
                        var t = String("temporary")
                        print(t)
                        print(total, n)
                        breakpoint()
                        print("done")
                    """;

    private Context context;
    private DebuggerSession session;
    private final Deque<Consumer<SuspendedEvent>> expected = new ArrayDeque<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Source source;

    @BeforeEach
    void start() {
        context = Context.newBuilder("mojo").out(out).option("mojo.CheckMemory", "true").build();
        session = Debugger.find(context.getEngine()).startSession(event -> {
            Consumer<SuspendedEvent> check = expected.poll();
            if (check == null) {
                failures.add(new AssertionError("unexpected halt at line " + event.getSourceSection().getStartLine()));
                return;
            }
            try {
                check.accept(event);
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        source = Source.newBuilder("mojo", PROGRAM, "prog.mojo").buildLiteral();
    }

    @AfterEach
    void stop() {
        session.close();
        context.close();
    }

    private void run() {
        context.eval(source).execute();
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError("debugger checks failed: " + failures.get(0), failures.get(0));
            failures.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
        assertTrue(expected.isEmpty(), expected.size() + " expected halts did not happen");
        assertEquals("temporary\n3 5\ndone\n", out.toString());
    }

    private static int lineOf(String text) {
        String[] lines = PROGRAM.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private void expect(Consumer<SuspendedEvent> check) {
        expected.add(check);
    }

    /** The halt the program's breakpoint() asks for, then on to the end. */
    private void expectBreakpointBuiltinThenContinue() {
        expect(event -> {
            assertAt(event, "main", lineOf("breakpoint()"));
            event.prepareContinue();
        });
    }

    /** The variables of the top frame: name to the value as the debugger shows it. */
    private static Map<String, String> variables(SuspendedEvent event) {
        Map<String, String> result = new LinkedHashMap<>();
        DebugScope scope = event.getTopStackFrame().getScope();
        for (DebugValue v : scope.getDeclaredValues()) {
            result.put(v.getName(), v.toDisplayString());
        }
        return result;
    }

    private static void assertAt(SuspendedEvent event, String function, int line) {
        DebugStackFrame top = event.getTopStackFrame();
        assertEquals(function, top.getName());
        assertEquals(line, event.getSourceSection().getStartLine(), "line");
    }

    @Test
    void lineBreakpointShowsTheVariablesByTheirMojoNames() {
        session.install(Breakpoint.newBuilder(source.getURI()).lineIs(lineOf("var total = p.sum()")).build());
        expect(event -> {
            assertAt(event, "main", lineOf("var total = p.sum()"));
            // the struct as Mojo shows it; no hidden temporaries; total is not assigned yet
            assertEquals(Map.of("p", "Point(x=1, y=2)"), variables(event));
            event.prepareContinue();
        });
        expectBreakpointBuiltinThenContinue();
        run();
    }

    @Test
    void stepIntoAMethodShowsSelfAsReceiverThenStepOutAndOver() {
        session.install(Breakpoint.newBuilder(source.getURI()).lineIs(lineOf("var total = p.sum()")).build());
        expect(event -> {
            assertAt(event, "main", lineOf("var total = p.sum()"));
            event.prepareStepInto(1);
        });
        expect(event -> {
            assertAt(event, "Point.sum", lineOf("var result = self.x + self.y"));
            DebugValue receiver = event.getTopStackFrame().getScope().getReceiver();
            assertNotNull(receiver, "self is the receiver");
            assertEquals("self", receiver.getName());
            assertEquals("Point(x=1, y=2)", receiver.toDisplayString());
            // the caller's frame shows its own variables
            List<DebugStackFrame> frames = new ArrayList<>();
            event.getStackFrames().forEach(frames::add);
            assertEquals("main", frames.get(1).getName());
            assertNotNull(frames.get(1).getScope().getDeclaredValue("p"));
            event.prepareStepOver(1);
        });
        expect(event -> {
            assertAt(event, "Point.sum", lineOf("return result"));
            assertEquals("3", variables(event).get("result"));
            event.prepareStepOut(1);
        });
        expect(event -> {
            assertEquals("main", event.getTopStackFrame().getName());
            event.prepareStepOver(1);
        });
        expect(event -> {
            assertAt(event, "main", lineOf("var s = String(\"hello\")"));
            assertEquals("3", variables(event).get("total"));
            event.prepareContinue();
        });
        expectBreakpointBuiltinThenContinue();
        run();
    }

    @Test
    void stepOverVisitsEachLineOnceAndSkipsTheInsertedLifecycleCalls() {
        List<Integer> lines = new ArrayList<>();
        session.install(Breakpoint.newBuilder(source.getURI()).lineIs(lineOf("var p = Point(1, 2)")).build());
        for (int i = 0; i < 9; i++) {
            expect(event -> {
                lines.add(event.getSourceSection().getStartLine());
                if (event.getSourceSection().getStartLine() == lineOf("print(\"done\")")) {
                    event.prepareContinue();
                } else {
                    event.prepareStepOver(1);
                }
            });
        }
        run();
        List<Integer> expectedLines = new ArrayList<>();
        for (String text : new String[]{"var p = Point(1, 2)", "var total = p.sum()", "var s = String(\"hello\")", "var n = consume(s^)",
                        "var t = String(\"temporary\")", "print(t)", "print(total, n)", "breakpoint()", "print(\"done\")"}) {
            expectedLines.add(lineOf(text));
        }
        assertEquals(expectedLines, lines);
    }

    @Test
    void movedAndDestroyedVariablesShowAsDestroyed() {
        session.install(Breakpoint.newBuilder(source.getURI()).lineIs(lineOf("var t = String(\"temporary\")")).build());
        session.install(Breakpoint.newBuilder(source.getURI()).lineIs(lineOf("print(total, n)")).build());
        expect(event -> {
            Map<String, String> vars = variables(event);
            assertEquals(FrameVariables.DESTROYED, vars.get("s"), "s was moved into consume: " + vars);
            assertEquals("5", vars.get("n"));
            assertFalse(vars.containsKey("t"), "t is not declared yet: " + vars);
            event.prepareContinue();
        });
        expect(event -> {
            // t died right after its last use (print(t)): ASAP destruction
            assertEquals(FrameVariables.DESTROYED, variables(event).get("t"));
            event.prepareContinue();
        });
        expectBreakpointBuiltinThenContinue();
        run();
    }

    @Test
    void breakpointBuiltinHaltsInADebugger() {
        expectBreakpointBuiltinThenContinue();
        run();
    }

    @Test
    void breakpointBuiltinDoesNothingWithoutADebugger() {
        try (Context plain = Context.newBuilder("mojo").out(out).build()) {
            plain.eval(source).execute();
        }
        assertEquals("temporary\n3 5\ndone\n", out.toString());
    }
}

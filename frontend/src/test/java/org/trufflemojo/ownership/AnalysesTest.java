package org.trufflemojo.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import org.junit.jupiter.api.Test;
import org.trufflemojo.check.TypeChecker;
import org.trufflemojo.frontend.Frontend;
import org.trufflemojo.ownership.ControlFlowGraph.Block;
import org.trufflemojo.ownership.ControlFlowGraph.Kind;
import org.trufflemojo.parser.Parser;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.Program;

/** The split analyses on their own: the graph of one function, its liveness, its initialization errors. */
public class AnalysesTest {
    /** The checked function {@code name} of a program the front end accepts. */
    private static Function function(String program, String name) {
        Frontend.Result result = Frontend.compile("test.mojo", program + "\n\ndef main():\n    pass\n", ModuleLoader.NONE);
        assertFalse(result.hasErrors(), () -> result.diagnostics().render());
        return result.program().functions().stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }

    private static Local param(Function f, String name) {
        return f.params.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anArgumentIsLiveUntilItsLastUseOnly() {
        Function f = function("""
                        fn two(var used: String, var unused: String):
                            print(used)
                        """, "two");
        ControlFlowGraph graph = CfgBuilder.build(f);
        Liveness liveness = Liveness.of(f, graph);
        int used = graph.places.index(Places.whole(param(f, "used")));
        int unused = graph.places.index(Places.whole(param(f, "unused")));
        Block entry = graph.entry;
        assertEquals(Kind.DEF, entry.events.get(0).kind()); // the arguments are defined on entry
        BitSet afterArguments = liveness.liveAfterEvents(entry)[1];
        assertTrue(afterArguments.get(used), "'used' is read by print");
        assertFalse(afterArguments.get(unused), "'unused' is never read: it dies on entry");
        assertTrue(liveness.liveIn(graph.exit).isEmpty(), "nothing of a var argument goes back to the caller");
    }

    @Test
    void aMutArgumentIsLiveAtTheExit() {
        Function f = function("""
                        fn grow(mut s: String):
                            s += "!"
                        """, "grow");
        ControlFlowGraph graph = CfgBuilder.build(f);
        Liveness liveness = Liveness.of(f, graph);
        assertTrue(liveness.liveIn(graph.exit).get(graph.places.index(Places.whole(param(f, "s")))));
    }

    @Test
    void initializationReportsAUseAfterAMove() {
        // The front end rejects this program; here the analyses run on the function the type checker produced.
        String program = """
                        fn take(var s: String):
                            print(s)


                        fn twice():
                            var s = String("x")
                            take(s^)
                            print(s)


                        def main():
                            pass
                        """;
        Frontend.Result rejected = Frontend.compile("test.mojo", program, ModuleLoader.NONE);
        assertTrue(rejected.hasErrors());
        Diagnostics diagnostics = new Diagnostics("test.mojo", program);
        Program typed = new TypeChecker(new Diagnostics("test.mojo", program), ModuleLoader.NONE).check(Parser.parse(program, diagnostics));
        Function twice = typed.functions().stream().filter(f -> f.name.equals("twice")).findFirst().orElseThrow();
        ControlFlowGraph graph = CfgBuilder.build(twice);
        FunctionDiagnostics errors = new FunctionDiagnostics(diagnostics);
        DestroyPlacement placement = new DestroyPlacement(twice, graph.places, new LifetimePlan(), errors);
        new Initialization(twice, graph, Liveness.of(twice, graph), placement, errors).run();
        assertTrue(diagnostics.render().contains("use of uninitialized value 's' (it was transferred on line 7)"), diagnostics.render());
    }
}

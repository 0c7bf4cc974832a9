package org.trufflemojo.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mojo values as a GraalPy program uses them. One context for the class: GraalPy's first context
 * takes seconds, so these checks share it.
 */
class PythonInteropTest {
    private static Context context;

    @BeforeAll
    static void open() {
        context = Context.newBuilder("python", "mojo").allowPolyglotAccess(PolyglotAccess.ALL).option("engine.WarnInterpreterOnly", "false").build();
        context.getPolyglotBindings().putMember("mojo", context.eval(InteropModule.source()));
        context.eval("python", "import polyglot\nmojo = polyglot.import_value('mojo')");
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static Value py(String expression) {
        return context.eval("python", expression);
    }

    @Test
    void aMojoListIsAPythonSequence() {
        assertEquals(30, py("sum(mojo.squares(5))").asInt());
        assertEquals("[0, 1, 4]", py("str([x for x in mojo.squares(3)])").asString());
        assertEquals(3, py("len(mojo.squares(3))").asInt());
        assertEquals(4, py("mojo.squares(3)[-1]").asInt());
    }

    @Test
    void pythonListsAndDictsBecomeMojoListsAndDicts() {
        assertEquals(6, py("mojo.total([1, 2, 3])").asInt());
        assertEquals(3, py("mojo.age_sum({'a': 1, 'b': 2})").asInt());
        assertEquals(42, py("mojo.ages()['bob']").asInt());
    }

    @Test
    void pythonFunctionsAreMojoFunctionValues() {
        assertEquals(100, py("mojo.apply(lambda x: x * x, 10)").asInt());
    }

    @Test
    void structsHaveAttributesAndMethods() {
        assertEquals(7, py("mojo.Point(3, -4).norm1()").asInt());
        assertEquals(3, py("mojo.Point(3, -4).x").asInt());
    }

    @Test
    void aWrongArgumentIsAnErrorPythonCatches() {
        // (GraalPy raises another language's exception as a BaseException, not as an Exception)
        context.eval("python", """
                        def wrong():
                            try:
                                mojo.total(1)
                            except BaseException as e:
                                return str(e)
                        """);
        assertEquals("error: argument 'values' of 'total': expected List[Int], got Int", py("wrong()").asString());
    }
}

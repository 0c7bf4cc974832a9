package org.trufflemojo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.frontend.Frontend;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.typed.Function;

/** The standard library's Mojo modules: they compile, bind every intrinsic, and their calls lower as declared. */
class StandardLibraryTest {
    /** The intrinsics the checker emits itself, for calls whose typing depends on their arguments. */
    private static final Set<Intrinsic> EMITTED_BY_CHECKER = EnumSet.of(Intrinsic.ASSERT_EQUAL,
                    Intrinsic.ASSERT_NOT_EQUAL, Intrinsic.ASSERT_RAISES, Intrinsic.STRING_REPR, Intrinsic.STRING_HASH,
                    Intrinsic.STRING_FORMAT, Intrinsic.ASSERT_FAILED, Intrinsic.INDEX_NOT_NEGATIVE,
                    // PythonObject's operations (check/PythonOperations); Python.import_module and
                    // Python.evaluate are bound by static methods, which this walk does not visit
                    Intrinsic.PY_GETATTR, Intrinsic.PY_CALL, Intrinsic.PY_OPERATOR, Intrinsic.PY_BUILTIN, Intrinsic.PY_TO_INT,
                    Intrinsic.PY_TO_FLOAT, Intrinsic.PY_TO_STRING, Intrinsic.PY_TO_BOOL, Intrinsic.PY_ITER, Intrinsic.PY_HAS_NEXT,
                    Intrinsic.PY_NEXT, Intrinsic.PY_IMPORT, Intrinsic.PY_EVALUATE);

    private static List<String> modules() throws IOException, URISyntaxException {
        Path root = Path.of(StandardLibrary.class.getResource("/org/trufflemojo/std/").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".mojo"))
                            .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.mojo$", "")).sorted().toList();
        }
    }

    @Test
    void everyModuleCompilesAndEveryIntrinsicIsBound() throws Exception {
        Set<Intrinsic> bound = EnumSet.noneOf(Intrinsic.class);
        for (String name : modules()) {
            StandardLibrary.Module module = StandardLibrary.module(name); // throws if the module has an error
            assertNotNull(module, name);
            for (Object member : module.globals().values()) { // (private declarations too)
                if (member instanceof List<?> overloads) {
                    for (Object f : overloads) {
                        Intrinsic i = ((Function) f).intrinsic;
                        if (i != null) {
                            bound.add(i);
                        }
                    }
                }
            }
        }
        for (Intrinsic i : Intrinsic.values()) {
            assertTrue(bound.contains(i) || EMITTED_BY_CHECKER.contains(i), "no library declaration binds " + i.spelling);
        }
    }

    @Test
    void noSuchModule() {
        assertNull(StandardLibrary.module("no_such_module"));
    }

    @Test
    void callsLowerToThePrimitiveOrTheIntrinsic() {
        Frontend.Result result = Frontend.compile("t.mojo", """
                        from math import sqrt, isnan
                        from os import getenv

                        fn main():
                            var a = sqrt(2.0)
                            var b = isnan(a)
                            var c = getenv("X")
                        """, ModuleLoader.NONE);
        assertFalse(result.hasErrors(), result.diagnostics().render());
        String body = result.program().main().body.toString();
        assertTrue(body.contains("Prim[") && body.contains("op=FLOAT_SQRT"), body);
        assertTrue(body.contains("IntrinsicCall[") && body.contains("intrinsic=ISNAN"), body);
        // the default argument of getenv is filled in from the declaration: two operands
        String getenv = body.substring(body.indexOf("intrinsic=GETENV"));
        assertTrue(getenv.contains("value=X]") && getenv.contains("value=]"), getenv);
        // intrinsic declarations are not functions of the program; the library functions with Mojo bodies are
        assertEquals(List.of("main"), result.program().functions().stream().filter(f -> f.module == null).map(f -> f.name).toList());
        assertTrue(result.program().functions().stream().anyMatch(f -> "math".equals(f.module) && f.name.equals("floor")));
        assertTrue(result.program().functions().stream().noneMatch(f -> f.intrinsic != null));
    }

    @Test
    void collectionMethodsLowerToTheirOperations() {
        Frontend.Result result = Frontend.compile("t.mojo", """
                        fn main():
                            var d = {"a": 1}
                            var o = d.get(key="a")
                            var n = d.pop("a", default=0)
                            var b = o.__bool__()
                        """, ModuleLoader.NONE);
        assertFalse(result.hasErrors(), result.diagnostics().render());
        String body = result.program().main().body.toString();
        assertTrue(body.contains("op=GET_OPTIONAL") && body.contains("op=POP_OR") && body.contains("op=IS_SOME"), body);
        // the run-time has no node for these intrinsics: none may be left as a call
        assertFalse(body.contains("IntrinsicCall["), body);
    }

    @Test
    void intrinsicDeclarationsBelongToTheLibraryOnly() {
        Frontend.Result result = Frontend.compile("t.mojo", """
                        @intrinsic("math.sqrt")
                        fn root(x: Float64) -> Float64:
                            ...
                        """, ModuleLoader.NONE);
        assertTrue(result.hasErrors());
        assertTrue(result.diagnostics().render().contains("'@intrinsic' is only available in the standard library"));
    }

    @Test
    void raisesComesFromTheDeclaration() {
        Frontend.Result result = Frontend.compile("t.mojo", """
                        from testing import assert_true

                        fn main():
                            assert_true(1 == 1)
                        """, ModuleLoader.NONE);
        assertTrue(result.diagnostics().render().contains("call to 'assert_true' may raise"), result.diagnostics().render());
    }
}

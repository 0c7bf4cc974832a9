package org.trufflemojo.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trufflemojo.source.ModuleLoader;

/**
 * The prelude (builtin.mojo: abs, round, sort, ...) joins a program only when the program uses one
 * of its names, so a program that uses none neither checks it nor carries its code (start-up).
 */
class PreludeOnFirstUseTest {
    private static Frontend.Result compile(String text) {
        Frontend.Result result = Frontend.compile("t.mojo", text, ModuleLoader.NONE);
        assertFalse(result.hasErrors(), result.diagnostics().render());
        return result;
    }

    private static boolean hasPreludeCode(Frontend.Result result) {
        return result.program().functions().stream().anyMatch(f -> "builtin".equals(f.module) || "builtin.sort".equals(f.module));
    }

    @Test
    void aProgramUsingNoPreludeNameCarriesNoPreludeCode() {
        assertFalse(hasPreludeCode(compile("fn main():\n    print(len(\"abc\"), 1 + 2)\n")));
    }

    @Test
    void aPreludeFunctionStillResolvesOnItsFirstUse() {
        assertTrue(hasPreludeCode(compile("fn main():\n    var l: List[Int] = [3, 1]\n    sort(l)\n    print(abs(-2), l)\n")));
    }

    private static boolean hasSuiteCode(Frontend.Result result) {
        return result.program().functions().stream().anyMatch(f -> "testing.suite".equals(f.module));
    }

    @Test
    void testingsSuiteJoinsOnlyAProgramThatNamesIt() {
        // (testing.suite is a part of testing loaded on first use: the assertions alone do not carry it)
        assertFalse(hasSuiteCode(compile("from testing import assert_true\n\nfn main() raises:\n    assert_true(True)\n")));
        assertTrue(hasSuiteCode(compile("from testing import assert_true, TestSuite\n\nfn test_a() raises:\n    assert_true(True)\n\n"
                        + "fn main() raises:\n    TestSuite.discover_tests[__functions_in_module()]().run()\n")));
        assertTrue(hasSuiteCode(compile("import testing\n\nfn main() raises:\n    testing.TestSuite(cli_args=[\"p\"]).run()\n")));
    }

    @Test
    void aDeclarationStillShadowsAPreludeName() {
        Frontend.Result result = compile("fn abs(x: String) -> String:\n    return x\n\nfn main():\n    print(abs(\"q\"))\n");
        assertEquals(1, result.program().functions().stream().filter(f -> f.name.equals("abs") && f.module == null).count());
    }
}

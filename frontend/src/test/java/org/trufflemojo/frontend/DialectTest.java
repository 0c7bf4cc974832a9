package org.trufflemojo.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trufflemojo.source.ModuleLoader;
import org.trufflemojo.syntax.Dialect;

/** The dialect a program is checked in: told from its spellings, or chosen (--mojo-version), which warns of 25.x spellings under 1.x. */
class DialectTest {
    private static final String MOJO_25 = """
                    alias N = 2

                    fn twice(owned x: Int) -> Int:
                        return x * N

                    fn main():
                        @parameter
                        for i in range(N):
                            print(twice(i))
                    """;

    @Test
    void a25xProgramIsQuietByDefault() {
        Frontend.Result result = Frontend.compile("t.mojo", MOJO_25, ModuleLoader.NONE);
        assertFalse(result.hasErrors(), result.diagnostics().render());
        assertEquals("", result.diagnostics().renderWarnings());
    }

    @Test
    void mojo1WarnsOfEachDeprecatedSpellingWithItsReplacement() {
        Frontend.Result result = Frontend.compile("t.mojo", MOJO_25, ModuleLoader.NONE, Dialect.MOJO_1);
        assertFalse(result.hasErrors(), result.diagnostics().render());
        String warnings = result.diagnostics().renderWarnings();
        assertTrue(warnings.contains("t.mojo:1:1: warning: 'alias' is deprecated in Mojo 1.x: use 'comptime'"), warnings);
        assertTrue(warnings.contains("t.mojo:3:1: warning: 'fn' is deprecated in Mojo 1.x"), warnings);
        assertTrue(warnings.contains("t.mojo:3:10: warning: 'owned' is deprecated in Mojo 1.x: use 'var'"), warnings);
        assertTrue(warnings.contains("t.mojo:7:5: warning: '@parameter for' is deprecated in Mojo 1.x: use 'comptime for'"), warnings);
    }

    @Test
    void a1xDefRaisesOnlyWhenItSaysSo() {
        String program = """
                        def fails() raises:
                            raise Error("no")

                        def main():
                            fails()
                        """;
        assertFalse(Frontend.compile("t.mojo", program, ModuleLoader.NONE).hasErrors(), "a 25.x def raises implicitly");
        Frontend.Result result = Frontend.compile("t.mojo", program, ModuleLoader.NONE, Dialect.MOJO_1);
        assertTrue(result.diagnostics().render().contains("'main' is not declared 'raises'"), result.diagnostics().render());
    }
}

package org.trufflemojo.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fuzzer's own parts: mutants are reproducible, outcomes are told apart, the minimizer keeps the failure. */
class HarnessTest {
    private static final Path FILE = Path.of("fuzz_harness_test.mojo").toAbsolutePath();
    private static final String PROGRAM = "def main():\n    var owned = String(\"x\")\n    print(owned^, 1 + 2)\n";

    @Test
    void theSameRandomStateGivesTheSameMutant() {
        byte[] program = PROGRAM.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
            Mutator.Mutant a = Mutator.mutate(program, new Random(i));
            Mutator.Mutant b = Mutator.mutate(program, new Random(i));
            assertArrayEquals(a.bytes(), b.bytes());
            assertEquals(a.kinds(), b.kinds());
        }
    }

    @Test
    void eachKindOfMutationChangesAProgramThatHasWhatItChanges() {
        byte[] program = PROGRAM.getBytes(StandardCharsets.UTF_8);
        for (Mutator.Kind kind : Mutator.Kind.values()) {
            boolean changed = false;
            for (int i = 0; i < 20 && !changed; i++) {
                changed = !java.util.Arrays.equals(program, Mutator.apply(kind, program, new Random(i)));
            }
            assertTrue(changed, kind + " never changed the program");
        }
    }

    @Test
    void outcomesAreToldApart() {
        MutantRunner runner = new MutantRunner(5_000, 500);
        assertEquals(Outcome.Kind.ACCEPTED, runner.run(FILE, PROGRAM).kind());
        assertEquals(Outcome.Kind.COMPILE_ERROR, runner.run(FILE, "def main():\n    print(nope)\n").kind());
        assertEquals(Outcome.Kind.RUNTIME_ERROR, runner.run(FILE, "def main():\n    raise Error(\"no\")\n").kind());
        assertEquals(Outcome.Kind.RUN_TIMEOUT, runner.run(FILE, "def main():\n    var i = 0\n    while True:\n        i += 1\n").kind());
        assertEquals(Outcome.Kind.ACCEPTED, runner.run(FILE, "from sys import exit\ndef main():\n    exit(3)\n").kind());
    }

    @Test
    void theMinimizerKeepsWhatFails() {
        // a stand-in failure: any program that prints "boom" (the runner is not involved)
        Outcome failure = new Outcome(Outcome.Kind.INTERNAL_ERROR, "boom", "");
        String program = "a = 1\nb = 2\nprint(\"boom\")\nc = 3\n";
        String minimized = new Minimizer(text -> text.contains("print(\"boom\")") ? failure : Outcome.of(Outcome.Kind.ACCEPTED), 100).minimize(program, failure);
        assertEquals("print(\"boom\")", minimized.strip());
    }
}

package org.trufflemojo.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every {@code tests/**}{@code /X.mojo} with an {@code X.plan}, the front end alone (no
 * Truffle) must produce exactly that lifetime plan: where values are copied, moved and destroyed.
 * The golden files are read and checked against Mojo's rules, not just copied from the output.
 */
public class LifetimePlanGoldenTest {
    private static final Path TESTS = Paths.get(System.getProperty("mojo.tests.dir", "../language/tests"));

    @TestFactory
    Stream<DynamicTest> plans() throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.walk(TESTS)) {
            plans = files.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
        }
        assertTrue(plans.size() >= 20, "expected at least 20 golden plans under " + TESTS.toAbsolutePath() + ", found " + plans.size());
        return plans.stream().map(plan -> DynamicTest.dynamicTest(TESTS.relativize(plan).toString(), () -> check(plan)));
    }

    private static void check(Path plan) throws IOException {
        String name = plan.getFileName().toString();
        Path program = plan.resolveSibling(name.substring(0, name.length() - ".plan".length()) + ".mojo");
        assertTrue(Files.exists(program), "no program for " + plan);
        assertEquals(Files.readString(plan), Compiled.planOf(program), "lifetime plan of " + program);
    }
}

package org.trufflemojo.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A bounded fuzzing run over the golden programs (the long one is {@code bin/fuzz.sh}): the same few
 * thousand mutants each time, none of which may end in an internal error, a hung compile or a crash.
 * A failure shows its program minimized.
 */
class FuzzTest {
    private static final Path TESTS = Paths.get(System.getProperty("mojo.tests.dir", "tests"));
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 4000);

    @Test
    void mutantsOfTheGoldenProgramsFailOnlyAsMojoPrograms() {
        Campaign campaign = new Campaign(Campaign.seeds(List.of(TESTS)), 1, new MutantRunner(5_000, 1_000));
        long start = System.nanoTime();
        campaign.run(MUTANTS, Long.MAX_VALUE, null);
        System.out.printf("fuzz: %s in %.0f s%n", campaign.summary(), (System.nanoTime() - start) / 1e9);
        StringBuilder report = new StringBuilder();
        for (Campaign.Failure failure : campaign.failures()) {
            report.append(Campaign.describe(failure, campaign.minimize(failure, 200)));
        }
        assertTrue(campaign.failures().isEmpty(), campaign.summary() + "\n" + report);
    }
}

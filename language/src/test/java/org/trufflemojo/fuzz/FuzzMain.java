package org.trufflemojo.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The long fuzzing run ({@code bin/fuzz.sh}): mutants of the golden programs (and of the conformance
 * programs when there) until the time is up, then each distinct failure minimized, printed and written
 * to a directory. Exits 1 when there was a failure.
 * <p>
 * Environment: {@code MINUTES} (default 10), {@code SEED} (default 1), {@code FUZZ_OUT} (default
 * {@code fuzz-out}), {@code COMPILE_LIMIT_MS} (5000), {@code RUN_LIMIT_MS} (2000), {@code MAX_MUTANTS};
 * {@code FIRST_MUTANT=N} starts at mutant N (bin/fuzz.sh goes on so after a crash of the VM);
 * {@code MUTANT=N} shows, runs and minimizes only mutant N (of the same SEED).
 * Arguments: the directories of seed programs.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(env("MINUTES", "10"));
        long seed = Long.parseLong(env("SEED", "1"));
        Path out = Path.of(env("FUZZ_OUT", "fuzz-out"));
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            dirs.add(Path.of(a));
        }
        List<Campaign.Seed> seeds = Campaign.seeds(dirs);
        MutantRunner runner = new MutantRunner(Long.parseLong(env("COMPILE_LIMIT_MS", "5000")), Long.parseLong(env("RUN_LIMIT_MS", "2000")));
        Campaign campaign = new Campaign(seeds, seed, runner);
        Files.createDirectories(out);
        if (System.getenv("MUTANT") != null) {
            // one mutant of an earlier run again (the same SEED and seed programs): shown, run, minimized
            long i = Long.parseLong(System.getenv("MUTANT"));
            System.out.println("mutant " + i + " of " + campaign.seed(i).path() + " " + campaign.mutant(i).kinds() + ":\n" + campaign.mutant(i).text());
            System.out.println("outcome: " + campaign.replay(i));
            for (Campaign.Failure failure : campaign.failures()) {
                System.out.println(Campaign.describe(failure, campaign.minimize(failure, 400)));
            }
            System.exit(campaign.failures().isEmpty() ? 0 : 1);
        }
        campaign.startAt(Long.parseLong(env("FIRST_MUTANT", "0")));
        campaign.writeEachMutantTo(out.resolve("in-flight.mojo"));
        System.out.println("fuzzing " + seeds.size() + " seed programs for " + minutes + " minutes (seed " + seed + ")");
        long start = System.nanoTime();
        campaign.run(Long.parseLong(env("MAX_MUTANTS", String.valueOf(Long.MAX_VALUE))), start + (long) (minutes * 60e9), System.out);
        System.out.printf("%s in %.0f s%n", campaign.summary(), (System.nanoTime() - start) / 1e9);
        Files.deleteIfExists(out.resolve("in-flight.mojo"));
        Files.deleteIfExists(out.resolve("in-flight.mojo.index"));
        int n = 0;
        for (Campaign.Failure failure : campaign.failures()) {
            String minimized = campaign.minimize(failure, 400);
            n++;
            String name = String.format("failure-%02d-%s.mojo", n, failure.outcome().kind().name().toLowerCase());
            Files.writeString(out.resolve(name), "# " + failure.outcome().kind() + ": " + failure.outcome().signature() + "\n# seed: "
                            + failure.seed().path() + ", mutant " + failure.mutant() + "\n" + minimized, StandardCharsets.UTF_8);
            System.out.println(Campaign.describe(failure, minimized) + "(written to " + out.resolve(name) + ")");
        }
        System.out.println(campaign.summary());
        System.exit(campaign.failures().isEmpty() ? 0 : 1);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? otherwise : value;
    }
}

package org.trufflemojo.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A fuzzing campaign: mutants of the seed programs, in a fixed order (mutant {@code i} mutates seed
 * {@code i mod n} with a random source made from the campaign's seed and {@code i}), each compiled and
 * run by a {@link MutantRunner}; the outcomes are counted, and each distinct failure is kept with the
 * first mutant that showed it, to be minimized.
 */
public final class Campaign {
    /** A seed program: where it is (its imports are found beside it) and its bytes. */
    public record Seed(Path path, byte[] bytes) {
    }

    /** A distinct failure and the first mutant that showed it. */
    public record Failure(Outcome outcome, Seed seed, long mutant, List<Mutator.Kind> kinds, String text, int count) {
        Failure seenAgain() {
            return new Failure(outcome, seed, mutant, kinds, text, count + 1);
        }
    }

    private final List<Seed> seeds;
    private final long randomSeed;
    private final MutantRunner runner;
    private final Map<Outcome.Kind, Long> counts = new EnumMap<>(Outcome.Kind.class);
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private long mutants;
    /** Where each mutant is written before it runs, so that a JVM that dies leaves it behind; null: nowhere. */
    private Path inFlight;

    public Campaign(List<Seed> seeds, long randomSeed, MutantRunner runner) {
        this.seeds = seeds;
        this.randomSeed = randomSeed;
        this.runner = runner;
    }

    /** Each mutant is written to the file before it runs (a crash of the whole JVM then leaves its mutant there). */
    public void writeEachMutantTo(Path file) {
        this.inFlight = file;
    }

    /** Starts at mutant {@code first} (a run that goes on after a crash of the VM, past the mutant that crashed it). */
    public void startAt(long first) {
        this.mutants = first;
    }

    /** The {@code .mojo} programs under the directories (not the modules of {@code *_lib} directories they import), sorted. */
    public static List<Seed> seeds(List<Path> directories) {
        List<Seed> seeds = new ArrayList<>();
        for (Path dir : directories) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".mojo") && !f.getParent().getFileName().toString().endsWith("_lib")).sorted().toList()) {
                    seeds.add(new Seed(p.toAbsolutePath(), Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** Mutant {@code i}: of seed {@code i mod n}, with a random source made from the campaign's seed and {@code i}. */
    public Mutator.Mutant mutant(long i) {
        return Mutator.mutate(seed(i).bytes(), new Random(randomSeed * 1_000_003L + i));
    }

    public Seed seed(long i) {
        return seeds.get((int) (i % seeds.size()));
    }

    /** Runs one mutant again (as {@link #run} did) and keeps it as a failure if it is one. */
    public Outcome replay(long i) {
        Mutator.Mutant mutant = mutant(i);
        Outcome outcome = runner.run(seed(i).path(), mutant.text());
        if (outcome.failure()) {
            failures.put(outcome.kind() + " " + outcome.signature(), new Failure(outcome, seed(i), i, mutant.kinds(), mutant.text(), 1));
        }
        return outcome;
    }

    /** Runs mutants until {@code count} have run or the deadline (System.nanoTime) passes, whichever is first. */
    public void run(long count, long deadlineNanos, PrintStream progress) {
        Outcome unchanged = runner.run(seeds.get(0).path(), new String(seeds.get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8));
        if (unchanged.failure()) {
            // (the harness cannot run programs at all: a class path or option problem, not a finding)
            throw new IllegalStateException("the unchanged " + seeds.get(0).path() + " fails: " + unchanged);
        }
        long end = mutants + count;
        while (mutants < end && System.nanoTime() < deadlineNanos && runner.abandonedWorkers() < 3) {
            long i = mutants++;
            Seed seed = seed(i);
            Mutator.Mutant mutant = mutant(i);
            String text = mutant.text();
            if (inFlight != null) {
                try {
                    Files.write(inFlight, mutant.bytes());
                    Files.writeString(inFlight.resolveSibling(inFlight.getFileName() + ".index"), i + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Outcome outcome = runner.run(seed.path(), text);
            counts.merge(outcome.kind(), 1L, Long::sum);
            if (outcome.failure()) {
                String key = outcome.kind() + " " + outcome.signature();
                Failure known = failures.get(key);
                failures.put(key, known == null ? new Failure(outcome, seed, i, mutant.kinds(), text, 1) : known.seenAgain());
                if (known == null && progress != null) {
                    progress.println("new failure at mutant " + i + " of " + seed.path().getFileName() + ": " + key);
                }
            }
            if (progress != null && mutants % 1000 == 0) {
                progress.println(mutants + " mutants: " + counts);
            }
        }
    }

    public long mutants() {
        return mutants;
    }

    public Map<Outcome.Kind, Long> counts() {
        return counts;
    }

    public List<Failure> failures() {
        return List.copyOf(failures.values());
    }

    /** The failure's program made as small as it can be while failing the same way. */
    public String minimize(Failure failure, int budget) {
        return new Minimizer(text -> runner.run(failure.seed().path(), text), budget).minimize(failure.text(), failure.outcome());
    }

    /** The outcomes by kind, one line. */
    public String summary() {
        StringBuilder b = new StringBuilder(mutants + " mutants:");
        for (Outcome.Kind kind : Outcome.Kind.values()) {
            b.append(' ').append(kind.name().toLowerCase()).append(' ').append(counts.getOrDefault(kind, 0L));
        }
        return b.append("; distinct failures ").append(failures.size()).toString();
    }

    /** How one failure is shown: what it is, how often, where it came from, and the (minimized) program. */
    public static String describe(Failure failure, String program) {
        return failure.outcome().kind() + " (" + failure.count() + "x): " + failure.outcome().signature() + "\n  " + firstLine(failure.outcome().detail())
                        + "\n  first seen: mutant " + failure.mutant() + " of " + failure.seed().path().getFileName() + " " + failure.kinds()
                        + "\n--- program ---\n" + program + (program.endsWith("\n") ? "" : "\n") + "---------------\n";
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}

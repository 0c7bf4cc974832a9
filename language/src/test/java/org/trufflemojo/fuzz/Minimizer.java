package org.trufflemojo.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shrinks a failing program while it still fails the same way: delta debugging over its lines, then
 * over its tokens (chunks of halving size removed while the failure stays), within a budget of tries.
 */
public final class Minimizer {
    private final Function<String, Outcome> runner;
    private int budget;

    /** @param budget at most this many runs of the program */
    public Minimizer(Function<String, Outcome> runner, int budget) {
        this.runner = runner;
        this.budget = budget;
    }

    /** The smallest text found that fails as {@code failure} did. */
    public String minimize(String text, Outcome failure) {
        Predicate<String> fails = candidate -> {
            if (budget <= 0) {
                return false;
            }
            budget--;
            Outcome o = runner.apply(candidate);
            // a hang's stack is wherever the loop was when stopped: only its phase must stay the same
            return failure.kind() == Outcome.Kind.HANG ? o.kind() == Outcome.Kind.HANG && phase(o).equals(phase(failure)) : o.sameFailure(failure);
        };
        String lines = shrink(text, Mutator.lines(text), fails);
        return shrink(lines, Mutator.tokens(lines), fails);
    }

    private static String phase(Outcome o) {
        return o.signature().split(":", 2)[0];
    }

    /** The text with as many of the spans removed as can be while it still fails. */
    private static String shrink(String text, List<int[]> spans, Predicate<String> fails) {
        List<String> pieces = new ArrayList<>(); // the text between spans (kept), then the spans, alternating
        int at = 0;
        for (int[] span : spans) {
            pieces.add(text.substring(at, span[0]));
            pieces.add(text.substring(span[0], span[1]));
            at = span[1];
        }
        String tail = text.substring(at);
        boolean[] removed = new boolean[spans.size()];
        for (int chunk = Math.max(1, spans.size() / 2); chunk >= 1; chunk /= 2) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int start = 0; start < spans.size(); start += chunk) {
                    boolean[] trial = removed.clone();
                    boolean any = false;
                    for (int i = start; i < Math.min(spans.size(), start + chunk); i++) {
                        any |= !trial[i];
                        trial[i] = true;
                    }
                    if (any && fails.test(join(pieces, trial, tail))) {
                        removed = trial;
                        progress = true;
                    }
                }
            }
        }
        return join(pieces, removed, tail);
    }

    private static String join(List<String> pieces, boolean[] removed, String tail) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < removed.length; i++) {
            b.append(pieces.get(2 * i));
            if (!removed[i]) {
                b.append(pieces.get(2 * i + 1));
            }
        }
        return b.append(tail).toString();
    }
}

package org.trufflemojo.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Compiles and runs one program in a fresh context with checked native memory, on a worker thread
 * watched by a time limit for the compile and one for the run, and tells what happened.
 * <p>
 * A run still going at its limit is cancelled (its context closed) and is the program's own loop; a
 * compile still going at its limit is a hang, TruffleMojo's bug. A worker that cannot be stopped at
 * all is left behind (a daemon thread) and reported as a hang.
 */
public final class MutantRunner {
    private final long compileLimitMillis;
    private final long runLimitMillis;
    /** Workers left behind, still running: each takes a core, so a campaign stops after a few. */
    private int abandoned;

    public MutantRunner(long compileLimitMillis, long runLimitMillis) {
        this.compileLimitMillis = compileLimitMillis;
        this.runLimitMillis = runLimitMillis;
    }

    public int abandonedWorkers() {
        return abandoned;
    }

    private enum Phase {
        STARTING, COMPILING, RUNNING, DONE
    }

    /** Compiles and runs the text as the file at {@code path} (whose directory is where its imports are found). */
    public Outcome run(Path path, String text) {
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.STARTING);
        AtomicReference<Outcome> result = new AtomicReference<>();
        AtomicReference<Context> context = new AtomicReference<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread worker = new Thread(() -> result.set(compileAndRun(path, text, phase, context, out)), "mojo-fuzz-worker");
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        long phaseStart = start;
        Phase seen = Phase.STARTING;
        try {
            while (true) {
                worker.join(20);
                if (!worker.isAlive()) {
                    return result.get();
                }
                Phase now = phase.get();
                if (now != seen) {
                    seen = now;
                    phaseStart = System.nanoTime();
                }
                long elapsed = (System.nanoTime() - phaseStart) / 1_000_000;
                if (now == Phase.COMPILING && elapsed > compileLimitMillis) {
                    String where = frames(worker.getStackTrace());
                    stop(worker, context.get());
                    return new Outcome(Outcome.Kind.HANG, "compile: " + where, "the compile took over " + compileLimitMillis + " ms");
                }
                if (now == Phase.RUNNING && elapsed > runLimitMillis) {
                    String where = frames(worker.getStackTrace());
                    if (stop(worker, context.get())) {
                        return Outcome.of(Outcome.Kind.RUN_TIMEOUT);
                    }
                    return new Outcome(Outcome.Kind.HANG, "run: " + where, "the run could not be cancelled");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Cancels the worker's context; whether the worker then ended (otherwise it is left behind). */
    private boolean stop(Thread worker, Context context) throws InterruptedException {
        if (context != null) {
            // (close(true) waits for the execution to stop: from a helper thread, so a worker that never stops cannot block us)
            Thread canceller = new Thread(() -> {
                try {
                    context.close(true);
                } catch (RuntimeException e) {
                    // the cancelled context reports its cancellation: expected
                }
            }, "mojo-fuzz-cancel");
            canceller.setDaemon(true);
            canceller.start();
        }
        worker.join(5_000);
        if (worker.isAlive()) {
            abandoned++;
            return false;
        }
        return true;
    }

    private static Outcome compileAndRun(Path path, String text, AtomicReference<Phase> phase, AtomicReference<Context> holder, ByteArrayOutputStream out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Source source = Source.newBuilder("mojo", path.toFile()).content(text).buildLiteral();
        try (Context context = Context.newBuilder("mojo").out(out).err(err).in(java.io.InputStream.nullInputStream()).allowIO(IOAccess.ALL)
                        .option("mojo.CheckMemory", "true").build()) {
            holder.set(context);
            phase.set(Phase.COMPILING);
            Value module = context.eval(source);
            phase.set(Phase.RUNNING);
            module.execute();
            phase.set(Phase.DONE);
        } catch (PolyglotException e) {
            phase.set(Phase.DONE);
            return classify(e);
        } catch (RuntimeException e) {
            // the polyglot API wraps what a language throws: anything else escaping it is a bug too
            // (what a context cancelled by the watchdog throws is not looked at: the watchdog tells the outcome)
            return new Outcome(Outcome.Kind.INTERNAL_ERROR, signature(e), String.valueOf(e));
        } catch (Error e) {
            return new Outcome(Outcome.Kind.CRASH, signature(e), String.valueOf(e));
        }
        return Outcome.of(Outcome.Kind.ACCEPTED);
    }

    /** The outcome a polyglot exception stands for. */
    static Outcome classify(PolyglotException e) {
        if (e.isExit()) {
            return Outcome.of(Outcome.Kind.ACCEPTED);
        }
        if (e.isCancelled() || e.isInterrupted()) {
            return Outcome.of(Outcome.Kind.RUN_TIMEOUT);
        }
        if (e.isInternalError() || e.isHostException()) {
            return new Outcome(Outcome.Kind.INTERNAL_ERROR, signature(e), e.getMessage());
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.isSyntaxError()) {
            // every diagnostic says where and what: "file.mojo:L:C: error: what"
            if (!message.contains("error: ") || message.strip().endsWith("error:") || message.contains("error: \n")) {
                return new Outcome(Outcome.Kind.INTERNAL_ERROR, "a diagnostic without a message", message);
            }
            return Outcome.of(Outcome.Kind.COMPILE_ERROR);
        }
        if (message.contains("java.") || message.contains("org.trufflemojo.")) {
            // a run-time error that shows a Java class name is an internal error wearing a Mojo message
            return new Outcome(Outcome.Kind.INTERNAL_ERROR, "a Java name in a run-time error: " + message.lines().findFirst().orElse(""), message);
        }
        return Outcome.of(Outcome.Kind.RUNTIME_ERROR);
    }

    /** The exception's class and the first frames of TruffleMojo's code it went through. */
    static String signature(PolyglotException e) {
        // an internal error's message is the Java exception's toString: its class comes first
        String message = e.getMessage() == null ? "" : e.getMessage();
        String type = message.split(":", 2)[0].strip();
        List<String> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isHostFrame()) {
                StackTraceElement element = frame.toHostFrame();
                if (element.getClassName().startsWith("org.trufflemojo.") && frames.size() < 2) {
                    frames.add(element.getClassName().substring(element.getClassName().lastIndexOf('.') + 1) + "." + element.getMethodName() + ":" + element.getLineNumber());
                }
            }
        }
        return type + " at " + String.join(" < ", frames);
    }

    static String signature(Throwable e) {
        return e.getClass().getName() + " at " + frames(e.getStackTrace());
    }

    /** The first two frames of TruffleMojo's code (or the first two at all). */
    static String frames(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement element : stack) {
            if (element.getClassName().startsWith("org.trufflemojo.") && !element.getClassName().startsWith("org.trufflemojo.fuzz.") && frames.size() < 2) {
                frames.add(element.getClassName().substring(element.getClassName().lastIndexOf('.') + 1) + "." + element.getMethodName() + ":" + element.getLineNumber());
            }
        }
        if (frames.isEmpty()) {
            for (int i = 0; i < Math.min(2, stack.length); i++) {
                frames.add(stack[i].toString());
            }
        }
        return String.join(" < ", frames);
    }
}

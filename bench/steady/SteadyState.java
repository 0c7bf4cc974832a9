import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Steady-state timing: runs one benchmark's main repeatedly in one process and prints the median
 * of the timed runs after the warm-up runs, with the checksum line the last run printed.
 *
 *   java SteadyState.java java CLASS_DIR NAME WARMUP RUNS   (the Java twin, class NAME in CLASS_DIR)
 *   java ... SteadyState.java mojo FILE.mojo WARMUP RUNS    (a Mojo program's main, one context)
 *
 * Output: one line "median_ms checksum-line". bench/steady.sh runs both sides and makes the table.
 * Not part of the build: it needs nothing but the JDK (Java side) or the distribution's modules
 * (Mojo side) and is run in source-file mode.
 */
public class SteadyState {
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[args.length - 2]);
        int runs = Integer.parseInt(args[args.length - 1]);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Runnable once = switch (args[0]) {
            case "java" -> javaMain(Path.of(args[1]), args[2], captured);
            case "mojo" -> mojoMain(Path.of(args[1]), captured);
            default -> throw new IllegalArgumentException("java or mojo, not " + args[0]);
        };
        long[] times = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            captured.reset();
            long t0 = System.nanoTime();
            once.run();
            long t = System.nanoTime() - t0;
            if (i >= warmup) {
                times[i - warmup] = t;
            }
        }
        Arrays.sort(times);
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        System.out.printf("%.1f %s%n", times[runs / 2] / 1e6, lines[lines.length - 1]);
    }

    /** The Java twin's main, its output captured (System.out is swapped around each run). */
    private static Runnable javaMain(Path classes, String name, ByteArrayOutputStream captured) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()});
        Method main = loader.loadClass(name).getMethod("main", String[].class);
        PrintStream console = System.out;
        PrintStream into = new PrintStream(captured, true, StandardCharsets.UTF_8);
        return () -> {
            System.setOut(into);
            try {
                main.invoke(null, (Object) new String[0]);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                System.setOut(console);
            }
        };
    }

    /** The Mojo program's main, called through its module value in one context (compiled code is kept). */
    private static Runnable mojoMain(Path file, OutputStream captured) throws Exception {
        // (native access: trusted code, which runs without checked memory, as the mojo command does)
        Context context = Context.newBuilder("mojo").allowNativeAccess(true).out(captured).build();
        Value module = context.eval(Source.newBuilder("mojo", file.toFile()).build());
        Value main = module.getMember("main");
        return () -> main.execute();
    }
}

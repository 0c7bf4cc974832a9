import java.io.File;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;

/**
 * Runs a JavaScript or Python program with a Mojo module bound as {@code mojo} (GraalJS publishes no
 * JVM launcher of its own, so the guest needs this small host). Arguments: language, program, module.
 */
public class RunGuest {
    public static void main(String[] args) throws Exception {
        String language = args[0];
        try (Context context = Context.newBuilder(language, "mojo").allowPolyglotAccess(PolyglotAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            context.getPolyglotBindings().putMember("mojo", context.eval(Source.newBuilder("mojo", new File(args[2])).build()));
            context.eval(Source.newBuilder(language, new File(args[1])).build());
        }
    }
}

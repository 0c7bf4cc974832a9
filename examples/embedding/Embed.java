import java.io.File;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Mojo as a library of a Java program: evaluate the module, call its functions, use its struct. */
public class Embed {
    public static void main(String[] args) throws Exception {
        try (Context context = Context.newBuilder("mojo").option("engine.WarnInterpreterOnly", "false").build()) {
            Value mojo = context.eval(Source.newBuilder("mojo", new File(args[0])).build());
            System.out.println(mojo.invokeMember("greet", "Java").asString());
            System.out.println("fib(50) = " + mojo.invokeMember("fib", 50).asLong());
            System.out.println("squares(5) = " + mojo.invokeMember("squares", 5));
            System.out.println("norm1 = " + mojo.getMember("Point").newInstance(3, -4).invokeMember("norm1").asInt());
        }
    }
}

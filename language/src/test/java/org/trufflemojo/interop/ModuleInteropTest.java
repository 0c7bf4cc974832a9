package org.trufflemojo.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** A Mojo source evaluated from Java is a module whose functions Java calls with Java values. */
class ModuleInteropTest {
    private static final String MODULE = """
                    fn add(a: Int, b: Int) -> Int:
                        return a + b

                    fn scale(x: Float64, by: Float64) -> Float64:
                        return x * by

                    fn negate(b: Bool) -> Bool:
                        return not b

                    fn greet(name: String) -> String:
                        return "Hello, " + name + "!"

                    fn keep(var name: String) -> Int:
                        return len(name)

                    fn shout(msg: String):
                        print(msg.upper())

                    fn total(values: List[Int]) -> Int:
                        var t = 0
                        for v in values:
                            t += v
                        return t

                    @fieldwise_init
                    struct Point(Copyable, Movable):
                        var x: Int
                        var y: Float64

                    fn origin_shifted(by: Int) -> Point:
                        return Point(by, 0.5)

                    fn norm1(p: Point) -> Float64:
                        return Float64(p.x) + p.y

                    fn checked(x: Int) raises -> Int:
                        if x < 0:
                            raise Error("negative: " + String(x))
                        return x

                    fn first_of(p: UnsafePointer[Int]) -> Int:
                        return p[0]

                    fn main():
                        print("main ran")
                    """;

    private static Context context(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Context.newBuilder("mojo").out(out).err(err).option("mojo.CheckMemory", "true").build();
    }

    @Test
    void evaluatingGivesTheModuleAndExecutingItRunsMain() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = context(out, new ByteArrayOutputStream())) {
            Value module = context.eval(Source.create("mojo", MODULE));
            assertEquals("", out.toString(StandardCharsets.UTF_8), "evaluating does not run main");
            assertTrue(module.hasMember("add") && module.hasMember("main") && module.hasMember("greet"));
            module.execute();
            assertEquals("main ran\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void functionsTakeAndReturnNumbersBooleansAndStrings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = context(out, err)) {
            Value module = context.eval(Source.create("mojo", MODULE));
            assertEquals(5, module.invokeMember("add", 2, 3).asLong());
            assertEquals(7.5, module.getMember("scale").execute(2.5, 3).asDouble());
            assertFalse(module.invokeMember("negate", true).asBoolean());
            assertEquals("Hello, Bob!", module.invokeMember("greet", "Bob").asString());
            assertEquals(4, module.invokeMember("keep", "four").asLong());
            assertTrue(module.invokeMember("shout", "hi").isNull());
            for (int i = 0; i < 2000; i++) {
                module.invokeMember("greet", "x" + i); // every String made at the border is freed
            }
            module.execute(); // the program's end reports any native memory never freed
            assertEquals("HI\nmain ran\n", out.toString(StandardCharsets.UTF_8));
            assertEquals("", err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void structsWithoutNativeMemoryCrossAsObjectsWithTheirFields() {
        try (Context context = context(new ByteArrayOutputStream(), new ByteArrayOutputStream())) {
            Value module = context.eval(Source.create("mojo", MODULE));
            Value p = module.invokeMember("origin_shifted", 3);
            assertEquals(3, p.getMember("x").asLong());
            assertEquals(0.5, p.getMember("y").asDouble());
            assertEquals("Point(x=3, y=0.5)", p.toString());
            assertEquals(3.5, module.invokeMember("norm1", p).asDouble());
            Value q = module.getMember("Point").newInstance(4, 1.25); // a struct is its constructor
            assertEquals(5.25, module.invokeMember("norm1", q).asDouble());
        }
    }

    @Test
    void aWrongArgumentNamesTheParameterAndBothTypes() {
        try (Context context = context(new ByteArrayOutputStream(), new ByteArrayOutputStream())) {
            Value module = context.eval(Source.create("mojo", MODULE));
            PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("add", "two", 3));
            assertEquals("error: argument 'a' of 'add': expected Int, got String", e.getMessage());
            PolyglotException arity = assertThrows(PolyglotException.class, () -> module.invokeMember("add", 1));
            assertEquals("error: invalid call to 'add': expected 2 arguments, got 1", arity.getMessage());
            PolyglotException list = assertThrows(PolyglotException.class, () -> module.invokeMember("total", 1));
            assertEquals("error: argument 'values' of 'total': expected List[Int], got Int", list.getMessage());
            PolyglotException unsupported = assertThrows(PolyglotException.class, () -> module.invokeMember("first_of", 1));
            assertEquals("error: 'first_of' cannot be called from another language yet: its argument type 'UnsafePointer[Int]'", unsupported.getMessage());
        }
    }

    @Test
    void aRaisedErrorIsAGuestExceptionWithItsMessage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = context(new ByteArrayOutputStream(), err)) {
            Value module = context.eval(Source.create("mojo", MODULE));
            assertEquals(3, module.invokeMember("checked", 3).asLong());
            PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("checked", -1));
            assertTrue(e.isGuestException());
            assertFalse(e.isInternalError());
            assertEquals("negative: -1", e.getMessage());
            module.execute();
            assertEquals("", err.toString(StandardCharsets.UTF_8));
        }
    }
}

package org.trufflemojo.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

/** Function values both ways, {@code mut} arguments, struct methods, and the Mojo view of plain values. */
class FunctionsAndMethodsTest extends MojoModuleFixture {
    private static final String MODULE = """
                    fn twice(x: Int) -> Int:
                        return 2 * x

                    fn get_twice() -> fn(Int) -> Int:
                        return twice

                    fn apply(f: fn(Int) -> Int, x: Int) -> Int:
                        return f(x)

                    fn grow(mut l: List[Int]):
                        l.append(99)

                    fn first_of(p: UnsafePointer[Int]) -> Int:
                        return p[0]

                    fn get_first_of() -> fn(UnsafePointer[Int]) -> Int:
                        return first_of

                    fn make_list() -> List[Int]:
                        return [1]

                    fn is_even(x: Int) -> Bool:
                        return x % 2 == 0

                    @fieldwise_init
                    struct Counter(Copyable, Movable):
                        var n: Int

                        fn bump(mut self, by: Int):
                            self.n += by

                        fn get(self) -> Int:
                            return self.n

                    fn take(var c: Counter) -> Int:
                        c.bump(100)
                        return c.n

                    fn main():
                        pass
                    """;

    @Override
    String source() {
        return MODULE;
    }

    @Test
    void functionValuesAreExecutablesAndGoBackAsThemselves() {
        Value f = module.invokeMember("get_twice");
        assertTrue(f.canExecute());
        assertEquals(8, f.execute(4).asLong());
        assertEquals("fn(Int) -> Int", f.getMetaObject().getMetaQualifiedName());
        assertEquals(10, module.invokeMember("apply", f, 5).asLong());
        assertEquals(14, module.invokeMember("apply", module.getMember("twice"), 7).asLong());
        PolyglotException wrong = assertThrows(PolyglotException.class, () -> module.invokeMember("apply", module.getMember("is_even"), 1));
        assertEquals("error: argument 'f' of 'apply': expected fn(Int) -> Int, got fn(Int) -> Bool", wrong.getMessage());
    }

    @Test
    void aFunctionValueOfATypeThatCannotCrossSaysSo() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("get_first_of"));
        assertEquals("error: 'get_first_of' cannot be called from another language yet: its result type 'fn(UnsafePointer[Int]) -> Int'", e.getMessage());
    }

    @Test
    void functionsOfOtherLanguagesAreCalledWithConversions() {
        assertEquals(6, module.invokeMember("apply", (ProxyExecutable) args -> args[0].asInt() + 1, 5).asLong());
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("apply", (ProxyExecutable) args -> "six", 5));
        assertEquals("error: a function of another language used as 'fn(Int) -> Int' returned String, expected Int", e.getMessage());
        assertTrue(e.isGuestException());
    }

    @Test
    void aMutArgumentThatIsAMojoValueShowsTheCalleesChanges() {
        Value l = module.invokeMember("make_list");
        module.invokeMember("grow", l);
        assertEquals("[1, 99]", l.toString());
        List<Integer> javaList = new ArrayList<>(List.of(1));
        module.invokeMember("grow", javaList); // converted to a new Mojo list: the Java list is not the callee's to change
        assertEquals(List.of(1), javaList);
    }

    @Test
    void structMethodsAreInvocableAndMutMethodsChangeTheReceiver() {
        Value c = module.getMember("Counter").newInstance(1);
        assertTrue(c.canInvokeMember("bump"));
        assertTrue(c.getMemberKeys().containsAll(List.of("n", "bump", "get")));
        c.invokeMember("bump", 5);
        assertEquals(6, c.getMember("n").asLong());
        assertEquals(6, c.invokeMember("get").asLong());
        assertEquals(8, c.getMember("get").execute().asLong() + 2);
        assertEquals(106, module.invokeMember("take", c).asLong());
        assertEquals(6, c.getMember("n").asLong(), "a `var` argument is the callee's own copy");
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.invokeMember("bump", "x"));
        assertEquals("error: argument 'by' of 'bump': expected Int, got String", e.getMessage());
    }

    @Test
    void plainValuesFromMojoHaveMojoTypesAndText() {
        Value even = module.invokeMember("is_even", 4);
        assertEquals("True", even.toString());
        assertEquals("Bool", even.getMetaObject().getMetaSimpleName());
        Value n = module.invokeMember("twice", 4);
        assertEquals("Int", n.getMetaObject().getMetaQualifiedName());
        assertTrue(n.getMetaObject().isMetaInstance(n));
        assertFalse(n.getMetaObject().isMetaInstance(even));
    }
}

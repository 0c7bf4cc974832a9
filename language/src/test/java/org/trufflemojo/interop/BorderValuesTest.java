package org.trufflemojo.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Each kind of Mojo value, as other languages see it when a function returns it, and as it goes back. */
class BorderValuesTest extends MojoModuleFixture {
    private static final String MODULE = """
                    fn squares(n: Int) -> List[Int]:
                        var l = List[Int]()
                        for i in range(n):
                            l.append(i * i)
                        return l^

                    fn words() -> List[String]:
                        return ["a", "bc"]

                    fn total(values: List[Int]) -> Int:
                        var t = 0
                        for v in values:
                            t += v
                        return t

                    fn joined(words: List[String]) -> String:
                        var s = String()
                        for w in words:
                            s += w
                        return s

                    fn ages() -> Dict[String, Int]:
                        var d = Dict[String, Int]()
                        d["ann"] = 31
                        d["bob"] = 42
                        return d^

                    fn age_sum(d: Dict[String, Int]) -> Int:
                        var t = 0
                        for e in d.items():
                            t += e.value
                        return t

                    fn pair() -> Tuple[Int, String]:
                        return (1, "one")

                    fn first(p: Tuple[Int, String]) -> Int:
                        return p[0]

                    fn maybe(present: Bool) -> Optional[Int]:
                        if present:
                            return 7
                        return None

                    fn or_zero(o: Optional[Int]) -> Int:
                        return o.or_else(0)

                    fn lanes() -> SIMD[DType.float32, 4]:
                        return SIMD[DType.float32, 4](1.5, 2.0, 3.0, 4.0)

                    fn lane_sum(v: SIMD[DType.int32, 4]) -> Int32:
                        return v.reduce_add()

                    fn mask() -> SIMD[DType.bool, 4]:
                        return SIMD[DType.int32, 4](1, 2, 3, 4) > 2

                    fn small(x: Int8) -> Int8:
                        return x + 1

                    fn big() -> UInt64:
                        return 18446744073709551615

                    fn big_half() -> UInt64:
                        return 4611686018427387904

                    fn top_bit() -> UInt64:
                        return 9223372036854775808

                    fn half() -> Float32:
                        return 0.5

                    fn nested() -> List[List[Int]]:
                        return [[1], [2, 3]]

                    @fieldwise_init
                    struct Point(Copyable, Movable):
                        var x: Int
                        var y: Float64

                    fn point() -> Point:
                        return Point(1, 2.5)

                    fn px(p: Point) -> Int:
                        return p.x

                    @fieldwise_init
                    struct Person(Copyable, Movable):
                        var name: String
                        var tags: List[String]

                        fn greet(self) -> String:
                            return "hi " + self.name

                        fn rename(mut self, name: String):
                            self.name = name

                    fn person() -> Person:
                        return Person("Ann", ["a"])

                    fn name_of(p: Person) -> String:
                        return p.name

                    fn huge() -> UInt128:
                        return UInt128(1) << 100

                    fn add_wide(a: Int128, b: Int128) -> Int128:
                        return a + b

                    fn digits() -> InlineArray[Int, 3]:
                        return InlineArray[Int, 3](1, 2, 3)

                    fn array_sum(a: InlineArray[Int, 3]) -> Int:
                        return a[0] + a[1] + a[2]

                    fn double_all(mut a: InlineArray[Int, 3]):
                        for i in range(3):
                            a[i] *= 2

                    fn main():
                        pass
                    """;

    @Override
    String source() {
        return MODULE;
    }

    @Test
    void aListIsAnArrayWithBoundsChecksWritesAndAppend() {
        Value l = module.invokeMember("squares", 4);
        assertTrue(l.hasArrayElements());
        assertEquals(4, l.getArraySize());
        assertEquals(9, l.getArrayElement(3).asLong());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> l.getArrayElement(4));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> l.getArrayElement(-1));
        l.setArrayElement(0, 100);
        l.invokeMember("append", 5);
        assertEquals(5, l.getArraySize());
        assertEquals("[100, 1, 4, 9, 5]", l.toString());
        assertThrows(ClassCastException.class, () -> l.setArrayElement(1, "text"));
        assertEquals(119, module.invokeMember("total", l).asLong(), "a Mojo list goes back as it is");
        assertTrue(l.removeArrayElement(0));
        assertEquals("[1, 4, 9, 5]", l.toString());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> l.removeArrayElement(4));
        assertEquals("List[Int]", l.getMetaObject().getMetaQualifiedName());
        assertEquals("List", l.getMetaObject().getMetaSimpleName());
        assertTrue(l.getMetaObject().isMetaInstance(l));
    }

    @Test
    void listsOfStringsAndListsCrossBothWays() {
        Value w = module.invokeMember("words");
        assertEquals("['a', 'bc']", w.toString());
        assertEquals("bc", w.getArrayElement(1).asString());
        assertEquals("xyz", module.invokeMember("joined", List.of("x", "y", "z")).asString());
        assertEquals("abc", module.invokeMember("joined", w).asString());
        Value n = module.invokeMember("nested");
        assertEquals("[[1], [2, 3]]", n.toString());
        assertEquals(3, n.getArrayElement(1).getArrayElement(1).asLong());
    }

    @Test
    void javaArraysAndListsBecomeMojoLists() {
        assertEquals(6, module.invokeMember("total", new int[]{1, 2, 3}).asLong());
        assertEquals(6, module.invokeMember("total", List.of(1, 2, 3)).asLong());
        assertEquals(0, module.invokeMember("total", new long[0]).asLong());
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("total", List.of(1, "two")));
        assertEquals("error: argument 'values' of 'total': expected List[Int], got an array whose element 1 is String", e.getMessage());
        assertTrue(e.isGuestException());
    }

    @Test
    void aDictIsAHashInInsertionOrder() {
        Value d = module.invokeMember("ages");
        assertTrue(d.hasHashEntries());
        assertEquals(2, d.getHashSize());
        assertEquals(42, d.getHashValue("bob").asLong());
        assertTrue(d.getHashValue("carl") == null || d.getHashValue("carl").isNull());
        d.putHashEntry("carl", 7);
        assertThrows(IllegalArgumentException.class, () -> d.putHashEntry("dan", "old"));
        assertTrue(d.removeHashEntry("ann"));
        Value it = d.getHashEntriesIterator();
        Value firstEntry = it.getIteratorNextElement();
        assertEquals("bob", firstEntry.getArrayElement(0).asString());
        assertEquals("{'bob': 42, 'carl': 7}", d.toString());
        assertEquals(49, module.invokeMember("age_sum", d).asLong());
        assertEquals(3, module.invokeMember("age_sum", Map.of("x", 1, "y", 2)).asLong());
        assertEquals("Dict[String, Int]", d.getMetaObject().getMetaQualifiedName());
    }

    @Test
    void tuplesAreFixedArraysAndOptionalsTheirValueOrNull() {
        Value p = module.invokeMember("pair");
        assertEquals(2, p.getArraySize());
        assertEquals("one", p.getArrayElement(1).asString());
        assertEquals("(1, 'one')", p.toString());
        assertThrows(UnsupportedOperationException.class, () -> p.setArrayElement(0, 2));
        assertEquals(1, module.invokeMember("first", p).asLong());
        assertEquals(5, module.invokeMember("first", (Object) new Object[]{5, "five"}).asLong());
        assertEquals(7, module.invokeMember("maybe", true).asLong());
        assertTrue(module.invokeMember("maybe", false).isNull());
        assertEquals(3, module.invokeMember("or_zero", 3).asLong());
        assertEquals(0, module.invokeMember("or_zero", (Object) null).asLong());
    }

    @Test
    void wideIntegersAreExactBigNumbers() {
        Value h = module.invokeMember("huge");
        assertTrue(h.fitsInBigInteger());
        assertFalse(h.fitsInLong());
        assertEquals(java.math.BigInteger.ONE.shiftLeft(100), h.asBigInteger());
        assertEquals("1267650600228229401496703205376", h.toString());
        assertEquals("UInt128", h.getMetaObject().getMetaQualifiedName());
        Value small = module.invokeMember("add_wide", 2, 3);
        assertTrue(small.fitsInInt());
        assertEquals(5, small.asInt());
        assertEquals(java.math.BigInteger.ONE.shiftLeft(100).add(java.math.BigInteger.ONE),
                        module.invokeMember("add_wide", java.math.BigInteger.ONE.shiftLeft(100), 1).asBigInteger());
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("add_wide", java.math.BigInteger.ONE.shiftLeft(127), 0));
        assertEquals("error: argument 'a' of 'add_wide': expected Int128, got an integer out of range", e.getMessage());
    }

    @Test
    void anInlineArrayIsAnArrayOfFixedSizeWithAssignableElements() {
        Value a = module.invokeMember("digits");
        assertEquals(3, a.getArraySize());
        assertEquals("[1, 2, 3]", a.toString());
        a.setArrayElement(0, 10);
        assertThrows(ClassCastException.class, () -> a.setArrayElement(1, "two"));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> a.setArrayElement(3, 4));
        assertThrows(UnsupportedOperationException.class, () -> a.removeArrayElement(0));
        assertEquals(15, module.invokeMember("array_sum", a).asLong(), "a Mojo array goes back as it is");
        assertEquals(6, module.invokeMember("array_sum", new int[]{1, 2, 3}).asLong());
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("array_sum", new int[]{1, 2}));
        assertEquals("error: argument 'a' of 'array_sum': expected InlineArray[Int, 3], got an array of 2 elements", e.getMessage());
        module.invokeMember("double_all", a);
        assertEquals("[20, 4, 6]", a.toString(), "a mut argument shows the callee's changes");
        assertEquals("InlineArray[Int, 3]", a.getMetaObject().getMetaQualifiedName());
    }

    @Test
    void simdVectorsAreArraysOfNumbers() {
        Value v = module.invokeMember("lanes");
        assertEquals(4, v.getArraySize());
        assertEquals(1.5f, v.getArrayElement(0).asFloat());
        assertEquals("[1.5, 2.0, 3.0, 4.0]", v.toString());
        assertEquals("SIMD[DType.float32, 4]", v.getMetaObject().getMetaQualifiedName());
        assertEquals(10, module.invokeMember("lane_sum", new int[]{1, 2, 3, 4}).asInt());
        assertThrows(PolyglotException.class, () -> module.invokeMember("lane_sum", new int[]{1, 2}));
        Value mask = module.invokeMember("mask");
        assertEquals("[False, False, True, True]", mask.toString());
        assertTrue(mask.getArrayElement(2).asBoolean());
    }

    @Test
    void sizedNumbersAreExactNumbersThatKnowTheirType() {
        Value s = module.invokeMember("small", 4);
        assertEquals(5, s.asByte());
        assertTrue(s.fitsInByte());
        assertEquals("Int8", s.getMetaObject().getMetaQualifiedName());
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.invokeMember("small", 300));
        assertEquals("error: argument 'x' of 'small': expected Int8, got Int", e.getMessage());
        Value h = module.invokeMember("half");
        assertTrue(h.fitsInFloat());
        assertEquals(0.5f, h.asFloat());
        Value b = module.invokeMember("big");
        assertEquals("18446744073709551615", b.toString());
        assertFalse(b.fitsInLong());
        assertFalse(b.fitsInDouble(), "2^64 - 1 is no double");
        assertEquals(new java.math.BigInteger("18446744073709551615"), b.asBigInteger());
        assertEquals(1L << 62, module.invokeMember("big_half").asLong());
        assertEquals(9.223372036854775808E18, module.invokeMember("top_bit").asDouble(), "2^63 is a double exactly");
    }

    @Test
    void structsAreObjectsAndFunctionsExecutables() {
        Value p = module.invokeMember("point");
        assertEquals(1, p.getMember("x").asLong());
        assertEquals("Point", p.getMetaObject().getMetaSimpleName());
        p.putMember("x", 5);
        assertEquals(5, module.invokeMember("px", p).asLong());
        assertThrows(IllegalArgumentException.class, () -> p.putMember("x", "five"));
        assertThrows(IllegalArgumentException.class, () -> p.putMember("x", 1.5));
        Value px = module.getMember("px");
        assertTrue(px.canExecute());
        assertEquals("fn px(p: Point) -> Int", px.toString());
        assertEquals(5, px.execute(p).asLong());
        PolyglotException e = assertThrows(PolyglotException.class, () -> px.execute(3));
        assertEquals("error: argument 'p' of 'px': expected Point, got Int", e.getMessage());
    }

    @Test
    void structsOwningStringsAndListsCrossAsCopiesOfTheirFields() {
        Value p = module.invokeMember("person");
        assertEquals("Ann", p.getMember("name").asString());
        assertEquals("a", p.getMember("tags").getArrayElement(0).asString());
        assertEquals("Person(name='Ann', tags=['a'])", p.toString());
        assertEquals("Person", p.getMetaObject().getMetaSimpleName());
        assertEquals("hi Ann", p.invokeMember("greet").asString());
        p.invokeMember("rename", "Bo");
        assertEquals("Bo", p.getMember("name").asString(), "a mut self method changes the receiver");
        p.getMember("tags").invokeMember("append", "b");
        p.putMember("name", "Cy");
        assertEquals("Cy", module.invokeMember("name_of", p).asString());
        assertEquals("Person(name='Cy', tags=['a', 'b'])", p.toString());
        assertThrows(IllegalArgumentException.class, () -> p.putMember("name", 5));
        Value q = module.getMember("Person").newInstance("Di", List.of("x"));
        assertEquals("hi Di", q.invokeMember("greet").asString());
    }
}

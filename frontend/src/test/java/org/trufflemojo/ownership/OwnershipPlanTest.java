package org.trufflemojo.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The lifetime plan of small programs, line by line, where ASAP destruction differs from the end
 * of a scope: each test states where Mojo's rules put a copy, a move or a destroy.
 */
public class OwnershipPlanTest {
    private static final String TAKE = """
                    fn take(var s: String):
                        print(s)


                    """;

    /** The lines of one function's section of the plan of {@code program}, without the header. */
    private static List<String> plan(String program, String function) {
        String text = Compiled.planOf(TAKE + program + "\n\ndef main():\n    pass\n");
        for (String section : text.split("\n\n")) {
            List<String> lines = Arrays.asList(section.split("\n"));
            if (lines.get(0).equals("fn " + function)) {
                return lines.subList(1, lines.size()).stream().map(String::strip).toList();
            }
        }
        throw new AssertionError("no section for " + function + " in\n" + text);
    }

    /** The plan lines that mention {@code place} (as a whole word), in order. */
    private static List<String> about(List<String> lines, String place) {
        return lines.stream().filter(l -> l.matches(".*\\b(move|copy|destroy) " + Pattern.quote(place) + "( .*|$)")).toList();
    }

    @Test
    void lastUseInOneBranchDiesAtTheStartOfTheOther() {
        List<String> lines = plan("""
                        fn branch(flag: Bool):
                            var s = String("x")
                            if flag:
                                print(s)
                            else:
                                print("no")
                            print("after")
                        """, "branch");
        // TAKE has four lines, so `fn branch` is line 5 and the `if` line 7.
        assertEquals(List.of("8:14  destroy s (after last use)", "7:5  destroy s (else start)"), about(lines, "s"));
    }

    @Test
    void aValueUsedOnlyInALoopDiesAtItsExitOneUsedAfterItLater() {
        List<String> lines = plan("""
                        fn loops(n: Int):
                            var inside = String("a")
                            var after = String("b")
                            for i in range(n):
                                print(inside, after)
                            print("between")
                            print(after)
                        """, "loops");
        assertEquals(List.of("8:5  destroy inside (loop exit)"), about(lines, "inside"));
        assertEquals(List.of("11:10  destroy after (after last use)"), about(lines, "after"));
    }

    @Test
    void aLiveValueIsDestroyedOnTheRaiseEdgeOfACallThatMayRaise() {
        List<String> lines = plan("""
                        fn may_fail(n: Int) raises -> Int:
                            return n


                        fn raising(n: Int) raises:
                            var s = String("x")
                            var k = may_fail(n)
                            print(s, k)
                        """, "raising");
        assertEquals(List.of("11:21  destroy s (raise edge)", "12:10  destroy s (after last use)"), about(lines, "s"));
    }

    @Test
    void aValueUsedByARaiseDiesBeforeItAndOneNotUsedAtTheBranchStart() {
        List<String> lines = plan("""
                        fn fail_with(var message: String, other: String, big: Bool) raises:
                            var s = String(other)
                            if big:
                                raise Error(message)
                            print(s, message)
                        """, "fail_with");
        assertEquals(List.of("8:9  destroy message (before raise)", "9:10  destroy message (after last use)"), about(lines, "message"));
        assertEquals(List.of("7:5  destroy s (branch start)", "9:10  destroy s (after last use)"), about(lines, "s"));
    }

    @Test
    void aCopyBecomesAMoveAtTheLastUse() {
        List<String> lines = plan("""
                        fn copies():
                            var a = String("a")
                            var b = a
                            take(a)
                            take(b)
                        """, "copies");
        assertEquals(List.of("7:13  copy a", "8:10  move a"), about(lines, "a"));
        assertEquals(List.of("9:10  move b"), about(lines, "b"));
    }

    @Test
    void anExplicitTransferMovesEvenBeforeTheLastUse() {
        List<String> lines = plan("""
                        fn transfers():
                            var a = String("a")
                            var b = a^
                            a = String("again")
                            print(a, b)
                        """, "transfers");
        assertTrue(lines.contains("7:14  move a"), lines.toString());
    }

    @Test
    void discardingWithUnderscoreEndsTheLifeThere() {
        List<String> lines = plan("""
                        fn discard():
                            var c = String("c")
                            _ = c
                            print("end")
                        """, "discard");
        assertEquals(List.of("7:5  destroy c (after last use)"), about(lines, "c"));
    }

    @Test
    void aDeinitArgumentWithAFieldMovedOutDestroysTheOtherFieldsOnly() {
        List<String> lines = plan("""
                        struct Pair:
                            var first: String
                            var second: String

                            fn __init__(out self, var first: String, var second: String):
                                self.first = first^
                                self.second = second^

                            fn finish(deinit self):
                                take(self.first^)
                        """, "Pair.finish");
        assertEquals(List.of("14:24  move self.first", "14:13  destroy fields of self: second (after last use)"), lines);
    }

    @Test
    void aFieldOverwrittenBeforeItsStructIsUsedAgainDiesOnItsOwn() {
        List<String> lines = plan("""
                        struct Pair:
                            var first: String
                            var second: String

                            fn __init__(out self, var first: String, var second: String):
                                self.first = first^
                                self.second = second^


                        fn overwrite():
                            var p = Pair(String("a"), String("b"))
                            p.first = String("c")
                            print(p.first, p.second)
                        """, "overwrite");
        assertEquals(List.of("15:9  destroy p.first (after last use)"), about(lines, "p.first"));
        assertEquals(List.of("17:10  destroy p (after last use)"), about(lines, "p"));
    }
}

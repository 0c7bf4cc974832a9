package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.MojoContext;
import org.trufflemojo.core.Builtin;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.OperandsNode;
import org.trufflemojo.runtime.MojoExit;
import org.trufflemojo.runtime.MojoRaise;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.trufflemojo.runtime.ListObject;

/** Functions of the standard modules: math extras, time, random, sys.exit and the testing assertions. */
public final class StdlibNode extends OperandsNode {
    private final Builtin function;

    public StdlibNode(Builtin function, MojoExpressionNode[] operands) {
        super(operands);
        this.function = function;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] v = evaluateOperands(frame);
        return switch (function) {
            case ISNAN -> Double.isNaN((double) v[0]);
            case ISINF -> Double.isInfinite((double) v[0]);
            case ISFINITE -> Double.isFinite((double) v[0]);
            case LOG2 -> Math.log((double) v[0]) / Math.log(2);
            case LOG10 -> Math.log10((double) v[0]);
            case ATAN -> Math.atan((double) v[0]);
            case EXP2 -> Math.pow(2, (double) v[0]);
            case PERF_COUNTER_NS -> System.nanoTime();
            case ARGV -> argv();
            case ROUND -> roundHalfAway((double) v[0]);
            case PERF_COUNTER -> System.nanoTime() / 1e9;
            case RANDOM_FLOAT64 -> v.length == 2 ? randomDouble((double) v[0], (double) v[1]) : randomDouble(0, 1);
            case RANDOM_SI64 -> randomLong((long) v[0], (long) v[1]);
            case SEED -> {
                seed(v.length == 0 ? System.nanoTime() : (long) v[0]);
                yield null;
            }
            case EXIT -> {
                MojoContext.get(this).flush();
                throw new MojoExit(v.length == 0 ? 0 : (int) (long) v[0], this);
            }
            case ASSERT_TRUE, ASSERT_FALSE -> {
                if ((boolean) v[0] != (function == Builtin.ASSERT_TRUE)) {
                    throw failure(v.length > 1 ? text(v[1]) : "condition was unexpectedly " + (function == Builtin.ASSERT_TRUE ? "False" : "True"));
                }
                yield null;
            }
            case ASSERT_RAISES -> {
                // the error was raised; with `contains=`, its message must contain the text
                if (v.length > 1 && !((String) v[0]).contains(text(v[1]))) {
                    throw failure("the error '" + v[0] + "' does not contain '" + text(v[1]) + "'");
                }
                yield null;
            }
            case ASSERT_EQUAL, ASSERT_NOT_EQUAL -> {
                boolean equal = (boolean) v[0];
                if (equal != (function == Builtin.ASSERT_EQUAL)) {
                    String detail = text(v[1]) + (equal ? " is equal to " : " is not equal to ") + text(v[2]);
                    throw failure(v.length > 3 ? text(v[3]) + ": " + detail : detail);
                }
                yield null;
            }
            default -> throw CompilerDirectives.shouldNotReachHere(function.name());
        };
    }

    /** Mojo rounds to the nearest integer with ties away from zero (as C's round). */
    private static double roundHalfAway(double x) {
        double a = Math.abs(x);
        double r = Math.floor(a);
        if (a - r >= 0.5) {
            r += 1;
        }
        return Math.copySign(r, x);
    }

    /** {@code sys.argv()}: the program's path, then its arguments, as a new List[String]. */
    @TruffleBoundary
    private ListObject argv() {
        MojoContext context = MojoContext.get(this);
        String[] args = context.env().getApplicationArguments();
        List<String> all = new ArrayList<>();
        all.add(getRootNode().getSourceSection() == null || getRootNode().getSourceSection().getSource().getPath() == null ? "mojo"
                        : getRootNode().getSourceSection().getSource().getPath());
        all.addAll(List.of(args));
        List<NativeString> strings = new ArrayList<>();
        for (String a : all) {
            strings.add(StringOps.fromJava(context.memory(), a, this));
        }
        return ListObject.ofStrings(context.memory(), strings, this);
    }

    private MojoRaise failure(String message) {
        return new MojoRaise("AssertionError: " + message, this);
    }

    @TruffleBoundary
    private static String text(Object s) {
        return StringOps.toJava((NativeString) s);
    }

    private static Random random = new Random();

    @TruffleBoundary
    private static void seed(long s) {
        random = new Random(s);
    }

    @TruffleBoundary
    private static double randomDouble(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    @TruffleBoundary
    private static long randomLong(long lo, long hi) {
        return lo + (long) (random.nextDouble() * (hi - lo + 1));
    }
}

package org.trufflemojo.nodes.builtin.testing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.OperandsNode;
import org.trufflemojo.runtime.MojoRaise;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/**
 * The intrinsics of {@code testing} whose checks the checker prepares: it compares the values and
 * formats them; these raise the AssertionError when the result is not the one expected.
 */
public final class AssertNodes {
    private AssertNodes() {
    }

    /**
     * {@code assert_equal} / {@code assert_not_equal}: operands are whether the values are equal,
     * their texts, where the assertion is ({@code "At file:line:col: "}), and optionally the caller's message.
     */
    public static final class Equality extends OperandsNode {
        private final boolean expectEqual;

        public Equality(boolean expectEqual, MojoExpressionNode[] operands) {
            super(operands);
            this.expectEqual = expectEqual;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] v = evaluateOperands(frame);
            boolean equal = (boolean) v[0];
            if (equal != expectEqual) {
                throw failure(equal, v);
            }
            return null;
        }

        @TruffleBoundary
        private MojoRaise failure(boolean equal, Object[] v) {
            // Mojo's words: "At f.mojo:3:17: AssertionError: `left == right` comparison failed:\n   left: 1\n  right: 2"
            String message = text(v[3]) + "AssertionError: `left " + (expectEqual ? "==" : "!=") + " right` comparison failed:\n   left: "
                            + text(v[1]) + "\n  right: " + text(v[2]);
            if (v.length > 4 && !text(v[4]).isEmpty()) {
                message += "\n  reason: " + text(v[4]);
            }
            return new MojoRaise(message, this);
        }
    }

    /** In the handler of {@code with assert_raises(contains=...)}: the caught error's text must contain the given text. */
    public static final class RaisedContains extends OperandsNode {
        public RaisedContains(MojoExpressionNode[] operands) {
            super(operands);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] v = evaluateOperands(frame);
            if (v.length > 1) {
                check((String) v[0], text(v[1]));
            }
            return null;
        }

        @TruffleBoundary
        private void check(String error, String expected) {
            if (!error.contains(expected)) {
                throw new MojoRaise(error, this); // not the error expected: it goes on up unchanged
            }
        }
    }

    @TruffleBoundary
    private static String text(Object s) {
        return StringOps.toJava((NativeString) s);
    }
}

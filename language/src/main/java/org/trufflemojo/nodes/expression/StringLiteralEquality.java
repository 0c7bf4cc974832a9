package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.core.PrimOp;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.struct.SequenceNodes;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/**
 * {@code s == "lit"} or {@code s != "lit"}: a String compared with a literal. The literal's bytes
 * are constants of the compiled code, so the comparison is one length test and, unrolled, one byte
 * test per literal byte ({@code c == ","} in a scanning loop is two compares, not a byte loop).
 */
public final class StringLiteralEquality extends BooleanExpressionNode {
    private final boolean negated;
    /** Both operands still run, in order (the literal may be kept as a temporary to destroy). */
    @Child private MojoExpressionNode left;
    @Child private MojoExpressionNode right;
    private final boolean literalOnLeft;
    @CompilationFinal(dimensions = 1) private final byte[] literal;

    private StringLiteralEquality(boolean negated, MojoExpressionNode left, MojoExpressionNode right, boolean literalOnLeft, byte[] literal) {
        this.negated = negated;
        this.left = left;
        this.right = right;
        this.literalOnLeft = literalOnLeft;
        this.literal = literal;
    }

    /** The node for an equality test of which one operand is a literal, or null when it is not one. */
    public static StringLiteralEquality forOperands(PrimOp op, MojoExpressionNode a, MojoExpressionNode b) {
        if (op != PrimOp.STR_EQ && op != PrimOp.STR_NE) {
            return null;
        }
        boolean negated = op == PrimOp.STR_NE;
        if (literalIn(b) instanceof ConstantNodes.StringLiteral literal) {
            return new StringLiteralEquality(negated, a, b, false, literal.utf8());
        }
        if (literalIn(a) instanceof ConstantNodes.StringLiteral literal) {
            return new StringLiteralEquality(negated, a, b, true, literal.utf8());
        }
        return null;
    }

    private static MojoExpressionNode literalIn(MojoExpressionNode operand) {
        return operand instanceof SequenceNodes.StoreTemp temp ? temp.value() : operand;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        Object a = left.executeGeneric(frame);
        Object b = right.executeGeneric(frame);
        return matches((NativeString) (literalOnLeft ? b : a)) != negated;
    }

    @ExplodeLoop
    private boolean matches(NativeString s) {
        if (s.length != literal.length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) {
            if (StringOps.rawByte(s, i) != literal[i]) {
                return false;
            }
        }
        return true;
    }
}

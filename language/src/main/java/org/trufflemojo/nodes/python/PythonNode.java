package org.trufflemojo.nodes.python;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import java.util.Arrays;
import org.trufflemojo.MojoContext;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.OperandsNode;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.PythonBridge;
import org.trufflemojo.runtime.StringOps;

/**
 * An operation on PythonObjects (module {@code python}): carried out by GraalPy through the
 * context's {@link PythonBridge}. A PythonObject at run time is the Python value itself (a foreign
 * interop object, or a Java boxed number, boolean or string); Mojo Ints, Float64s and Bools cross as
 * they are and Strings as Java strings.
 */
public final class PythonNode extends OperandsNode {
    private final Intrinsic op;

    public PythonNode(Intrinsic op, MojoExpressionNode[] operands) {
        super(operands);
        this.op = op;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return apply(evaluateOperands(frame));
    }

    @TruffleBoundary
    private Object apply(Object[] v) {
        MojoContext context = MojoContext.get(this);
        switch (op) {
            case PY_FROM_INT, PY_FROM_FLOAT, PY_FROM_BOOL:
                return v[0]; // a long, double or boolean is already an interop value
            case PY_FROM_STRING:
                return text(v[0]);
            default:
                break;
        }
        PythonBridge python = context.python(this);
        return switch (op) {
            case PY_IMPORT -> python.importModule(text(v[0]), this);
            case PY_EVALUATE -> python.evaluate(text(v[0]), this);
            case PY_GETATTR -> python.builtin("getattr", this, v[0], text(v[1]));
            case PY_CALL -> python.call(v[0], text(v[1]), Arrays.copyOfRange(v, 2, v.length), this);
            case PY_OPERATOR -> python.operator(text(v[0]), this, Arrays.copyOfRange(v, 1, v.length));
            case PY_BUILTIN -> python.builtin(text(v[0]), this, Arrays.copyOfRange(v, 1, v.length));
            case PY_TO_INT -> python.asLong(v[0], this);
            case PY_TO_FLOAT -> python.asDouble(v[0], this);
            case PY_TO_BOOL -> python.asBoolean(v[0], this);
            case PY_ITER -> python.iterator(v[0], this);
            case PY_HAS_NEXT -> python.hasNext(v[0], this);
            case PY_NEXT -> python.next(v[0], this);
            case PY_TO_STRING -> StringOps.fromJava(context.memory(), python.asString(v[0], this), this);
            default -> throw new IllegalArgumentException(op + " is not a Python operation");
        };
    }

    private static String text(Object s) {
        return StringOps.toJava((NativeString) s);
    }
}

package org.trufflemojo.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.nodes.control.ReturnException;
import org.trufflemojo.runtime.MutResults;

/**
 * The body of a function: moves the arguments into their frame slots, runs the statements, and on
 * exit returns the final values of {@code mut} parameters with the result ({@link MutResults})
 * when one of them is not the argument passed. A function
 * with an {@code out} argument (a constructor) returns that argument's final value.
 *
 * <p>It carries the function's position and Truffle's root tag, so tracers and profilers see each
 * call of a Mojo function by its name and place.
 */
public final class FunctionBodyNode extends MojoExpressionNode {
    @Children private final MojoStatementNode[] parameterSetup;
    @Child private MojoStatementNode body;
    @Children private final MojoExpressionNode[] mutParameterReads;
    @CompilationFinal(dimensions = 1) private final int[] mutParameterIndices;
    @Child private MojoExpressionNode outResult;
    /** Frees the native memory of address-taken variables when the call ends, however it ends. */
    @Child private MojoStatementNode release;
    private final BranchProfile returned = BranchProfile.create();

    public FunctionBodyNode(MojoStatementNode[] parameterSetup, MojoStatementNode body, MojoExpressionNode[] mutParameterReads,
                    int[] mutParameterIndices, MojoExpressionNode outResult, MojoStatementNode release) {
        this.release = release;
        this.parameterSetup = parameterSetup;
        this.body = body;
        this.mutParameterReads = mutParameterReads;
        this.mutParameterIndices = mutParameterIndices;
        this.outResult = outResult;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.RootTag.class;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        for (MojoStatementNode setup : parameterSetup) {
            setup.executeVoid(frame);
        }
        Object result = null;
        try {
            try {
                result = body.runAsTail(frame);
            } catch (ReturnException e) {
                returned.enter();
                result = e.value();
            }
            if (outResult != null) {
                result = outResult.executeGeneric(frame);
            }
            if (mutParameterReads.length == 0) {
                return result;
            }
            // Only a callee that replaced a mut argument (another object, or a changed number)
            // answers with MutResults; otherwise the caller's place already holds the final value
            // (a List changed in place is the same object), and no MutResults is allocated.
            Object[] arguments = frame.getArguments();
            Object[] finalValues = new Object[arguments.length];
            boolean replaced = false;
            for (int i = 0; i < mutParameterReads.length; i++) {
                Object finalValue = mutParameterReads[i].executeGeneric(frame);
                finalValues[mutParameterIndices[i]] = finalValue;
                replaced |= finalValue != arguments[mutParameterIndices[i]];
            }
            return replaced ? new MutResults(result, finalValues) : result;
        } finally {
            // (after the mut and out arguments are read: an address-taken one lives in this memory)
            if (release != null) {
                release.executeVoid(frame);
            }
        }
    }
}

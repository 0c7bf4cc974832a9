package org.trufflemojo.nodes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import java.util.function.Supplier;

import org.trufflemojo.debug.FrameVariables;
import org.trufflemojo.nodes.call.FunctionBodyNode;
import org.trufflemojo.runtime.MojoRaise;

/** The root of one Mojo function. */
public final class MojoRootNode extends RootNode {
    private final String name;
    private final SourceSection section;
    /** A {@link FunctionBodyNode}, or an instrument's wrapper around it. */
    @Child private MojoExpressionNode body;
    /** Made on first use: only a debugger asks for them. */
    private Supplier<FrameVariables> variablesSupplier;
    private volatile FrameVariables variables;

    public MojoRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, SourceSection section) {
        super(language, descriptor);
        this.name = name;
        this.section = section;
    }

    /** Set once, before the first call; functions are created before their bodies so calls can be direct. */
    public void setBody(FunctionBodyNode body) {
        this.body = insert(body);
        // (the call target exists already: instruments that saw this root empty, such as a
        // debugger with a breakpoint set before the program was parsed, learn of its statements)
        notifyInserted(this.body);
    }

    /** How to make the description of this function's variables, for debuggers. */
    public void setVariables(Supplier<FrameVariables> supplier) {
        this.variablesSupplier = supplier;
    }

    /** The function's variables as a debugger shows them, or null if it has none to show. */
    public FrameVariables variables() {
        FrameVariables result = variables;
        if (result == null && variablesSupplier != null) {
            synchronized (this) {
                result = variables;
                if (result == null) {
                    result = variablesSupplier.get();
                    variables = result;
                }
            }
        }
        return result;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return body.executeGeneric(frame);
        } catch (MojoRaise e) {
            e.leaveFunction(); // (the caller's landing pads run their destroys)
            throw e;
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return name;
    }
}

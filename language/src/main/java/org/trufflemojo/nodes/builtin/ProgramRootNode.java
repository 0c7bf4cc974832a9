package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import org.trufflemojo.MojoLanguage;

/** Runs a program: calls {@code main}, then flushes what it printed. */
public final class ProgramRootNode extends RootNode {
    @Child private DirectCallNode main;

    public ProgramRootNode(TruffleLanguage<?> language, CallTarget main) {
        super(language);
        this.main = main == null ? null : DirectCallNode.create(main);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            if (main != null) {
                main.call();
            }
        } finally {
            MojoLanguage.context(this).flush();
        }
        return MojoNone.INSTANCE;
    }

    @Override
    public String getName() {
        return "<program>";
    }
}

package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import org.trufflemojo.MojoContext;
import com.oracle.truffle.api.CompilerDirectives;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
            MojoContext.get(this).flush();
        }
        reportLeaks(MojoContext.get(this));
        return MojoNone.INSTANCE;
    }

    @CompilerDirectives.TruffleBoundary
    private static void reportLeaks(MojoContext context) {
        String leaks = context.memory().leakReport();
        if (leaks != null) {
            PrintStream err = new PrintStream(context.env().err(), true, StandardCharsets.UTF_8);
            err.println(leaks);
        }
    }

    @Override
    public String getName() {
        return "<program>";
    }
}

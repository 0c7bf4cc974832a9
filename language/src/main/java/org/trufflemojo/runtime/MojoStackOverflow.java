package org.trufflemojo.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Calls nested deeper than the Java stack allows (recursion without an end, or a very deep one): a
 * Mojo error at the innermost call, which then records each call it leaves on its way out, so the
 * message ends with the call chain: its outermost and innermost calls and how many lie between.
 * Truffle's own stack trace is not kept (it would hold every one of the frames).
 */
public final class MojoStackOverflow extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    /** Calls named at each end of the chain. */
    private static final int SHOWN_AT_EACH_END = 3;

    // Calls, not their descriptions: this is made and passed on where the stack has next to no room
    // left, so it does as little as it can (no string is made until the message is asked for).
    private final Node innermostCall;
    private final List<Node> innermost = new ArrayList<>();
    private final Deque<Node> outermost = new ArrayDeque<>();
    private long depth;

    private MojoStackOverflow(Node call) {
        super(null, null, 0, call);
        innermostCall = call;
        passedThrough(call);
    }

    /** Made where the Java stack ran out, at the innermost call that still has room to make it. */
    @TruffleBoundary
    public static MojoStackOverflow at(Node call) {
        return new MojoStackOverflow(call);
    }

    /** Records a call the error leaves, from the innermost to the outermost. */
    @TruffleBoundary
    public void passedThrough(Node call) {
        depth++;
        if (innermost.size() < SHOWN_AT_EACH_END) {
            innermost.add(call);
            return;
        }
        outermost.addLast(call);
        if (outermost.size() > SHOWN_AT_EACH_END) {
            outermost.removeFirst();
        }
    }

    private static String describe(Node call) {
        RootNode caller = call.getRootNode();
        SourceSection at = call.getEncapsulatingSourceSection();
        String where = at == null || !at.isAvailable() ? "" : " at " + at.getSource().getName() + ":" + at.getStartLine() + ":" + at.getStartColumn();
        return "in " + (caller == null ? "?" : caller.getName()) + where;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        StringBuilder sb = new StringBuilder(MojoError.render(
                        "stack overflow: calls nested too deeply (a recursion without an end, or deeper than the stack allows)", innermostCall));
        sb.append("\ncall chain, outermost first (").append(depth).append(depth == 1 ? " call):" : " calls):");
        List<Node> outer = new ArrayList<>(outermost);
        for (int i = outer.size() - 1; i >= 0; i--) {
            sb.append("\n    ").append(describe(outer.get(i)));
        }
        long between = depth - innermost.size() - outermost.size();
        if (between > 0) {
            sb.append("\n    ... ").append(between).append(" more ...");
        }
        for (int i = innermost.size() - 1; i >= 0; i--) {
            sb.append("\n    ").append(describe(innermost.get(i)));
        }
        return sb.toString();
    }
}

package org.trufflemojo.nodes.builtin.sys;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoExit;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/** The intrinsics of {@code sys}: the program's arguments, and exit. */
public final class SysNodes {
    private SysNodes() {
    }

    /** {@code sys.exit(code)}: flushes the output, then ends the run with the code. */
    @NodeChild(value = "code", type = MojoExpressionNode.class)
    public abstract static class Exit extends MojoExpressionNode {
        @Specialization
        protected Object exit(long code) {
            MojoContext.get(this).flush();
            throw new MojoExit((int) code, this);
        }
    }

    /** {@code sys.argv()}: the program's path, then its arguments, as a new List[String]. */
    public static final class Argv extends MojoExpressionNode {
        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return argv();
        }

        @TruffleBoundary
        private ListObject argv() {
            MojoContext context = MojoContext.get(this);
            SourceSection program = getRootNode().getSourceSection();
            List<String> all = new ArrayList<>();
            all.add(program == null || program.getSource().getPath() == null ? "mojo" : program.getSource().getPath());
            all.addAll(List.of(context.env().getApplicationArguments()));
            List<NativeString> strings = new ArrayList<>();
            for (String a : all) {
                strings.add(StringOps.fromJava(context.memory(), a, this));
            }
            return ListObject.ofStrings(context.memory(), strings, this);
        }
    }
}

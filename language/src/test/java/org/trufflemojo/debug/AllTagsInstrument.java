package org.trufflemojo.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.nodes.Node;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/**
 * A test instrument that wraps every tagged Mojo node (statements, expressions, calls, roots,
 * variable reads and writes) and, at each statement, reads every variable of the frame as a
 * debugger would. A program must behave the same under it; what goes wrong is collected in
 * {@link #PROBLEMS}.
 */
@TruffleInstrument.Registration(id = AllTagsInstrument.ID, name = "All tags (test)", version = "0")
@Option.Group(AllTagsInstrument.ID)
public final class AllTagsInstrument extends TruffleInstrument {
    static final String ID = "mojo-test-all-tags";
    static final List<String> PROBLEMS = new ArrayList<>();

    @Option(name = "", help = "Wrap every tagged node and read every variable at each statement.", category = OptionCategory.INTERNAL,
                    stability = OptionStability.STABLE)
    static final OptionKey<Boolean> Enabled = new OptionKey<>(false);

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new AllTagsInstrumentOptionDescriptors();
    }

    @Override
    protected void onCreate(Env env) {
        if (!env.getOptions().get(Enabled)) {
            return;
        }
        SourceSectionFilter all = SourceSectionFilter.newBuilder().tagIs(StandardTags.StatementTag.class, StandardTags.ExpressionTag.class,
                        StandardTags.CallTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.ReadVariableTag.class,
                        StandardTags.WriteVariableTag.class).build();
        env.getInstrumenter().attachExecutionEventFactory(all, CheckingNode::new);
    }

    @TruffleBoundary
    static synchronized void problem(String text) {
        PROBLEMS.add(text);
    }

    static final class CheckingNode extends ExecutionEventNode {
        private final EventContext context;
        /** The variables are read on the first runs of a statement only: reading them copies every value (the tests would take minutes). */
        private int visits;

        CheckingNode(EventContext context) {
            this.context = context;
        }

        @Override
        protected void onEnter(VirtualFrame frame) {
            if (context.hasTag(StandardTags.StatementTag.class) && visits < 2) {
                visits++;
                readVariables(context.getInstrumentedNode(), frame.materialize());
            }
        }

        @Override
        protected void onReturnValue(VirtualFrame frame, Object result) {
            // (statements return nothing: only an expression has a value to show)
            if (context.getInstrumentedNode() instanceof org.trufflemojo.nodes.MojoExpressionNode && !InteropLibrary.isValidValue(result)) {
                problem("not an interop value from " + context.getInstrumentedNode() + ": " + result);
            }
        }

        @TruffleBoundary
        private void readVariables(Node node, com.oracle.truffle.api.frame.MaterializedFrame frame) {
            try {
                for (Class<? extends Tag> variableTag : Set.of(StandardTags.ReadVariableTag.class, StandardTags.WriteVariableTag.class)) {
                    if (context.hasTag(variableTag) && ((InstrumentableNode) node).getNodeObject() == null) {
                        problem("a variable node without its name: " + node);
                    }
                }
                NodeLibrary nodes = NodeLibrary.getUncached();
                if (!nodes.hasScope(node, frame)) {
                    problem("no scope at " + node);
                    return;
                }
                InteropLibrary interop = InteropLibrary.getUncached();
                Object scope = nodes.getScope(node, frame, true);
                Object names = interop.getMembers(scope);
                for (long i = 0; i < interop.getArraySize(names); i++) {
                    String name = interop.asString(interop.readArrayElement(names, i));
                    Object value = interop.readMember(scope, name);
                    interop.asString(interop.toDisplayString(value)); // (what a debugger shows)
                }
            } catch (InteropException | RuntimeException e) {
                problem("reading the variables at " + context.getInstrumentedSourceSection() + ": " + e);
            }
        }
    }
}

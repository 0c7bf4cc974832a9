package org.trufflemojo.nodes.call;

import org.trufflemojo.runtime.MojoStackOverflow;
import org.trufflemojo.runtime.MutResults;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.staticobject.StaticProperty;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.struct.FieldNodes;
import org.trufflemojo.core.Repr;
import org.trufflemojo.nodes.memory.MemoryNodes;
import org.trufflemojo.nodes.struct.RefNodes;

/**
 * A direct call of a statically known function. Arguments travel in an Object array; after the call,
 * {@code mut} arguments are stored back into the caller's places (the callee returns their final
 * values with its result when it replaced one, see {@link MutResults}), which gives {@code mut} its by-reference effect also on locals held in
 * registers and on a whole value the callee replaced.
 */
public final class CallNode extends MojoExpressionNode {
    @Child private DirectCallNode call;
    @Children private final MojoExpressionNode[] arguments;
    @Children private final WriteBack[] writeBacks;

    public CallNode(CallTarget target, MojoExpressionNode[] arguments, WriteBack[] writeBacks) {
        this.call = DirectCallNode.create(target);
        this.arguments = arguments;
        this.writeBacks = writeBacks;
    }

    /** A call of a Mojo function written in the program: tracers and debuggers (step into) see it. */
    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].executeGeneric(frame);
        }
        Object result;
        try {
            result = call.call(args);
        } catch (StackOverflowError e) {
            throw MojoStackOverflow.at(this);
        } catch (MojoStackOverflow e) {
            e.passedThrough(this);
            throw e;
        }
        if (result instanceof MutResults m) {
            for (WriteBack w : writeBacks) {
                w.write(frame, m.finalValue(w.argument));
            }
            return m.result;
        }
        // Each mut argument is still the object passed, changed in place: a copy made for the call
        // (a struct loaded from native memory, a reference's target) is stored back; a local
        // already holds it.
        for (WriteBack w : writeBacks) {
            if (!(w instanceof ToLocal)) {
                w.write(frame, args[w.argument]);
            }
        }
        return result;
    }

    /** Stores the final value of one {@code mut} argument back into the caller's place. */
    public abstract static class WriteBack extends Node {
        final int argument;

        protected WriteBack(int argument) {
            this.argument = argument;
        }

        abstract void write(VirtualFrame frame, Object value);
    }

    public static final class ToLocal extends WriteBack {
        private final int slot;
        private final FrameSlotKind kind;

        public ToLocal(int argument, int slot, FrameSlotKind kind) {
            super(argument);
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        void write(VirtualFrame frame, Object value) {
            switch (kind) {
                case Long -> frame.setLong(slot, (long) value);
                case Double -> frame.setDouble(slot, (double) value);
                case Boolean -> frame.setBoolean(slot, (boolean) value);
                default -> frame.setObject(slot, value);
            }
        }
    }

    public static final class ToField extends WriteBack {
        @Child private MojoExpressionNode object;
        private final StaticProperty property;
        private final Repr repr;

        public ToField(int argument, MojoExpressionNode object, StaticProperty property, Repr repr) {
            super(argument);
            this.object = object;
            this.property = property;
            this.repr = repr;
        }

        @Override
        void write(VirtualFrame frame, Object value) {
            FieldNodes.Write.store(property, repr, object.executeGeneric(frame), value);
        }
    }

    /** A mut argument that a {@code -> ref} function returned: stored back through the reference (kept in a local). */
    public static final class ToReference extends WriteBack {
        @Child private MojoExpressionNode reference;

        public ToReference(int argument, MojoExpressionNode reference) {
            super(argument);
            this.reference = reference;
        }

        @Override
        void write(VirtualFrame frame, Object value) {
            ((RefNodes.Ref) reference.executeGeneric(frame)).set(value);
        }
    }

    /** A mut argument that lives in native memory (a flat list element, a pointee): stored back at its address. */
    public static final class ToMemory extends WriteBack {
        @Child private MojoExpressionNode address;
        @Child private MemoryNodes.Storer storer;

        public ToMemory(int argument, MojoExpressionNode address, MemoryNodes.Storer storer) {
            super(argument);
            this.address = address;
            this.storer = storer;
        }

        @Override
        void write(VirtualFrame frame, Object value) {
            storer.store(address.executeLong(frame), value);
        }
    }
}

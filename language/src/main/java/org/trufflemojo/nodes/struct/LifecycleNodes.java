package org.trufflemojo.nodes.struct;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.staticobject.StaticProperty;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.StructLayout;
import org.trufflemojo.runtime.StructObject;
import org.trufflemojo.core.Repr;

/** Copying, moving and destroying struct values, each by its type's lifecycle methods. */
public final class LifecycleNodes {
    private LifecycleNodes() {
    }

    /** Makes an independent copy of a value (the node for a type whose copy is the identity returns its input). */
    public abstract static class CopyValue extends Node {
        public abstract Object execute(Object value);
    }

    /** Values that need no copy constructor: numbers, Strings (immutable for now). */
    public static final class IdentityCopy extends CopyValue {
        @Override
        public Object execute(Object value) {
            return value;
        }
    }

    /** A user {@code __copyinit__} / {@code __moveinit__}: called with the source, returns the new value. */
    public static final class ConstructorCopy extends CopyValue {
        @Child private DirectCallNode call;

        public ConstructorCopy(CallTarget constructor) {
            this.call = DirectCallNode.create(constructor);
        }

        @Override
        public Object execute(Object value) {
            return call.call(value);
        }
    }

    /** A synthesized copy constructor: a new instance with each field copied by its own type. */
    public static final class FieldwiseCopy extends CopyValue {
        private final StructLayout layout;
        @CompilationFinal(dimensions = 1) private final StaticProperty[] properties;
        @CompilationFinal(dimensions = 1) private final Repr[] reprs;
        @Children private final CopyValue[] fieldCopies;

        public FieldwiseCopy(StructLayout layout, StaticProperty[] properties, Repr[] reprs, CopyValue[] fieldCopies) {
            this.layout = layout;
            this.properties = properties;
            this.reprs = reprs;
            this.fieldCopies = fieldCopies;
        }

        @Override
        @ExplodeLoop
        public Object execute(Object value) {
            StructObject copy = layout.newInstance();
            for (int i = 0; i < properties.length; i++) {
                StaticProperty p = properties[i];
                switch (reprs[i]) {
                    case LONG -> p.setLong(copy, p.getLong(value));
                    case DOUBLE -> p.setDouble(copy, p.getDouble(value));
                    case BOOLEAN -> p.setBoolean(copy, p.getBoolean(value));
                    default -> p.setObject(copy, fieldCopies[i].execute(p.getObject(value)));
                }
            }
            return copy;
        }
    }

    /** Destroys a value: its {@code __del__} (if any) and then its fields. */
    public abstract static class DestroyValue extends Node {
        public abstract void execute(Object value);
    }

    /** A struct with a user {@code __del__}: the destructor itself destroys the fields it does not move out. */
    public static final class CallDestructor extends DestroyValue {
        @Child private DirectCallNode call;

        public CallDestructor(CallTarget destructor) {
            this.call = DirectCallNode.create(destructor);
        }

        @Override
        public void execute(Object value) {
            call.call(value);
        }
    }

    /** Destroys the given fields of a struct, each by its own type. */
    public static final class DestroyFields extends DestroyValue {
        @CompilationFinal(dimensions = 1) private final StaticProperty[] properties;
        @Children private final DestroyValue[] destroys;

        public DestroyFields(StaticProperty[] properties, DestroyValue[] destroys) {
            this.properties = properties;
            this.destroys = destroys;
        }

        @Override
        @ExplodeLoop
        public void execute(Object value) {
            for (int i = 0; i < properties.length; i++) {
                destroys[i].execute(properties[i].getObject(value));
            }
        }
    }

    /** Copies or moves the value of an expression through a copy node. */
    public static final class CopyExpression extends MojoExpressionNode {
        @Child private MojoExpressionNode value;
        @Child private CopyValue copy;

        public CopyExpression(MojoExpressionNode value, CopyValue copy) {
            this.value = value;
            this.copy = copy;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return copy.execute(value.executeGeneric(frame));
        }
    }

    /** Creates an instance with no field initialized yet: the {@code out self} of a constructor. */
    public static final class NewInstance extends MojoExpressionNode {
        private final StructLayout layout;

        public NewInstance(StructLayout layout) {
            this.layout = layout;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return layout.newInstance();
        }
    }
}

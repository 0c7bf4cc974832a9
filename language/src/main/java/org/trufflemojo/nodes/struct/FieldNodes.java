package org.trufflemojo.nodes.struct;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.staticobject.StaticProperty;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.core.Repr;

/** Reading and writing struct fields through their static properties. */
public final class FieldNodes {
    private FieldNodes() {
    }

    public static final class Read extends MojoExpressionNode {
        @Child private MojoExpressionNode object;
        private final StaticProperty property;
        private final Repr repr;

        public Read(MojoExpressionNode object, StaticProperty property, Repr repr) {
            this.object = object;
            this.property = property;
            this.repr = repr;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            return switch (repr) {
                case LONG -> property.getLong(o);
                case DOUBLE -> property.getDouble(o);
                case BOOLEAN -> property.getBoolean(o);
                default -> property.getObject(o);
            };
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            // (a native box's address is kept in an object field: a box value is an Object elsewhere)
            return repr == Repr.LONG ? property.getLong(o) : (long) property.getObject(o);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return property.getDouble(object.executeGeneric(frame));
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return property.getBoolean(object.executeGeneric(frame));
        }
    }

    public static final class Write extends MojoStatementNode {
        @Child private MojoExpressionNode object;
        @Child private MojoExpressionNode value;
        private final StaticProperty property;
        private final Repr repr;

        public Write(MojoExpressionNode object, StaticProperty property, Repr repr, MojoExpressionNode value) {
            this.object = object;
            this.value = value;
            this.property = property;
            this.repr = repr;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            switch (repr) {
                case LONG -> property.setLong(o, value.executeLong(frame));
                case DOUBLE -> property.setDouble(o, value.executeDouble(frame));
                case BOOLEAN -> property.setBoolean(o, value.executeBoolean(frame));
                default -> property.setObject(o, value.executeGeneric(frame));
            }
        }

        /** Stores an already computed value (a {@code mut} argument coming back from a call). */
        public static void store(StaticProperty property, Repr repr, Object object, Object v) {
            switch (repr) {
                case LONG -> property.setLong(object, (long) v);
                case DOUBLE -> property.setDouble(object, (double) v);
                case BOOLEAN -> property.setBoolean(object, (boolean) v);
                default -> property.setObject(object, v);
            }
        }
    }
}

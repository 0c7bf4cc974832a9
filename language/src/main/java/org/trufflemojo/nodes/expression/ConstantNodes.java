package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/** Constants of each representation. */
public final class ConstantNodes {
    private ConstantNodes() {
    }

    public static final class LongConstant extends LongExpressionNode {
        private final long value;

        public LongConstant(long value) {
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }
    }

    public static final class DoubleConstant extends DoubleExpressionNode {
        private final double value;

        public DoubleConstant(double value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }
    }

    public static final class BooleanConstant extends BooleanExpressionNode {
        private final boolean value;

        public BooleanConstant(boolean value) {
            this.value = value;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return value;
        }
    }

    /**
     * A String literal: static native bytes, made once. Its header's words are final fields here, so
     * compiled code knows them (a literal's destroy, which checks that the string is static, folds away).
     */
    public static final class StringLiteral extends MojoExpressionNode {
        private final NativeString value;
        private final long data;
        private final long length;
        private final long capacity;

        public StringLiteral(String text) {
            this.value = StringOps.literal(text);
            this.data = value.data;
            this.length = value.length;
            this.capacity = value.capacity;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return new NativeString(data, length, capacity);
        }

        /** The literal's UTF-8 bytes. */
        public byte[] utf8() {
            return StringOps.utf8(value);
        }
    }

    /** None (null), or another constant object. */
    public static final class ObjectConstant extends MojoExpressionNode {
        private final Object value;

        public ObjectConstant(Object value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }
}

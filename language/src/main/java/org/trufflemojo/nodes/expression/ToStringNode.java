package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.runtime.NativeString;

/** Writes a value of one static type as text (what {@code print} and {@code String(x)} show). */
public abstract class ToStringNode extends Node {
    public abstract String execute(VirtualFrame frame);

    public static final class OfInt extends ToStringNode {
        @Child private MojoExpressionNode value;

        public OfInt(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return StringOps.fromLong(value.executeLong(frame));
        }

        public long executeLong(VirtualFrame frame) {
            return value.executeLong(frame);
        }

        public MojoExpressionNode value() {
            return value;
        }
    }

    public static final class OfUInt extends ToStringNode {
        @Child private MojoExpressionNode value;

        public OfUInt(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return StringOps.fromUnsigned(value.executeLong(frame));
        }
    }

    public static final class OfFloat extends ToStringNode {
        @Child private MojoExpressionNode value;

        public OfFloat(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return StringOps.fromDouble(value.executeDouble(frame));
        }
    }

    public static final class OfBool extends ToStringNode {
        @Child private MojoExpressionNode value;

        public OfBool(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return value.executeBoolean(frame) ? "True" : "False";
        }
    }

    public static final class OfString extends ToStringNode {
        @Child private MojoExpressionNode value;

        public OfString(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return StringOps.toJava((NativeString) value.executeGeneric(frame));
        }
    }

    /** An {@code Error}: its message. */
    public static final class OfError extends ToStringNode {
        @Child private MojoExpressionNode value;

        public OfError(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return (String) value.executeGeneric(frame);
        }
    }

    public static final class OfNone extends ToStringNode {
        @Child private MojoExpressionNode value;

        public OfNone(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public String execute(VirtualFrame frame) {
            value.executeGeneric(frame);
            return "None";
        }
    }
}

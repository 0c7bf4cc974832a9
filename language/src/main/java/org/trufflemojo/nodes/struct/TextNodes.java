package org.trufflemojo.nodes.struct;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.ToStringNode;
import org.trufflemojo.runtime.WriterObject;
import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/** Writing struct values as text: through {@code write_to(self, mut writer)} or {@code __str__(self)}. */
public final class TextNodes {
    private TextNodes() {
    }

    public static final class WriteTo extends MojoExpressionNode {
        @Child private MojoExpressionNode value;
        @Child private DirectCallNode writeTo;

        public WriteTo(MojoExpressionNode value, CallTarget writeTo) {
            this.value = value;
            this.writeTo = DirectCallNode.create(writeTo);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            WriterObject writer = new WriterObject();
            writeTo.call(value.executeGeneric(frame), writer);
            return StringOps.fromJava(MojoContext.get(this).memory(), writer.text(), this);
        }
    }

    public static final class Str extends MojoExpressionNode {
        @Child private MojoExpressionNode value;
        @Child private DirectCallNode str;

        public Str(MojoExpressionNode value, CallTarget str) {
            this.value = value;
            this.str = DirectCallNode.create(str);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return str.call(value.executeGeneric(frame));
        }
    }

    /** The text of a struct value for print / String(...): through write_to, or __str__ (whose String result is freed). */
    public static final class StructText extends ToStringNode {
        @Child private MojoExpressionNode value;
        @Child private DirectCallNode method;
        private final boolean writeTo;

        public StructText(MojoExpressionNode value, CallTarget method, boolean writeTo) {
            this.value = value;
            this.method = DirectCallNode.create(method);
            this.writeTo = writeTo;
        }

        @Override
        public String execute(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            if (writeTo) {
                WriterObject writer = new WriterObject();
                method.call(v, writer);
                return writer.text();
            }
            NativeString s = (NativeString) method.call(v);
            String text = StringOps.toJava(s);
            StringOps.free(MojoContext.get(this).memory(), s, this);
            return text;
        }
    }

    /** {@code writer.write(a, b, ...)}. */
    public static final class WriterWrite extends MojoExpressionNode {
        @Child private MojoExpressionNode writer;
        @Children private final ToStringNode[] values;

        public WriterWrite(MojoExpressionNode writer, ToStringNode[] values) {
            this.writer = writer;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            WriterObject w = (WriterObject) writer.executeGeneric(frame);
            for (ToStringNode v : values) {
                w.write(v.execute(frame));
            }
            return null;
        }
    }
}

package org.trufflemojo.builder;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.check.Program;
import org.trufflemojo.check.Type;
import org.trufflemojo.check.Types;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoRootNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.nodes.builtin.EvalNode;
import org.trufflemojo.nodes.builtin.PrintNode;
import org.trufflemojo.nodes.builtin.ProgramRootNode;
import org.trufflemojo.nodes.call.CallNode;
import org.trufflemojo.nodes.call.FunctionBodyNode;
import org.trufflemojo.nodes.control.BlockNode;
import org.trufflemojo.nodes.control.ForRangeNode;
import org.trufflemojo.nodes.control.IfNode;
import org.trufflemojo.nodes.control.JumpNodes;
import org.trufflemojo.nodes.control.WhileNode;
import org.trufflemojo.nodes.expression.BoolNodes;
import org.trufflemojo.nodes.expression.CompareChainNode;
import org.trufflemojo.nodes.expression.CompareNode;
import org.trufflemojo.nodes.expression.ConditionalNode;
import org.trufflemojo.nodes.expression.ConstantNodes;
import org.trufflemojo.nodes.expression.ConvertNodes;
import org.trufflemojo.nodes.expression.FloatArithmeticNode;
import org.trufflemojo.nodes.expression.FormatNode;
import org.trufflemojo.nodes.expression.IntArithmeticNode;
import org.trufflemojo.nodes.expression.IntDivisionNodeFactory;
import org.trufflemojo.nodes.expression.StringNodes;
import org.trufflemojo.nodes.expression.ToStringNode;
import org.trufflemojo.nodes.local.ReadArgumentNode;
import org.trufflemojo.nodes.local.ReadLocalNode;
import org.trufflemojo.nodes.local.WriteLocalNode;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.PrimOp;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;

/** Turns the checked, typed program into Truffle root nodes: one per function, plus the program root. */
public final class NodeBuilder {
    private final MojoLanguage language;
    private final Source source;

    public NodeBuilder(MojoLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    public CallTarget build(Program program) {
        List<MojoRootNode> roots = new ArrayList<>();
        // First create every function's root and call target, so calls (also recursive) can be direct.
        for (Function f : program.functions()) {
            FrameDescriptor.Builder frame = FrameDescriptor.newBuilder(f.locals.size());
            for (Local l : f.locals) {
                frame.addSlot(slotKind(l.type), l.name, null);
            }
            MojoRootNode root = new MojoRootNode(language, frame.build(), f.name, section(f.pos));
            f.callTarget = root.getCallTarget();
            roots.add(root);
        }
        for (int i = 0; i < roots.size(); i++) {
            roots.get(i).setBody(functionBody(program.functions().get(i)));
        }
        CallTarget main = program.main() == null ? null : (CallTarget) program.main().callTarget;
        return new ProgramRootNode(language, main).getCallTarget();
    }

    static FrameSlotKind slotKind(Type t) {
        return switch (t.repr()) {
            case LONG -> FrameSlotKind.Long;
            case DOUBLE -> FrameSlotKind.Double;
            case BOOLEAN -> FrameSlotKind.Boolean;
            default -> FrameSlotKind.Object;
        };
    }

    private SourceSection section(SourcePos pos) {
        if (pos == null || pos.line() <= 0 || pos.line() > source.getLineCount()) {
            return source.createUnavailableSection();
        }
        return source.createSection(pos.line(), pos.column(), 1);
    }

    private FunctionBodyNode functionBody(Function f) {
        List<MojoStatementNode> setup = new ArrayList<>();
        List<MojoExpressionNode> mutReads = new ArrayList<>();
        List<Integer> mutIndices = new ArrayList<>();
        for (Local p : f.params) {
            setup.add(writeLocal(p, new ReadArgumentNode(p.argumentIndex)));
            if (p.convention == Stmt.Convention.MUT) {
                mutReads.add(readLocal(p));
                mutIndices.add(p.argumentIndex);
            }
        }
        return new FunctionBodyNode(setup.toArray(new MojoStatementNode[0]), statement(f.body),
                        mutReads.toArray(new MojoExpressionNode[0]), mutIndices.stream().mapToInt(Integer::intValue).toArray());
    }

    // ================================================================ statements

    private MojoStatementNode statement(TStmt s) {
        MojoStatementNode node = switch (s) {
            case TStmt.Block b -> {
                MojoStatementNode[] children = new MojoStatementNode[b.statements().size()];
                for (int i = 0; i < children.length; i++) {
                    children[i] = statement(b.statements().get(i));
                }
                yield new BlockNode(children);
            }
            case TStmt.WriteLocal w -> writeLocal(w.local(), expression(w.value()));
            case TStmt.Eval e -> new EvalNode(expression(e.expr()));
            case TStmt.If i -> new IfNode(expression(i.condition()), statement(i.then()), i.otherwise() == null ? null : statement(i.otherwise()));
            case TStmt.While w -> new WhileNode(expression(w.condition()), statement(w.body()), w.otherwise() == null ? null : statement(w.otherwise()));
            case TStmt.ForRange f -> new ForRangeNode(expression(f.start()), expression(f.end()), expression(f.step()), f.variable().slot,
                            f.endTemp().slot, f.stepTemp().slot, f.counter().slot, statement(f.body()),
                            f.otherwise() == null ? null : statement(f.otherwise()));
            case TStmt.Break b -> new JumpNodes.Break();
            case TStmt.Continue c -> new JumpNodes.Continue();
            case TStmt.Return r -> new JumpNodes.Return(r.value() == null ? null : expression(r.value()));
            case TStmt.Print p -> {
                ToStringNode[] values = new ToStringNode[p.values().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = toStringNode(p.values().get(i));
                }
                yield new PrintNode(values, p.sep() == null ? null : expression(p.sep()), p.end() == null ? null : expression(p.end()));
            }
        };
        node.setSourceSection(section(s.pos()));
        return node;
    }

    private static MojoStatementNode writeLocal(Local l, MojoExpressionNode value) {
        return switch (l.type.repr()) {
            case LONG -> new WriteLocalNode.LongWrite(l.slot, value);
            case DOUBLE -> new WriteLocalNode.DoubleWrite(l.slot, value);
            case BOOLEAN -> new WriteLocalNode.BooleanWrite(l.slot, value);
            default -> new WriteLocalNode.ObjectWrite(l.slot, value);
        };
    }

    private static MojoExpressionNode readLocal(Local l) {
        return switch (l.type.repr()) {
            case LONG -> new ReadLocalNode.LongRead(l.slot);
            case DOUBLE -> new ReadLocalNode.DoubleRead(l.slot);
            case BOOLEAN -> new ReadLocalNode.BooleanRead(l.slot);
            default -> new ReadLocalNode.ObjectRead(l.slot);
        };
    }

    // ================================================================ expressions

    private MojoExpressionNode expression(TExpr e) {
        MojoExpressionNode node = switch (e) {
            case TExpr.Const c -> constant(c);
            case TExpr.ReadLocal r -> readLocal(r.local());
            case TExpr.Prim p -> prim(p);
            case TExpr.Logical l -> new BoolNodes.ShortCircuit(l.isAnd(), expression(l.left()), expression(l.right()));
            case TExpr.CompareChain c -> compareChain(c);
            case TExpr.Conditional c -> new ConditionalNode(expression(c.condition()), expression(c.then()), expression(c.otherwise()));
            case TExpr.Call c -> call(c);
            case TExpr.Format f -> {
                ToStringNode[] values = new ToStringNode[f.values().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = toStringNode(f.values().get(i));
                }
                yield new FormatNode(values);
            }
        };
        node.setSourceSection(section(e.pos()));
        return node;
    }

    private static MojoExpressionNode constant(TExpr.Const c) {
        return switch (c.type().repr()) {
            case LONG -> new ConstantNodes.LongConstant((Long) c.value());
            case DOUBLE -> new ConstantNodes.DoubleConstant((Double) c.value());
            case BOOLEAN -> new ConstantNodes.BooleanConstant((Boolean) c.value());
            default -> new ConstantNodes.ObjectConstant(c.value());
        };
    }

    private MojoExpressionNode compareChain(TExpr.CompareChain c) {
        if (c.ops().size() == 1) {
            return new CompareNode(c.ops().get(0), expression(c.operands().get(0)), expression(c.operands().get(1)));
        }
        MojoExpressionNode[] operands = new MojoExpressionNode[c.operands().size()];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = expression(c.operands().get(i));
        }
        return new CompareChainNode(operands, c.ops().toArray(new PrimOp[0]));
    }

    private MojoExpressionNode call(TExpr.Call c) {
        MojoExpressionNode[] args = new MojoExpressionNode[c.args().size()];
        List<Integer> wbArgs = new ArrayList<>();
        List<Integer> wbSlots = new ArrayList<>();
        List<FrameSlotKind> wbKinds = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            args[i] = expression(c.args().get(i));
            Local target = c.writeBack().get(i);
            if (target != null) {
                wbArgs.add(i);
                wbSlots.add(target.slot);
                wbKinds.add(slotKind(target.type));
            }
        }
        return new CallNode((CallTarget) c.target().callTarget, args, wbArgs.stream().mapToInt(Integer::intValue).toArray(),
                        wbSlots.stream().mapToInt(Integer::intValue).toArray(), wbKinds.toArray(new FrameSlotKind[0]));
    }

    private ToStringNode toStringNode(TExpr value) {
        MojoExpressionNode v = expression(value);
        Type t = value.type();
        if (t == Types.INT) {
            return new ToStringNode.OfInt(v);
        } else if (t == Types.UINT) {
            return new ToStringNode.OfUInt(v);
        } else if (t == Types.FLOAT64) {
            return new ToStringNode.OfFloat(v);
        } else if (t == Types.BOOL) {
            return new ToStringNode.OfBool(v);
        } else if (t == Types.NONE) {
            return new ToStringNode.OfNone(v);
        }
        return new ToStringNode.OfString(v);
    }

    private MojoExpressionNode prim(TExpr.Prim p) {
        List<TExpr> ops = p.operands();
        MojoExpressionNode a = expression(ops.get(0));
        MojoExpressionNode b = ops.size() > 1 ? expression(ops.get(1)) : null;
        PrimOp op = p.op();
        switch (op) {
            case INT_FLOORDIV:
                return IntDivisionNodeFactory.FloorDivNodeGen.create(a, b);
            case INT_MOD:
                return IntDivisionNodeFactory.FloorModNodeGen.create(a, b);
            case UINT_FLOORDIV:
                return IntDivisionNodeFactory.UnsignedDivNodeGen.create(a, b);
            case UINT_MOD:
                return IntDivisionNodeFactory.UnsignedModNodeGen.create(a, b);
            case INT_POW:
            case UINT_POW:
                return IntDivisionNodeFactory.PowNodeGen.create(a, b);
            case INT_TRUEDIV:
                return new FloatArithmeticNode(PrimOp.FLOAT_DIV, new ConvertNodes.ToDouble(PrimOp.INT_TO_FLOAT, a),
                                new ConvertNodes.ToDouble(PrimOp.INT_TO_FLOAT, b));
            case UINT_TRUEDIV:
                return new FloatArithmeticNode(PrimOp.FLOAT_DIV, new ConvertNodes.ToDouble(PrimOp.UINT_TO_FLOAT, a),
                                new ConvertNodes.ToDouble(PrimOp.UINT_TO_FLOAT, b));
            case INT_ADD, INT_SUB, INT_MUL, INT_AND, INT_OR, INT_XOR, INT_SHL, INT_SHR, INT_NEG, INT_INVERT, INT_ABS, INT_MIN, INT_MAX,
                            UINT_ADD, UINT_SUB, UINT_MUL, UINT_AND, UINT_OR, UINT_XOR, UINT_SHL, UINT_SHR, UINT_NEG, UINT_INVERT, UINT_MIN,
                            UINT_MAX:
                return new IntArithmeticNode(op, a, b);
            case FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_DIV, FLOAT_FLOORDIV, FLOAT_MOD, FLOAT_POW, FLOAT_NEG, FLOAT_ABS, FLOAT_MIN, FLOAT_MAX,
                            FLOAT_SQRT, FLOAT_SIN, FLOAT_COS, FLOAT_TAN, FLOAT_EXP, FLOAT_LOG, FLOAT_FLOOR, FLOAT_CEIL, FLOAT_TRUNC:
                return new FloatArithmeticNode(op, a, b);
            case BOOL_NOT:
                return new BoolNodes.Not(a);
            case BOOL_AND, BOOL_OR, BOOL_XOR:
                return new BoolNodes.Bitwise(op, a, b);
            case STR_ADD, STR_MUL, STR_INDEX, STR_MIN, STR_MAX:
                return new StringNodes.Binary(op, a, b);
            case STR_SLICE:
                return new StringNodes.Slice(a, b, expression(ops.get(2)), expression(ops.get(3)));
            case FLOAT_TO_INT, INT_TO_UINT, UINT_TO_INT, BOOL_TO_INT, STR_TO_INT, STR_LEN:
                return new ConvertNodes.ToLong(op, a);
            case INT_TO_FLOAT, UINT_TO_FLOAT, BOOL_TO_FLOAT, STR_TO_FLOAT:
                return new ConvertNodes.ToDouble(op, a);
            case INT_TO_BOOL, FLOAT_TO_BOOL, STR_TO_BOOL:
                return new ConvertNodes.ToBoolean(op, a);
            default:
                if (b != null) {
                    return new CompareNode(op, a, b);
                }
                throw new IllegalStateException("no node for " + op);
        }
    }
}

package org.trufflemojo.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.typed.Program;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.debug.FrameVariables;
import org.trufflemojo.interop.Border;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoRootNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.nodes.builtin.BreakpointNodes;
import org.trufflemojo.nodes.builtin.EvalNode;
import org.trufflemojo.nodes.builtin.PrintNode;
import org.trufflemojo.nodes.builtin.ProgramRootNode;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.nodes.expression.ScalarNodes;
import org.trufflemojo.nodes.expression.WideIntegerNodes;
import org.trufflemojo.nodes.dict.DictNode;
import org.trufflemojo.nodes.list.Elements;
import org.trufflemojo.nodes.list.ListNodes;
import org.trufflemojo.nodes.list.ListNodesFactory;
import org.trufflemojo.nodes.list.SpanNodesFactory;
import org.trufflemojo.nodes.list.ListSizingNodesFactory;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.nodes.memory.MemoryNodes;
import org.trufflemojo.nodes.memory.MemoryNodesFactory;
import org.trufflemojo.nodes.call.CallNode;
import org.trufflemojo.nodes.struct.DestroyNode;
import org.trufflemojo.nodes.struct.FieldNodes;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.nodes.struct.RefNodes;
import org.trufflemojo.nodes.struct.SequenceNodes;
import org.trufflemojo.nodes.struct.TextNodes;
import org.trufflemojo.ownership.LifetimePlan;
import org.trufflemojo.ownership.Place;
import org.trufflemojo.nodes.call.FunctionBodyNode;
import org.trufflemojo.nodes.control.BlockNode;
import org.trufflemojo.nodes.control.ErrorNodes;
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
import org.trufflemojo.nodes.expression.ContainerNodes;
import org.trufflemojo.nodes.expression.StringNodes;
import org.trufflemojo.nodes.expression.ToStringNode;
import org.trufflemojo.interop.MojoFunction;
import org.trufflemojo.interop.MojoModule;
import org.trufflemojo.runtime.CaptureEnvironment;
import org.trufflemojo.nodes.local.CaptureNodes;
import org.trufflemojo.nodes.local.ReadArgumentNode;
import org.trufflemojo.nodes.local.ReadLocalNode;
import org.trufflemojo.nodes.local.WriteLocalNode;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TExprs;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.core.Repr;
import org.trufflemojo.core.DType;
import org.trufflemojo.nodes.expression.VectorNodes;
import java.util.IdentityHashMap;
import org.trufflemojo.nodes.builtin.Intrinsics;
import org.trufflemojo.nodes.call.IndirectCallNode;
import org.trufflemojo.typed.types.VectorType;

/** Turns the checked, typed program into Truffle root nodes: one per function, plus the program root. */
public final class NodeBuilder {
    private final MojoLanguage language;
    private final Source source;
    private final LifetimePlan plan;
    private final Lifecycle lifecycle;
    private final CallTargets callTargets = new CallTargets();
    /** Per function whose variables closures capture: where those closures find them. */
    private final Map<Function, CaptureEnvironment> captureEnvironments = new IdentityHashMap<>();
    private Function function;

    public NodeBuilder(MojoLanguage language, Source source, LifetimePlan plan) {
        this.language = language;
        this.source = source;
        this.plan = plan;
        this.lifecycle = new Lifecycle(language, callTargets);
    }

    public CallTarget build(Program program) {
        for (Function f : program.functions()) {
            if (f.owner != null) {
                lifecycle.layout(f.owner);
            }
            for (Local l : f.locals) {
                if (l.type instanceof StructType st) {
                    lifecycle.layout(st);
                }
            }
        }
        List<MojoRootNode> roots = new ArrayList<>();
        // First create every function's root and call target, so calls (also recursive) can be direct.
        for (Function f : program.functions()) {
            FrameDescriptor.Builder frame = FrameDescriptor.newBuilder(f.locals.size());
            for (Local l : f.locals) {
                frame.addSlot(slotKind(l.type), l.name, null);
            }
            function = f;
            MojoRootNode root = new MojoRootNode(language, frame.build(), f.displayName(), functionSection(f)); // (Point.sum: tools name it so)
            root.setVariables(frameVariables(f, language, lifecycle));
            callTargets.put(f, root.getCallTarget());
            roots.add(root);
        }
        for (int i = 0; i < roots.size(); i++) {
            roots.get(i).setBody(functionBody(program.functions().get(i)));
        }
        CallTarget main = program.main() == null ? null : callTargets.of(program.main());
        CallTarget run = new ProgramRootNode(language, main).getCallTarget();
        // (an overloaded function is seen from other languages by its first declaration)
        Map<String, MojoFunction> members = new LinkedHashMap<>();
        Borders borders = new Borders(language, lifecycle);
        for (Function f : program.functions()) {
            if (f.topLevel && !f.isTemplate) {
                members.putIfAbsent(f.name, borders.function(f, callTargets.of(f)));
            } else if (f.owner != null && f.owner.module == null && f.owner.typeArgs.isEmpty() && f.name.equals("__init__")
                            && f.params.stream().noneMatch(p -> p.type == f.owner)) {
                members.putIfAbsent(f.owner.name(), borders.function(f, callTargets.of(f))); // a struct: called, it constructs
            }
        }
        exportMethods(program, borders);
        return RootNode.createConstantNode(new MojoModule(source.getName(), members, run)).getCallTarget();
    }

    /**
     * Gives each struct's layout the executables of its methods, so other languages can call
     * {@code p.method(...)} (lifecycle methods, named with underscores, stay Mojo's own).
     */
    private void exportMethods(Program program, Borders borders) {
        Map<StructType, Map<String, Object>> methods = new LinkedHashMap<>();
        for (Function f : program.functions()) {
            if (f.owner != null && !f.isTemplate && !f.isStatic && !f.name.startsWith("_") && !f.params.isEmpty() && f.params.get(0).type == f.owner) {
                methods.computeIfAbsent(f.owner, st -> new LinkedHashMap<>()).putIfAbsent(f.name, borders.function(f, callTargets.of(f)));
            }
        }
        methods.forEach((st, m) -> lifecycle.layout(st).setMethods(m));
    }

    /**
     * How to make the variables of f a debugger shows: those the program named (the checker's
     * hidden locals have names in parentheses), in declaration order. Address-taken variables live
     * in native memory and are not shown yet. Their borders are made when a debugger first asks;
     * until then only the names, slots and types are kept (not this builder or the typed tree).
     */
    private static Supplier<FrameVariables> frameVariables(Function f, MojoLanguage language, Lifecycle lifecycle) {
        List<Local> visible = f.locals.stream().filter(l -> !l.name.startsWith("(") && l.addressSlot == null && l.type.repr() != Repr.NONE).toList();
        String name = f.displayName();
        String[] names = visible.stream().map(l -> l.name).toArray(String[]::new);
        int[] slots = visible.stream().mapToInt(l -> l.slot).toArray();
        FrameSlotKind[] kinds = visible.stream().map(l -> slotKind(l.type)).toArray(FrameSlotKind[]::new);
        Type[] types = visible.stream().map(l -> l.type).toArray(Type[]::new);
        return () -> {
            synchronized (lifecycle) { // (a debugger may ask on another thread; the lifecycle's tables are not thread-safe)
                Borders borders = new Borders(language, lifecycle);
                return new FrameVariables(language, name, names, slots, kinds, Arrays.stream(types).map(borders::of).toArray(Border[]::new));
            }
        };
    }

    static FrameSlotKind slotKind(Type t) {
        return switch (t.repr()) {
            case LONG -> FrameSlotKind.Long;
            case DOUBLE -> FrameSlotKind.Double;
            case BOOLEAN -> FrameSlotKind.Boolean;
            default -> FrameSlotKind.Object;
        };
    }

    /** A position in the function being built: in the program's source, or in the library module it comes from. */
    private SourceSection section(SourcePos pos) {
        Source source = function != null && function.module != null ? language.librarySource(function.module) : this.source;
        // (a default argument's expression is written in the callee's module but built into the caller)
        if (pos == null || pos.line() <= 0 || pos.line() > source.getLineCount() || pos.column() > source.getLineLength(pos.line())) {
            return source.createUnavailableSection();
        }
        return source.createSection(pos.line(), pos.column(), 1);
    }

    /**
     * The whole of a function, from its declaration to the end of its last statement's line: a
     * debugger finds the function a line breakpoint is in by these, and profilers name it by its start.
     */
    private SourceSection functionSection(Function f) {
        SourceSection start = section(f.pos);
        if (!start.isAvailable() || f.body == null) {
            return start;
        }
        Source in = start.getSource();
        int lastLine = lastLine(f.body, start.getStartLine(), in.getLineCount());
        int endColumn = Math.max(in.getLineLength(lastLine), lastLine == start.getStartLine() ? start.getStartColumn() : 1);
        return in.createSection(start.getStartLine(), start.getStartColumn(), lastLine, endColumn);
    }

    /** The last line of s and its nested statements, counting only lines from first to limit (positions elsewhere come from other modules). */
    private static int lastLine(TStmt s, int first, int limit) {
        int line = s.pos() != null && s.pos().line() >= first && s.pos().line() <= limit ? s.pos().line() : first;
        for (TStmt child : switch (s) {
            case TStmt.Block b -> b.statements();
            case TStmt.If i -> java.util.Arrays.asList(i.then(), i.otherwise());
            case TStmt.While w -> java.util.Arrays.asList(w.body(), w.otherwise());
            case TStmt.ForRange f -> java.util.Arrays.asList(f.body(), f.otherwise());
            case TStmt.ForList f -> java.util.Arrays.asList(f.body(), f.otherwise());
            case TStmt.Try t -> java.util.Arrays.asList(t.body(), t.handler(), t.otherwise(), t.cleanup());
            default -> List.<TStmt>of();
        }) {
            if (child != null) {
                line = Math.max(line, lastLine(child, first, limit));
            }
        }
        return line;
    }

    /**
     * A statement's position, to the end of its line: what a debugger highlights when it stops
     * there (its start, which error messages show, is the statement's own position).
     */
    private SourceSection statementSection(SourcePos pos) {
        SourceSection start = section(pos);
        if (!start.isAvailable()) {
            return start;
        }
        Source in = start.getSource();
        int line = start.getStartLine();
        CharSequence text = in.getCharacters(line);
        int end = text.length();
        while (end > start.getStartColumn() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return in.createSection(line, start.getStartColumn(), line, Math.max(end, start.getStartColumn()));
    }

    private FunctionBodyNode functionBody(Function f) {
        function = f;
        List<MojoStatementNode> setup = new ArrayList<>();
        List<MojoExpressionNode> mutReads = new ArrayList<>();
        List<Integer> mutIndices = new ArrayList<>();
        for (Local p : f.params) {
            setup.add(writeLocal(p, new ReadArgumentNode(p.argumentIndex)));
            if (p.convention == Stmt.Convention.MUT || (p.convention == Stmt.Convention.REF && p.mutable)) {
                mutReads.add(readLocal(p));
                mutIndices.add(p.argumentIndex);
            }
        }
        MojoExpressionNode outResult = null;
        if (f.outParam != null) {
            if (f.outParam.type instanceof StructType st && !st.isTrivial() || f.outParam.type instanceof StructType) {
                setup.add(writeLocal(f.outParam, new LifecycleNodes.NewInstance(lifecycle.layout((StructType) f.outParam.type))));
            }
            outResult = readLocal(f.outParam);
        }
        List<MojoStatementNode> body = new ArrayList<>();
        List<MojoStatementNode> release = new ArrayList<>();
        for (Local l : f.locals) {
            if (l.addressSlot != null) {
                // An address-taken variable lives in native memory for the whole call.
                setup.add(0, new WriteLocalNode.LongWrite(l.addressSlot.slot,
                                MemoryNodesFactory.AllocateNodeGen.create(NativeLayout.sizeOf(l.type), NativeLayout.alignOf(l.type), new ConstantNodes.LongConstant(1))));
                release.add(new EvalNode(MemoryNodesFactory.FreeNodeGen.create(plainRead(l.addressSlot))));
            }
        }
        if (!f.captured.isEmpty()) {
            // (after the arguments are in place: a captured argument lives in its native memory too)
            CaptureEnvironment environment = captureEnvironments.computeIfAbsent(f, k -> new CaptureEnvironment());
            setup.add(new CaptureNodes.Enter(environment, f.captured.stream().map(l -> plainRead(l.addressSlot)).toArray(MojoExpressionNode[]::new)));
            release.add(new CaptureNodes.Exit(environment));
        }
        addDestroys(body, LifetimePlan.Site.ENTRY, f);
        body.add(statement(f.body));
        addDestroys(body, LifetimePlan.Site.END, f);
        // (its own block: the root-body tag marks where the arguments are in their slots)
        MojoStatementNode rootBody = new BlockNode(body.toArray(new MojoStatementNode[0]));
        rootBody.setRootBody(functionSection(f));
        FunctionBodyNode node = new FunctionBodyNode(setup.toArray(new MojoStatementNode[0]), rootBody,
                        mutReads.toArray(new MojoExpressionNode[0]), mutIndices.stream().mapToInt(Integer::intValue).toArray(), outResult,
                        release.isEmpty() ? null : block(release));
        node.setSourceSection(functionSection(f));
        return node;
    }

    private static MojoStatementNode block(List<MojoStatementNode> statements) {
        return statements.size() == 1 ? statements.get(0) : new BlockNode(statements.toArray(new MojoStatementNode[0]));
    }

    // ================================================================ destroys

    private void addDestroys(List<MojoStatementNode> out, LifetimePlan.Site site, Object node) {
        for (LifetimePlan.Destroy d : plan.destroys(site, node)) {
            MojoStatementNode n = destroy(d);
            if (n != null) {
                out.add(n);
            }
        }
    }

    private MojoStatementNode destroysAt(LifetimePlan.Site site, Object node) {
        List<MojoStatementNode> list = new ArrayList<>();
        addDestroys(list, site, node);
        return list.isEmpty() ? null : block(list);
    }

    private MojoStatementNode destroy(LifetimePlan.Destroy d) {
        LifecycleNodes.DestroyValue value = d.fieldwise() ? lifecycle.destroyFields((StructType) d.place().type(), d.fields())
                        : lifecycle.destroy(d.place().type());
        if (value == null) {
            return null;
        }
        Local variable = d.place().root();
        boolean wholeVariable = d.place().path().isEmpty() && variable.addressSlot == null;
        return new DestroyNode(readPlace(d.place()), value, wholeVariable ? variable.slot : -1);
    }

    private MojoExpressionNode readPlace(Place p) {
        MojoExpressionNode node = readLocal(p.root());
        for (StructType.Field f : p.path()) {
            node = fieldRead(node, f);
        }
        return node;
    }

    private MojoExpressionNode fieldRead(MojoExpressionNode object, StructType.Field f) {
        StructType owner = ownerOf(f);
        return new FieldNodes.Read(object, lifecycle.layout(owner).property(f.index()), f.type().repr());
    }

    private final IdentityHashMap<StructType.Field, StructType> fieldOwners = new IdentityHashMap<>();

    private StructType ownerOf(StructType.Field f) {
        StructType owner = fieldOwners.get(f);
        if (owner == null) {
            for (StructType st : lifecycle.structs()) {
                for (StructType.Field g : st.fieldList()) {
                    fieldOwners.put(g, st);
                }
            }
            owner = fieldOwners.get(f);
        }
        return owner;
    }

    /** A statement followed by the destroys placed after it. */
    private MojoStatementNode withDestroysAfter(MojoStatementNode node, Object key) {
        MojoStatementNode after = destroysAt(LifetimePlan.Site.AFTER, key);
        return after == null ? node : new BlockNode(new MojoStatementNode[]{node, after});
    }

    /** The value of an assignment, then the destroy of the target's old value (if it dies only now). */
    private MojoExpressionNode beforeStore(MojoExpressionNode value, TStmt assignment) {
        MojoStatementNode destroys = destroysAt(LifetimePlan.Site.BEFORE_STORE, assignment);
        return destroys == null ? value : new SequenceNodes.ThenDestroy(value, destroys);
    }

    /** An operation that may raise (a call, a Dict lookup, a conversion, ...) with the destroys planned for its error path. */
    private MojoExpressionNode withLandingPad(MojoExpressionNode node, Object key) {
        MojoStatementNode onError = destroysAt(LifetimePlan.Site.RAISE_EDGE, key);
        return onError == null ? node : new ErrorNodes.LandingPad(node, onError);
    }

    /** An expression evaluated on one path only (an and/or operand, a conditional's branch), with the destroys planned at that path's start and end. */
    private MojoExpressionNode branch(TExpr key, LifetimePlan.Site start, TExpr value, LifetimePlan.Site end) {
        MojoExpressionNode node = expression(value);
        MojoStatementNode after = destroysAt(end, key);
        if (after != null) {
            node = new SequenceNodes.ThenDestroy(node, after);
        }
        MojoStatementNode before = destroysAt(start, key);
        return before == null ? node : new SequenceNodes.DestroyThen(before, node);
    }

    /**
     * An expression (a condition, an iterated list) with the destroys planned after it. A call (or a
     * conversion to text) places those itself, so they are not placed a second time around it: the
     * value would be destroyed twice.
     */
    private MojoExpressionNode withOwnDestroysAfter(TExpr e) {
        MojoExpressionNode node = expression(e);
        boolean placedByItself = e instanceof TExpr.Call || e instanceof TExpr.IndirectCall || e instanceof TExpr.Stringify;
        return placedByItself ? node : exprWithDestroysAfter(node, e);
    }

    private MojoExpressionNode exprWithDestroysAfter(MojoExpressionNode node, Object key) {
        MojoStatementNode after = destroysAt(LifetimePlan.Site.AFTER, key);
        return after == null ? node : new SequenceNodes.ThenDestroy(node, after);
    }

    private MojoStatementNode prefixed(LifetimePlan.Site site, Object key, MojoStatementNode body) {
        MojoStatementNode first = destroysAt(site, key);
        if (first == null) {
            return body;
        }
        return body == null ? first : new BlockNode(new MojoStatementNode[]{first, body});
    }

    // ================================================================ statements

    private MojoStatementNode statement(TStmt s) {
        MojoStatementNode node = switch (s) {
            case TStmt.Block b -> {
                MojoStatementNode[] children = new MojoStatementNode[b.statements().size()];
                for (int i = 0; i < children.length; i++) {
                    children[i] = statement(b.statements().get(i));
                }
                MojoStatementNode scopeEnd = destroysAt(LifetimePlan.Site.BLOCK_END, b); // address-taken variables die here
                // (no position: a block is not a step of its own, its statements are)
                yield scopeEnd == null ? new BlockNode(children) : new BlockNode(new MojoStatementNode[]{new BlockNode(children), scopeEnd});
            }
            case TStmt.WriteLocal w -> {
                MojoStatementNode write = writeLocal(w.local(), beforeStore(expression(w.value()), s));
                write.setSourceSectionOnly(section(s.pos())); // (the write-variable tag; the statement may be the block around it)
                yield withDestroysAfter(write, s);
            }
            case TStmt.WriteField w when w.object() instanceof TExpr.RefTarget rt -> {
                StructType owner = (StructType) rt.type();
                yield withDestroysAfter(new RefNodes.FieldStore((RefNodes.Read) expression(rt), expression(w.value()),
                                lifecycle.layout(owner).property(w.field().index()), w.field().type().repr(),
                                NativeLayout.isStorable(owner) ? NativeLayout.offsetOf(owner, w.field()) : 0,
                                NativeLayout.isStorable(w.field().type()) ? storer(w.field().type()) : null,
                                NativeLayout.isStorable(w.field().type()) ? loader(w.field().type()) : null, lifecycle.destroy(w.field().type())), s);
            }
            case TStmt.WriteField w when TExprs.isMemoryPlace(w.object()) -> withDestroysAfter(new EvalNode(assignToMemory(
                            address(new TExpr.FieldRead(w.pos(), w.field().type(), w.object(), w.field())), expression(w.value()), w.field().type())), s);
            case TStmt.WriteField w -> withDestroysAfter(new FieldNodes.Write(expression(w.object()),
                            lifecycle.layout(ownerOf(w.field())).property(w.field().index()), w.field().type().repr(),
                            beforeStore(expression(w.value()), s)), s);
            case TStmt.Eval e when e.expr() instanceof TExpr.IntrinsicCall ic && ic.intrinsic() == org.trufflemojo.core.Intrinsic.BREAKPOINT ->
                new BreakpointNodes.Statement();
            case TStmt.Eval e -> withDestroysAfter(new EvalNode(expression(e.expr())), s);
            case TStmt.If i -> new IfNode(withOwnDestroysAfter(i.condition()),
                            prefixed(LifetimePlan.Site.BRANCH_START, s, statement(i.then())),
                            prefixed(LifetimePlan.Site.ELSE_START, s, i.otherwise() == null ? null : statement(i.otherwise())));
            case TStmt.While w -> new WhileNode(withOwnDestroysAfter(w.condition()),
                            prefixed(LifetimePlan.Site.BRANCH_START, s, statement(w.body())),
                            prefixed(LifetimePlan.Site.LOOP_EXIT, s, w.otherwise() == null ? null : statement(w.otherwise())));
            case TStmt.ForRange f -> new ForRangeNode(expression(f.start()), expression(f.end()), expression(f.step()), f.variable().slot,
                            f.endTemp().slot, f.stepTemp().slot, f.counter().slot, f.backward(),
                            prefixed(LifetimePlan.Site.BRANCH_START, s, statement(f.body())),
                            prefixed(LifetimePlan.Site.LOOP_EXIT, s, f.otherwise() == null ? null : statement(f.otherwise())));
            case TStmt.ForList f -> {
                ListType lt = (ListType) f.list().type();
                MojoExpressionNode listAgain = f.list() instanceof TExpr.Temp t ? readLocal(t.temp()) : expression(f.list());
                MojoStatementNode write = f.variable() == null ? null : writeLocal(f.variable(), new ListNodes.Get(
                                f.list() instanceof TExpr.Temp t ? readLocal(t.temp()) : expression(f.list()), readLocal(f.index()),
                                lifecycle.elements(lt)));
                yield new ListNodes.ForEach(withOwnDestroysAfter(f.list()), listAgain, f.backward(), f.index().slot, write,
                                prefixed(LifetimePlan.Site.BRANCH_START, s, statement(f.body())),
                                prefixed(LifetimePlan.Site.LOOP_EXIT, s, f.otherwise() == null ? null : statement(f.otherwise())));
            }
            case TStmt.Raise r -> new ErrorNodes.Raise(expression(r.value()), r.message() == null ? null : expression(r.message()),
                            r.message() == null ? null : lifecycle.destroy(r.value().type()), destroysAt(LifetimePlan.Site.BEFORE_JUMP, s));
            case TStmt.Try t -> new ErrorNodes.Try(statement(t.body()), t.error() == null ? -1 : t.error().slot,
                            t.error() != null && t.error().type != Types.ERROR_VALUE,
                            t.handler() == null ? null : prefixed(LifetimePlan.Site.HANDLER_START, s, statement(t.handler())),
                            t.otherwise() == null ? null : statement(t.otherwise()), t.cleanup() == null ? null : statement(t.cleanup()));
            case TStmt.Break b -> prefixed(LifetimePlan.Site.BEFORE_JUMP, s, new JumpNodes.Break());
            case TStmt.Continue c -> prefixed(LifetimePlan.Site.BEFORE_JUMP, s, new JumpNodes.Continue());
            case TStmt.Return r -> new JumpNodes.Return(r.value() == null ? null : expression(r.value()),
                            destroysAt(LifetimePlan.Site.BEFORE_JUMP, s));
            case TStmt.Print p -> {
                ToStringNode[] values = new ToStringNode[p.values().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = toStringNode(p.values().get(i));
                }
                yield withDestroysAfter(new PrintNode(values, p.sep() == null ? null : expression(p.sep()),
                                p.end() == null ? null : expression(p.end())), s);
            }
        };
        if (function.syntax == null) {
            // a method the compiler wrote (a fieldwise __init__): not the program's lines to step through or cover
            node.setSourceSectionOnly(section(s.pos()));
        } else if (!(s instanceof TStmt.Block)) {
            node.setSourceSection(statementSection(s.pos()));
        }
        return node;
    }

    private MojoStatementNode writeLocal(Local l, MojoExpressionNode value) {
        if (l.addressSlot != null) {
            return new EvalNode(initialize(plainRead(l.addressSlot), value, l.type));
        }
        return switch (l.type.repr()) {
            case LONG -> new WriteLocalNode.LongWrite(l.slot, value);
            case DOUBLE -> new WriteLocalNode.DoubleWrite(l.slot, value);
            case BOOLEAN -> new WriteLocalNode.BooleanWrite(l.slot, value);
            default -> new WriteLocalNode.ObjectWrite(l.slot, value);
        };
    }

    private MojoExpressionNode readLocal(Local l) {
        if (l.addressSlot != null) {
            return new MemoryNodes.Load(plainRead(l.addressSlot), loader(l.type));
        }
        return plainRead(l);
    }

    private static MojoExpressionNode plainRead(Local l) {
        return switch (l.type.repr()) {
            case LONG -> new ReadLocalNode.LongRead(l.slot);
            case DOUBLE -> new ReadLocalNode.DoubleRead(l.slot);
            case BOOLEAN -> new ReadLocalNode.BooleanRead(l.slot);
            default -> new ReadLocalNode.ObjectRead(l.slot);
        };
    }

    // ================================================================ expressions

    /** The nodes of operands, built in order. */
    private MojoExpressionNode[] expressions(List<TExpr> es) {
        MojoExpressionNode[] nodes = new MojoExpressionNode[es.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(es.get(i));
        }
        return nodes;
    }

    private MojoExpressionNode expression(TExpr e) {
        MojoExpressionNode node = switch (e) {
            case TExpr.Const c -> constant(c);
            case TExpr.ReadLocal r -> readLocal(r.local());
            case TExpr.Prim p -> withLandingPad(prim(p), p);
            case TExpr.Block b -> new SequenceNodes.DestroyThen(statement(b.body()), expression(b.result()));
            case TExpr.Logical l -> new BoolNodes.ShortCircuit(l.isAnd(), expression(l.left()),
                            branch(l, LifetimePlan.Site.BRANCH_START, l.right(), LifetimePlan.Site.BRANCH_END),
                            destroysAt(LifetimePlan.Site.ELSE_START, l));
            case TExpr.CompareChain c -> compareChain(c);
            case TExpr.Conditional c -> new ConditionalNode(expression(c.condition()),
                            branch(c, LifetimePlan.Site.BRANCH_START, c.then(), LifetimePlan.Site.BRANCH_END),
                            branch(c, LifetimePlan.Site.ELSE_START, c.otherwise(), LifetimePlan.Site.ELSE_END));
            case TExpr.Call c -> {
                MojoExpressionNode call = call(c);
                call.setSourceSection(section(c.pos())); // (the call tag: the node around it may be a landing pad)
                yield exprWithDestroysAfter(withLandingPad(call, c), c);
            }
            case TExpr.FieldRead f -> TExprs.isMemoryPlace(f)
                            ? new MemoryNodes.Load(address(f), loader(f.type()))
                            : fieldRead(expression(f.object()), f.field());
            case TExpr.Deref d -> new MemoryNodes.Load(address(d), loader(d.type()));
            case TExpr.Memory m -> memory(m);
            case TExpr.ListElement le -> new ListNodes.Get(expression(le.list()), expression(le.index()),
                            lifecycle.elements((ListType) le.list().type()));
            case TExpr.ListOp lo -> withLandingPad(listOp(lo), lo);
            case TExpr.DictOp dop -> {
                MojoExpressionNode[] operands = new MojoExpressionNode[dop.operands().size()];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = expression(dop.operands().get(i));
                }
                Elements result = dop.type() instanceof ListType lt ? lifecycle.elements(lt) : null;
                yield withLandingPad(new DictNode(dop.op(), operands, lifecycle.dictLifecycle(dop.dictType()), result), dop);
            }
            case TExpr.TupleNew tn -> {
                MojoExpressionNode[] elements = new MojoExpressionNode[tn.elements().size()];
                for (int i = 0; i < elements.length; i++) {
                    elements[i] = expression(tn.elements().get(i));
                }
                yield new ContainerNodes.NewTuple(elements);
            }
            case TExpr.TupleGet tg -> new ContainerNodes.TupleGet(expression(tg.tuple()), tg.index());
            case TExpr.OptionalSome os -> new ContainerNodes.NewSome(expression(os.value()));
            case TExpr.OptionalOp oo -> {
                MojoExpressionNode[] operands = new MojoExpressionNode[oo.operands().size()];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = expression(oo.operands().get(i));
                }
                yield new ContainerNodes.OptionalOp(oo.op(), operands, lifecycle.copy(oo.type()));
            }
            case TExpr.RefTarget rt -> new RefNodes.Read(expression(rt.call()));
            case TExpr.FunctionRef fr -> new ConstantNodes.ObjectConstant(callTargets.of(fr.function()));
            case TExpr.CapturedAddress ca -> new CaptureNodes.Address(captureEnvironments.computeIfAbsent(ca.owner(), k -> new CaptureEnvironment()),
                            ca.owner().captured.indexOf(ca.local()), ca.local().name);
            case TExpr.IndirectCall ic -> {
                MojoExpressionNode[] args = new MojoExpressionNode[ic.args().size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = ownedArgument(ic.args().get(i));
                }
                yield exprWithDestroysAfter(withLandingPad(new IndirectCallNode(expression(ic.callee()), args), ic), ic);
            }
            case TExpr.VectorOp vo -> vector(vo);
            case TExpr.MakeRef mr -> makeRef(mr.place());
            case TExpr.RefStore rs -> new RefNodes.Store((RefNodes.Read) expression(rs.target()), expression(rs.value()), lifecycle.destroy(rs.target().type()));
            case TExpr.InPlace ip -> new MemoryNodes.UpdateInPlace(address(ip.place()), loader(ip.place().type()), storer(ip.place().type()),
                            ip.view().slot, expression(ip.op()));
            case TExpr.IntrinsicCall ic -> {
                MojoExpressionNode[] operands = new MojoExpressionNode[ic.operands().size()];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = expression(ic.operands().get(i));
                }
                yield withLandingPad(Intrinsics.create(ic.intrinsic(), operands), ic);
            }
            case TExpr.Own o -> {
                MojoExpressionNode value = plan.isMove(o) ? movedOut(o) : expression(o.place());
                LifecycleNodes.CopyValue copy = plan.isMove(o) ? lifecycle.move(o.type()) : lifecycle.copy(o.type());
                yield copy == null ? value : new LifecycleNodes.CopyExpression(value, copy);
            }
            case TExpr.Copy c -> {
                LifecycleNodes.CopyValue copy = lifecycle.copy(c.type());
                MojoExpressionNode value = expression(c.source());
                yield copy == null ? value : new LifecycleNodes.CopyExpression(value, copy);
            }
            // (the slot is of the temporary local's kind, as its reads and its destroy are)
            case TExpr.Temp t -> new SequenceNodes.StoreTemp(expression(t.value()), t.temp().slot, t.temp().type.repr());
            case TExpr.Stringify st -> exprWithDestroysAfter(st.method().name.equals("write_to")
                            ? new TextNodes.WriteTo(expression(st.value()), callTargets.of(st.method()))
                            : new TextNodes.Str(expression(st.value()), callTargets.of(st.method())), st);
            case TExpr.WriterWrite w -> {
                ToStringNode[] values = new ToStringNode[w.values().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = toStringNode(w.values().get(i));
                }
                yield new TextNodes.WriterWrite(expression(w.writer()), values);
            }
            case TExpr.Format f -> {
                ToStringNode[] values = new ToStringNode[f.values().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = toStringNode(f.values().get(i));
                }
                yield new FormatNode(values, f.type() == Types.STRING);
            }
        };
        node.setSourceSection(section(e.pos()));
        return node;
    }

    private static MojoExpressionNode constant(TExpr.Const c) {
        if (c.value() instanceof String text && (c.type() == Types.STRING || c.type() == Types.STRING_LITERAL)) {
            return new ConstantNodes.StringLiteral(text);
        }
        return switch (c.type().repr()) {
            case LONG -> new ConstantNodes.LongConstant((Long) c.value());
            case DOUBLE -> new ConstantNodes.DoubleConstant((Double) c.value());
            case BOOLEAN -> new ConstantNodes.BooleanConstant((Boolean) c.value());
            default -> new ConstantNodes.ObjectConstant(c.value());
        };
    }

    private MojoExpressionNode compareChain(TExpr.CompareChain c) {
        if (c.ops().size() == 1) {
            return CompareNode.create(c.ops().get(0), expression(c.operands().get(0)), expression(c.operands().get(1)));
        }
        MojoExpressionNode[] operands = new MojoExpressionNode[c.operands().size()];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = expression(c.operands().get(i));
        }
        return new CompareChainNode(operands, c.ops().toArray(new PrimOp[0]));
    }

    private MojoExpressionNode call(TExpr.Call c) {
        MojoExpressionNode[] args = new MojoExpressionNode[c.args().size()];
        List<CallNode.WriteBack> writeBacks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            args[i] = ownedArgument(c.args().get(i));
            TExpr target = c.writeBack().get(i);
            if (target != null && TExprs.isMemoryPlace(target)) {
                writeBacks.add(new CallNode.ToMemory(i, address(target), storer(target.type())));
            } else if (target instanceof TExpr.ReadLocal r) {
                writeBacks.add(new CallNode.ToLocal(i, r.local().slot, slotKind(r.local().type)));
            } else if (target instanceof TExpr.FieldRead f) {
                writeBacks.add(new CallNode.ToField(i, expression(f.object()), lifecycle.layout(ownerOf(f.field())).property(f.field().index()),
                                f.field().type().repr()));
            } else if (target instanceof TExpr.RefTarget rt) {
                writeBacks.add(new CallNode.ToReference(i, expression(rt.call()))); // (the reference kept in a local)
            }
            // An element of a list held as objects is changed in place: nothing to write back.
        }
        return new CallNode(callTargets.of(c.target()), args, writeBacks.toArray(new CallNode.WriteBack[0]));
    }

    // ================================================================ native memory

    /** The address of a place in native memory: {@code p[i]}, a variable whose address is taken, or a field path inside one. */
    private MojoExpressionNode address(TExpr place) {
        if (place instanceof TExpr.ReadLocal r) {
            return plainRead(r.local().addressSlot);
        }
        if (place instanceof TExpr.ListElement le) {
            return ListNodesFactory.AddressNodeGen.create(lifecycle.elements((ListType) le.list().type()), expression(le.list()), expression(le.index()));
        }
        if (place instanceof TExpr.Deref d) {
            return MemoryNodesFactory.ElementAddressNodeGen.create(NativeLayout.sizeOf(d.type()), expression(d.pointer()), expression(d.index()));
        }
        TExpr.FieldRead f = (TExpr.FieldRead) place;
        StructType owner = (StructType) f.object().type();
        return MemoryNodesFactory.FieldAddressNodeGen.create(NativeLayout.offsetOf(owner, f.field()), address(f.object()));
    }

    private MemoryNodes.Loader loader(Type t) {
        return lifecycle.loader(t);
    }

    private MemoryNodes.Storer storer(Type t) {
        return lifecycle.storer(t);
    }

    private MojoExpressionNode listOp(TExpr.ListOp lo) {
        ListType lt = lo.listType();
        MojoExpressionNode[] o = expressions(lo.operands());
        if (lo.op() == TExpr.ListOpKind.APPEND || lo.op() == TExpr.ListOpKind.INSERT || lo.op() == TExpr.ListOpKind.EXTEND) {
            // these move their last operand into the list themselves
            o[o.length - 1] = ownedArgument(lo.operands().get(o.length - 1));
        }
        Elements elements = lifecycle.elements(lt);
        Type element = lt.element;
        return switch (lo.op()) {
            case NEW -> new ListNodes.New(o, elements);
            case FILLED -> ListNodesFactory.FilledNodeGen.create(elements, lifecycle.copy(element), o[0], o[1]);
            case APPEND -> ListNodesFactory.AppendNodeGen.create(elements, o[0], o[1]);
            // pop() is pop(-1), as Mojo's List.pop(i: Int = -1).
            case POP -> ListNodesFactory.PopNodeGen.create(elements, o[0], o.length > 1 ? o[1] : new ConstantNodes.LongConstant(-1));
            case INSERT -> ListNodesFactory.InsertNodeGen.create(elements, o[0], o[1], o[2]);
            case SET -> ListNodesFactory.SetNodeGen.create(elements, lifecycle.destroy(element), o[0], o[1], o[2]);
            case EXTEND -> ListNodesFactory.ExtendNodeGen.create(elements, o[0], o[1]);
            case CLEAR -> ListNodesFactory.RearrangeNodeGen.create(ListNodes.Rearrange.Kind.CLEAR, element.repr(), elements,
                            lt.destroysElements() ? lifecycle.destroy(element) : null,
                            o[0]);
            case REVERSE -> ListNodesFactory.RearrangeNodeGen.create(ListNodes.Rearrange.Kind.REVERSE, element.repr(), elements, null, o[0]);
            case SORT -> ListNodesFactory.RearrangeNodeGen.create(ListNodes.Rearrange.Kind.SORT, element.repr(), elements, null, o[0]);
            case LEN -> ListNodesFactory.LengthNodeGen.create(o[0]);
            case COUNT -> ListNodesFactory.CountNodeGen.create(elements, lifecycle.equality(element), o[0], o[1]);
            case EQUALS -> ListNodesFactory.EqualsNodeGen.create(elements, lifecycle.equality(element), o[0], o[1]);
            case REPEAT -> ListNodesFactory.RepeatNodeGen.create(elements, lifecycle.copy(element), o[0], o[1]);
            case CAPACITY -> ListSizingNodesFactory.CapacityNodeGen.create(o[0]);
            case WITH_CAPACITY -> ListSizingNodesFactory.WithCapacityNodeGen.create(elements, o[0]);
            case RESERVE -> ListSizingNodesFactory.ReserveNodeGen.create(elements, o[0], o[1]);
            case RESIZE -> ListSizingNodesFactory.ResizeNodeGen.create(elements, lifecycle.copy(element), lifecycle.destroy(element),
                            o[0], o[1], o[2]);
            case DATA -> ListSizingNodesFactory.DataNodeGen.create(o[0]);
            case UNINIT -> ListSizingNodesFactory.UninitNodeGen.create(elements, o[0]);
            case UNINIT_RESIZE -> ListSizingNodesFactory.UninitResizeNodeGen.create(elements, lifecycle.destroy(element), o[0], o[1]);
            case CONTAINS -> ListNodesFactory.ContainsNodeGen.create(elements, lifecycle.equality(element), o[0], o[1]);
            case INDEX -> ListNodesFactory.IndexOfNodeGen.create(elements, lifecycle.equality(element), o[0], o[1]);
            case STR -> ListNodesFactory.StrNodeGen.create(lifecycle.listText(lt), o[0]);
            case SLICE -> ListNodesFactory.SliceNodeGen.create(elements, lifecycle.copy(element), o[0], o[1], o[2], o[3]);
            case CONCAT -> ListNodesFactory.ConcatNodeGen.create(elements, lifecycle.copy(element), o[0], o[1]);
            case VIEW -> SpanNodesFactory.ViewNodeGen.create(elements, o[0]);
            case VIEW_OF_MEMORY -> SpanNodesFactory.ViewOfMemoryNodeGen.create(o[0], o[1]);
            case SUBVIEW -> SpanNodesFactory.SubViewNodeGen.create(elements, o[0], o[1], o[2], o[3]);
        };
    }

    /** The reference a function returns: to native memory, a list element, a field of an instance, or a whole value. */
    private MojoExpressionNode makeRef(TExpr place) {
        if (TExprs.isMemoryPlace(place)) {
            return new RefNodes.ToMemory(address(place), loader(place.type()), storer(place.type()));
        }
        if (place instanceof TExpr.ListElement le) {
            return new RefNodes.ToElement(expression(le.list()), expression(le.index()), lifecycle.elements((ListType) le.list().type()));
        }
        if (place instanceof TExpr.FieldRead fr && !(place.type() instanceof StructType)) {
            return new RefNodes.ToField(expression(fr.object()), lifecycle.layout(ownerOf(fr.field())).property(fr.field().index()),
                            fr.field().type().repr());
        }
        return new RefNodes.ToValue(expression(place));
    }

    private MojoExpressionNode memory(TExpr.Memory m) {
        List<TExpr> ops = m.operands();
        long size = NativeLayout.isStorable(m.element()) ? NativeLayout.sizeOf(m.element()) : 8;
        return switch (m.op()) {
            case ALLOC -> MemoryNodesFactory.AllocateNodeGen.create(size, (Long) ((TExpr.Const) ops.get(1)).value(), expression(ops.get(0)));
            case BOX, SHARED_BOX -> MemoryNodesFactory.NewBoxNodeGen.create(storer(m.element()), size, m.op() == TExpr.MemoryOp.SHARED_BOX,
                            expression(ops.get(0)));
            case FREE -> MemoryNodesFactory.FreeNodeGen.create(expression(ops.get(0)));
            case OFFSET -> MemoryNodesFactory.ElementAddressNodeGen.create(size, expression(ops.get(0)), expression(ops.get(1)));
            case ADDRESS -> address(ops.get(0));
            case STORE -> initialize(expression(ops.get(0)), expression(ops.get(1)), m.element());
            case MOVE_IN -> initialize(expression(ops.get(0)), moved(ownedArgument(ops.get(1)), m.element()), m.element());
            case ASSIGN -> assignToMemory(expression(ops.get(0)), expression(ops.get(1)), m.element());
            case TAKE -> new MemoryNodes.Load(expression(ops.get(0)), loader(m.element()));
            case MOVE_OUT -> moved(new MemoryNodes.Load(expression(ops.get(0)), loader(m.element())), m.element());
            case DESTROY -> MemoryNodesFactory.DestroyPointeeNodeGen.create(loader(m.element()), lifecycle.destroy(m.element()),
                            expression(ops.get(0)));
        };
    }

    /** A value moving to a new address: a user-defined {@code __moveinit__} of its type runs on the way. */
    private MojoExpressionNode moved(MojoExpressionNode value, Type t) {
        LifecycleNodes.CopyValue move = lifecycle.move(t);
        return move == null ? value : new LifecycleNodes.CopyExpression(value, move);
    }

    /**
     * An argument for an owned ({@code var}) parameter. A value transferred there ({@code x^}, or a
     * variable's last use) is handed over where it is, without a move constructor, as Mojo passes
     * owned arguments; the callee moves it on if it stores it (init_pointee_move, List.append).
     */
    private MojoExpressionNode ownedArgument(TExpr arg) {
        return arg instanceof TExpr.Own o && plan.isMove(o) ? movedOut(o) : expression(arg);
    }

    /**
     * The value a move takes out of its place. A whole variable holding an owning value gives it
     * up (its slot is cleared, see {@link ReadLocalNode.MoveOut}): its new owner may destroy it.
     */
    private MojoExpressionNode movedOut(TExpr.Own o) {
        if (o.place() instanceof TExpr.ReadLocal r && r.local().addressSlot == null && r.local().type.repr() == Repr.OBJECT
                        && lifecycle.destroy(r.local().type) != null) {
            MojoExpressionNode node = new ReadLocalNode.MoveOut(r.local().slot);
            node.setSourceSection(section(r.pos()));
            return node;
        }
        return expression(o.place());
    }

    /** {@code place = value} for a place in native memory: the value there is destroyed, then replaced. */
    private MojoExpressionNode assignToMemory(MojoExpressionNode address, MojoExpressionNode value, Type t) {
        LifecycleNodes.DestroyValue destroy = lifecycle.destroy(t);
        return MemoryNodesFactory.StoreNodeGen.create(storer(t), destroy == null ? null : loader(t), destroy, address, value);
    }

    /** A store into uninitialized memory: there is no value there to destroy. */
    private MojoExpressionNode initialize(MojoExpressionNode address, MojoExpressionNode value, Type t) {
        return MemoryNodesFactory.StoreNodeGen.create(storer(t), null, null, address, value);
    }

    private MojoExpressionNode vector(TExpr.VectorOp vo) {
        DType dtype = vo.vectorType().dtype();
        int width = vo.vectorType().width;
        List<MojoExpressionNode> operands = vo.operands().stream().map(this::expression).toList();
        return switch (vo.op()) {
            case NEW -> new VectorNodes.New(dtype, width, operands.toArray(MojoExpressionNode[]::new));
            case GET -> new VectorNodes.Get(dtype, width, operands.get(0), operands.get(1));
            case SET -> new VectorNodes.Set(dtype, width, operands.get(0), operands.get(1), operands.get(2));
            case BINARY -> new VectorNodes.Binary(dtype, width, vo.lane(), operands.get(0), operands.get(1));
            case REDUCE -> new VectorNodes.Reduce(dtype, width, vo.lane(), operands.get(0));
            case COMPARE -> new VectorNodes.Compare(dtype, width, vo.lane(), operands.get(0), operands.get(1));
        };
    }

    private ToStringNode toStringNode(TExpr value) {
        if (value.type() instanceof ScalarType s) {
            return new ScalarNodes.Text(expression(value), s.dtype);
        }
        if (value.type() instanceof VectorType vt) {
            return new VectorNodes.Text(expression(value), vt.dtype(), vt.width);
        }
        if (value instanceof TExpr.Stringify st) {
            return new TextNodes.StructText(expression(st.value()), callTargets.of(st.method()), st.method().name.equals("write_to"));
        }
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
        } else if (t == Types.ERROR_VALUE) {
            return new ToStringNode.OfError(v);
        } else if (value instanceof TExpr.Stringify || t == Types.STRING_LITERAL || value instanceof TExpr.ListOp) {
            return new ToStringNode.OfString(v);
        }
        return new ToStringNode.OfString(v);
    }

    private MojoExpressionNode prim(TExpr.Prim p) {
        List<TExpr> ops = p.operands();
        MojoExpressionNode a = expression(ops.get(0));
        MojoExpressionNode b = ops.size() > 1 ? expression(ops.get(1)) : null;
        PrimOp op = p.op();
        switch (op) {
            case TO_SCALAR:
                if (p.type() instanceof ScalarType s && s.isWide()) {
                    return new WideIntegerNodes.FromNumber(a, Types.dtypeOf(ops.get(0).type()), s.dtype);
                }
                if (p.type().repr() == Repr.DOUBLE) {
                    return new ScalarNodes.ToFloat(a, Types.dtypeOf(ops.get(0).type()), Types.dtypeOf(p.type()));
                }
                return new ScalarNodes.ToInteger(a, Types.dtypeOf(ops.get(0).type()), Types.dtypeOf(p.type()));
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
            case WIDE_ADD, WIDE_SUB, WIDE_MUL, WIDE_FLOORDIV, WIDE_MOD, WIDE_POW, WIDE_AND, WIDE_OR, WIDE_XOR, WIDE_SHL, WIDE_SHR, WIDE_MIN,
                            WIDE_MAX:
                return new WideIntegerNodes.Binary(op, Types.dtypeOf(p.type()), a, b);
            case WIDE_NEG, WIDE_INVERT:
                return new WideIntegerNodes.Unary(op, Types.dtypeOf(p.type()), a);
            case BOOL_NOT:
                return new BoolNodes.Not(a);
            case BOOL_AND, BOOL_OR, BOOL_XOR:
                return new BoolNodes.Bitwise(op, a, b);
            case STR_ADD, STR_MUL, STR_INDEX, STR_MIN, STR_MAX, STR_APPEND:
                return StringNodes.binary(op, a, b);
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
                    return CompareNode.create(op, a, b);
                }
                throw new IllegalStateException("no node for " + op);
        }
    }
}

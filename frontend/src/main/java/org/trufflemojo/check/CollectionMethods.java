package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.core.LaneOp;
import org.trufflemojo.core.OptionalOpKind;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TExprs;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/**
 * The methods and literals of the built-in collections and pointers: String methods,
 * List / InlineArray, Dict, Tuple, Optional, OwnedPointer / ArcPointer, SIMD vectors and
 * UnsafePointer.
 */
final class CollectionMethods {
    private final FunctionContext ctx;
    private Statements statements;
    private Expressions expressions;
    private Operators operators;
    private Calls calls;
    private BuiltinCalls builtins;
    private Conversions conversions;
    private Conventions conventions;

    CollectionMethods(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Statements statements, Expressions expressions, Operators operators, Calls calls, BuiltinCalls builtins, Conversions conversions,
                    Conventions conventions) {
        this.statements = statements;
        this.calls = calls;
        this.expressions = expressions;
        this.operators = operators;
        this.builtins = builtins;
        this.conversions = conversions;
        this.conventions = conventions;
    }

    /** {@code s.write(...)}, {@code s.format(...)} and {@code s.join(...)}: they take any printable values, so they are checked here. */
    TExpr stringMethod(Expr.Call c, Expr.Attribute a, TExpr receiver) {
        return switch (a.name()) {
            case "write" -> stringWrite(c, a, receiver);
            case "join" -> stringJoin(c, receiver);
            default -> stringFormat(c, a, receiver);
        };
    }

    /**
     * {@code sep.join(a, b, c)}: the values' text with sep between each two; {@code sep.join(list)}
     * joins the list's elements (the library's join).
     */
    private TExpr stringJoin(Expr.Call c, TExpr receiver) {
        List<TExpr> elems = builtins.positionalOnly(c, "join");
        if (elems.size() == 1 && Types.materialize(elems.get(0).type()) instanceof ListType) {
            TExpr list = elems.get(0);
            return expressions.libraryMethodCall(c.pos(), "builtin.string", "join", receiver,
                            List.of(new Expr.Arg(list.pos(), null, new Expr.Checked(list.pos(), list), false)));
        }
        if (elems.isEmpty()) {
            return new TExpr.Const(c.pos(), Types.STRING, "");
        }
        TExpr sep = conventions.evaluatedOnce(conventions.borrowedString(receiver, c.pos()));
        List<TExpr> values = new ArrayList<>();
        for (int i = 0; i < elems.size(); i++) {
            if (i > 0) {
                values.add(builtins.printable(i == 1 ? sep : Conventions.again(sep), c.pos()));
            }
            values.add(builtins.printable(elems.get(i), elems.get(i).pos()));
        }
        return new TExpr.Format(c.pos(), Types.STRING, values);
    }

    /** {@code s.format(a, b, ...)}: each argument's text and its repr (for {@code {!r}}) are operands. */
    private TExpr stringFormat(Expr.Call c, Expr.Attribute a, TExpr receiver) {
        List<TExpr> operands = new ArrayList<>();
        operands.add(conventions.borrowedString(receiver, a.target().pos()));
        for (TExpr v : builtins.positionalOnly(c, "format")) {
            operands.add(conventions.borrowed(formatArgument(v, v.pos()), v.pos()));
            operands.add(conventions.borrowed(repr(v, v.pos()), v.pos()));
        }
        ctx.checkMayRaise(c.pos(), "call to 'format'"); // (a malformed format string or a missing argument raises)
        return new TExpr.IntrinsicCall(c.pos(), Types.STRING, Intrinsic.STRING_FORMAT, operands, true);
    }

    /** {@code s.write(a, b, ...)}: String is a Writer; the values are formatted and appended in place. */
    private TExpr stringWrite(Expr.Call c, Expr.Attribute a, TExpr receiver) {
        conventions.requireMutablePlace(receiver, a.target().pos());
        List<TExpr> values = new ArrayList<>();
        for (TExpr v : builtins.positionalOnly(c, "write")) {
            values.add(builtins.printable(v, v.pos()));
        }
        TExpr text = conventions.borrowed(new TExpr.Format(c.pos(), Types.STRING, values), c.pos());
        return conventions.inPlace(receiver, r -> new TExpr.Prim(c.pos(), Types.NONE, PrimOp.STR_APPEND, List.of(r, text)));
    }


    /** An argument of {@code format}: its text, written as by {@code String(x)} (the {@code !r} conversion uses its repr). */
    TExpr formatArgument(TExpr v, SourcePos pos) {
        return new TExpr.Format(pos, Types.STRING, List.of(builtins.printable(v, pos)));
    }

    /** {@code repr(x)}: like String(x) but Strings are quoted. */
    TExpr repr(TExpr v, SourcePos pos) {
        if (Types.isStringLike(v.type())) {
            return new TExpr.IntrinsicCall(pos, Types.STRING, Intrinsic.STRING_REPR, List.of(conventions.borrowedString(v, pos)), false);
        }
        if (v.type() instanceof StructType st && !st.methods("__repr__").isEmpty()) {
            return operators.dunder(pos, v, st, "__repr__", null);
        }
        if (v.type() == Types.UINT) {
            return new TExpr.Format(pos, Types.STRING, List.of(builtins.printable(new TExpr.Const(pos, Types.STRING_LITERAL, "UInt("), pos),
                            builtins.printable(v, pos), builtins.printable(new TExpr.Const(pos, Types.STRING_LITERAL, ")"), pos)));
        }
        if (v.type() instanceof ScalarType || v.type() == Types.FLOAT64 || v.type() instanceof VectorType) {
            // SIMD[DType.int32, 4](1, 2, 3, 4); a scalar is SIMD[DType.int32, 1](4)
            return expressions.libraryMethodCall(pos, "builtin.simd", "__repr__", v, List.of());
        }
        if (v.type() == Types.ERROR_VALUE) {
            // Error('message'): the message as a string literal
            TExpr text = new TExpr.Format(pos, Types.STRING, List.of(builtins.printable(v, pos)));
            TExpr quoted = new TExpr.IntrinsicCall(pos, Types.STRING, Intrinsic.STRING_REPR, List.of(conventions.borrowedString(text, pos)), false);
            return new TExpr.Format(pos, Types.STRING, List.of(builtins.printable(new TExpr.Const(pos, Types.STRING_LITERAL, "Error("), pos),
                            builtins.printable(quoted, pos), builtins.printable(new TExpr.Const(pos, Types.STRING_LITERAL, ")"), pos)));
        }
        return new TExpr.Format(pos, Types.STRING, List.of(builtins.printable(v, pos)));
    }

    /** {@code hash(v)}: a struct's {@code __hash__}, the bytes of a string, an integer's own bits. */
    TExpr hash(TExpr v, SourcePos pos) {
        if (Types.isStringLike(v.type())) {
            return new TExpr.IntrinsicCall(pos, Types.UINT, Intrinsic.STRING_HASH, List.of(conventions.borrowedString(v, pos)), false);
        }
        if (v.type() instanceof StructType st && feedsHasher(st)) {
            // __hash__[H: Hasher](self, mut hasher: H): the library's default hasher is fed the value
            @SuppressWarnings("unchecked")
            List<Function> hashWith = (List<Function>) ctx.module.libraryInternal("hashlib", "_hash_with_default_hasher");
            return calls.resolveCall(pos, "hash", hashWith, null, List.of(new Expr.Arg(pos, null, new Expr.Checked(pos, v), false)));
        }
        if (v.type() instanceof StructType st && !st.methods("__hash__").isEmpty()) {
            return operators.dunder(pos, v, st, "__hash__", null);
        }
        if (v.type() == Types.UINT) {
            return v;
        }
        if (Types.isIntegral(v.type())) {
            return new TExpr.Prim(pos, Types.UINT, PrimOp.INT_TO_UINT, List.of(conversions.coerce(v, Types.INT, pos)));
        }
        if (v.type() instanceof ScalarType || v.type() == Types.FLOAT64 || v.type() instanceof VectorType || v.type() == Types.BOOL) {
            return expressions.libraryMethodCall(pos, "builtin.simd", "__hash__", v, List.of());
        }
        throw ctx.error(pos, "'" + v.type().name() + "' does not conform to 'Hashable'");
    }

    /** A vector operand: the vector itself, or a number filled into every lane. */
    TExpr vectorOperand(TExpr v, VectorType vt, SourcePos pos) {
        if (v.type() == vt) {
            return v;
        }
        if (v.type() instanceof VectorType) {
            throw ctx.error(pos, "incompatible types '" + v.type().name() + "' and '" + vt.name() + "'");
        }
        if ((v.type() == Types.INT || v.type() == Types.UINT) && !conversions.implicitlyConvertible(v, vt.element)) {
            v = conversions.explicitConversion(v, vt.element, pos); // UInt(2) ** v: an index-sized integer converts to the lane type
        }
        return new TExpr.VectorOp(pos, vt, TExpr.VectorOpKind.NEW, vt, null, List.of(conversions.coerce(v, vt.element, pos)));
    }

    /** A bound call of a SIMD method: a reduction over the lanes, or the (constant) width. */
    TExpr vectorIntrinsic(SourcePos pos, Function f, List<TExpr> args) {
        LaneOp fold = switch (f.intrinsic) {
            case SIMD_REDUCE_ADD -> LaneOp.ADD;
            case SIMD_REDUCE_MUL -> LaneOp.MUL;
            case SIMD_REDUCE_MIN -> LaneOp.MIN;
            case SIMD_REDUCE_MAX -> LaneOp.MAX;
            case SIMD_REDUCE_AND -> LaneOp.AND;
            case SIMD_REDUCE_OR -> LaneOp.OR;
            case SIMD_REDUCE_XOR -> LaneOp.XOR;
            case SIMD_LEN -> null;
            default -> throw new IllegalArgumentException(f.intrinsic + " is not a SIMD method");
        };
        Type self = f.params.get(0).type;
        if ((fold == LaneOp.AND || fold == LaneOp.OR || fold == LaneOp.XOR) && Types.dtypeOf(self instanceof VectorType v ? v.element : self).isFloat()) {
            throw ctx.error(pos, "'" + f.name + "' needs integral or bool lanes, not '" + self.name() + "'");
        }
        if (!(self instanceof VectorType vt)) {
            // a scalar is a vector of one lane
            return fold == null ? new TExpr.Const(pos, Types.INT, 1L) : args.get(0);
        }
        if (fold == null) {
            return new TExpr.Const(pos, Types.INT, (long) vt.width);
        }
        return new TExpr.VectorOp(pos, vt.element, TExpr.VectorOpKind.REDUCE, vt, fold, args);
    }

    /**
     * {@code {a, b}}: where a struct that takes set literals is expected, that struct; otherwise the
     * library's {@code collections.Set}, its element type inferred from the elements.
     */
    TExpr setLiteral(SourcePos pos, List<Expr> elements, Type expected) {
        if (expected instanceof StructType st && !literalConstructors(st, "__set_literal__").isEmpty()) {
            return structLiteral(pos, st, "__set_literal__", elements);
        }
        if (expected instanceof StructType st) {
            // an initializer list: {a, b} where a T is expected is T(a, b)
            List<Expr.Arg> args = new ArrayList<>();
            for (Expr e : elements) {
                args.add(new Expr.Arg(e.pos(), null, e, false));
            }
            return calls.constructStruct(pos, st, args);
        }
        if (!(ctx.module.libraryMember("collections.set", "Set") instanceof StructTemplate template)) {
            throw ctx.error(pos, "set literals need the standard library's collections.Set");
        }
        List<Expr.Arg> args = new ArrayList<>();
        for (Expr e : elements) {
            args.add(new Expr.Arg(e.pos(), null, e, false));
        }
        if (args.isEmpty()) {
            throw ctx.error(pos, "cannot infer the element type of an empty set; write Set[T]()");
        }
        StructType st = calls.inferStruct(new Expr.Call(pos, new Expr.Name(pos, template.name()), args), template);
        return structLiteral(pos, st, "__set_literal__", elements);
    }

    /** Whether an expression is a literal that takes its type from where it is used ({@code []}, {@code {}}, {@code {a, b}}). */
    static boolean isContextTyped(Expr e) {
        return e instanceof Expr.ListLit l && l.elements().isEmpty() || e instanceof Expr.DictLit d && d.keys().isEmpty()
                        || e instanceof Expr.SetLit || e instanceof Expr.InitList;
    }

    TExpr dictLiteral(Expr.DictLit d, Type expected) {
        if (d.keys().isEmpty() && expected instanceof StructType st && !literalConstructors(st, "__set_literal__").isEmpty()) {
            return structLiteral(d.pos(), st, "__set_literal__", List.of()); // `{}` where a set is expected
        }
        if (d.keys().isEmpty() && expected instanceof StructType st) {
            return calls.constructStruct(d.pos(), st, List.of()); // an empty initializer list: T()
        }
        DictType dt = expected instanceof DictType e ? e : null;
        List<TExpr> keys = new ArrayList<>();
        List<TExpr> values = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            keys.add(expressions.expression(d.keys().get(i), dt == null ? null : dt.key));
            values.add(expressions.expression(d.values().get(i), dt == null ? null : dt.value));
        }
        if (dt == null) {
            if (keys.isEmpty()) {
                throw ctx.error(d.pos(), "cannot infer the types of an empty dict; write Dict[K, V]()");
            }
            Type key = Types.materialize(keys.get(0).type());
            if (!DictType.isSupportedKey(key)) {
                throw ctx.error(d.keys().get(0).pos(), DictType.unsupportedKeyMessage(key));
            }
            dt = DictType.of(key, Types.materialize(values.get(0).type()));
        }
        List<TExpr> operands = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            operands.add(conventions.owned(conversions.coerce(keys.get(i), dt.key, keys.get(i).pos()), keys.get(i).pos()));
            operands.add(conventions.owned(conversions.coerce(values.get(i), dt.value, values.get(i).pos()), values.get(i).pos()));
        }
        requireHashableKey(dt, d.pos());
        return new TExpr.DictOp(d.pos(), dt, DictOpKind.NEW, dt, operands);
    }

    /**
     * A struct key must have {@code __hash__(self) -> UInt} (or Int) and {@code __eq__(self, other: Self) -> Bool};
     * the dict's table calls them (resolved here, once, where a dict of that key type is made).
     */
    void requireHashableKey(DictType dt, SourcePos pos) {
        if (!(dt.key instanceof StructType st)) {
            return;
        }
        Function hash = feedsHasher(st) ? hashingCall(st, pos) : structMethod(st, pos, "__hash__", false);
        Function equals = structMethod(st, pos, "__eq__", true);
        if (hash == null || !Types.isIntegral(hash.resultType) || equals == null || equals.resultType != Types.BOOL) {
            throw ctx.error(pos, "Dict keys of type '" + st.name() + "' need '__hash__(self) -> UInt' and '__eq__(self, other: Self) -> Bool' that do not raise");
        }
        st.hashing = hash;
        st.equality = equals;
    }

    /** Whether st's {@code __hash__} feeds a hasher ({@code fn __hash__[H: Hasher](self, mut hasher: H)}) rather than returning a hash. */
    static boolean feedsHasher(StructType st) {
        return st.methods("__hash__").stream().anyMatch(f -> f.syntax != null && !f.syntax.typeParams().isEmpty() && f.syntax.params().size() == 2);
    }

    /** The function that hashes a key of st with the default hasher (an instance of the library's), or null if it raises. */
    private Function hashingCall(StructType st, SourcePos pos) {
        TExpr call = hash(new TExpr.Const(pos, st, null), pos);
        return call instanceof TExpr.Call c && !c.target().raises ? c.target() : null;
    }

    /**
     * The non-raising method a built-in collection calls on its elements, {@code st.method(self)} or
     * {@code st.method(self, other: Self)}, resolved as a call would be; null if the call would raise.
     */
    private Function structMethod(StructType st, SourcePos pos, String method, boolean withOther) {
        TExpr call = operators.dunder(pos, new TExpr.Const(pos, st, null), st, method, withOther ? new TExpr.Const(pos, st, null) : null);
        return call instanceof TExpr.Call c && !c.target().raises ? c.target() : null;
    }

    /**
     * {@code d[key]}: the value's place in the dict's table (raises KeyError if the key is missing),
     * readable, assignable and changeable in place like any value in native memory.
     */
    TExpr dictElement(SourcePos pos, TExpr dict, DictType dt, TExpr key) {
        boolean ownKey = key instanceof TExpr.ReadLocal r && r.local().name.startsWith(Statements.OWN_KEY);
        if (!ownKey) {
            ctx.checkMayRaise(pos, "a Dict lookup");
        }
        TExpr slot = new TExpr.DictOp(pos, PointerType.of(dt.value), ownKey ? DictOpKind.SLOT_OF_OWN_KEY : DictOpKind.SLOT, dt,
                        List.of(dict, conventions.borrowed(conversions.coerce(key, dt.key, pos), pos)));
        return new TExpr.Deref(pos, dt.value, slot, Expressions.intConst(pos, 0));
    }

    /**
     * A bound call of a Dict method: the dict operation of its key and value types. The operands are
     * the call's arguments with the declaration's conventions applied; a method that changes the
     * entries works on the dict where it lives.
     */
    TExpr dictIntrinsic(SourcePos pos, Function f, List<TExpr> args) {
        DictType dt = (DictType) f.params.get(0).type;
        List<TExpr> operands = List.copyOf(args);
        return switch (f.intrinsic) {
            case DICT_GET -> new TExpr.DictOp(pos, OptionalType.of(dt.value), DictOpKind.GET_OPTIONAL, dt, operands);
            case DICT_GET_OR -> new TExpr.DictOp(pos, dt.value, DictOpKind.GET_OR, dt, operands);
            case DICT_POP -> inPlaceDictOp(pos, dt.value, DictOpKind.POP, dt, operands);
            case DICT_POP_OR -> inPlaceDictOp(pos, dt.value, DictOpKind.POP_OR, dt, operands);
            case DICT_POPITEM -> inPlaceDictOp(pos, dt.entryType(), DictOpKind.POP_ITEM, dt, operands);
            case DICT_SETDEFAULT -> {
                // the value's place in the table, like d[key]: it can be assigned and changed in place
                TExpr slot = inPlaceDictOp(pos, PointerType.of(dt.value), DictOpKind.SLOT_OR_INSERT, dt, operands);
                yield new TExpr.Deref(pos, dt.value, slot, Expressions.intConst(pos, 0));
            }
            case DICT_CLEAR -> inPlaceDictOp(pos, Types.NONE, DictOpKind.CLEAR, dt, operands);
            case DICT_UPDATE -> inPlaceDictOp(pos, Types.NONE, DictOpKind.UPDATE, dt, operands);
            case DICT_KEYS -> new TExpr.DictOp(pos, ListType.of(dt.key), DictOpKind.KEYS, dt, operands);
            case DICT_VALUES -> new TExpr.DictOp(pos, ListType.of(dt.value), DictOpKind.VALUES, dt, operands);
            case DICT_ITEMS -> new TExpr.DictOp(pos, ListType.of(dt.entryType()), DictOpKind.ITEMS, dt, operands);
            case DICT_LEN -> new TExpr.DictOp(pos, Types.INT, DictOpKind.LEN, dt, operands);
            case DICT_CONTAINS -> new TExpr.DictOp(pos, Types.BOOL, DictOpKind.CONTAINS, dt, operands);
            case DICT_STR -> {
                requireWritable(pos, dt);
                yield new TExpr.DictOp(pos, Types.STRING, DictOpKind.STR, dt, operands);
            }
            case DICT_RESERVED -> new TExpr.DictOp(pos, Types.INT, DictOpKind.RESERVED, dt, operands);
            case DICT_COPY -> new TExpr.Copy(pos, dt, operands.get(0));
            default -> throw new IllegalArgumentException(f.intrinsic + " is not a Dict method");
        };
    }

    /** A dict operation on the dict where it lives: operands are the dict, then the rest. */
    private TExpr inPlaceDictOp(SourcePos pos, Type result, DictOpKind op, DictType dt, List<TExpr> operands) {
        return conventions.inPlace(operands.get(0), view -> {
            List<TExpr> all = new ArrayList<>(operands);
            all.set(0, view);
            return new TExpr.DictOp(pos, result, op, dt, all);
        });
    }

    /**
     * {@code UnsafePointer(to=place)}: the address of a value in native memory: a list element, a
     * pointee, or a local variable (which then lives in native memory instead of the frame).
     */
    TExpr addressOf(Expr.Call c) {
        if (c.args().size() == 1 && "other".equals(c.args().get(0).keyword())) {
            // UnsafePointer(other=p): a copy of the pointer (the same address)
            TExpr other = expressions.expression(c.args().get(0).value(), null);
            if (!(other.type() instanceof PointerType)) {
                throw ctx.error(c.args().get(0).pos(), "'UnsafePointer(other=...)' copies an UnsafePointer, not '" + other.type().name() + "'");
            }
            return other;
        }
        if (c.args().size() != 1 || !"to".equals(c.args().get(0).keyword())) {
            throw ctx.error(c.pos(), "'UnsafePointer' is made with UnsafePointer(to=value), UnsafePointer[T]() or UnsafePointer[T].alloc(n)");
        }
        TExpr place = expressions.expression(c.args().get(0).value(), null);
        if (place instanceof TExpr.ListElement le && ((ListType) le.list().type()).isNative()) {
            PointerType pt = PointerType.of(le.type());
            return new TExpr.Memory(c.pos(), pt, TExpr.MemoryOp.ADDRESS, le.type(), List.of(le));
        }
        if (place instanceof TExpr.Deref d) {
            return new TExpr.Memory(c.pos(), PointerType.of(d.type()), TExpr.MemoryOp.OFFSET, d.type(), List.of(d.pointer(), d.index()));
        }
        if (place instanceof TExpr.FieldRead fr && TExprs.isMemoryPlace(fr)) {
            // a field of a value in native memory (UnsafePointer(to=p[].field)): its address inside that value
            return new TExpr.Memory(c.pos(), PointerType.of(fr.type()), TExpr.MemoryOp.ADDRESS, fr.type(), List.of(fr));
        }
        if (place instanceof TExpr.ReadLocal rl && rl.local().addressSlot != null) {
            // The variable lives in native memory (see AddressTakenNames); the pointer is its address.
            return new TExpr.ReadLocal(c.pos(), rl.local().addressSlot.type, rl.local().addressSlot);
        }
        throw ctx.error(c.args().get(0).pos(), "taking the address of '" + place.type().name()
                        + "' here is not supported yet: variables, list elements and pointees (and their fields) have addresses");
    }

    /** {@code OwnedPointer(value)}, {@code ArcPointer[T](value)}: the value moves into a new heap box. */
    TExpr newBox(Expr.Call c, Type element, boolean shared) {
        List<TExpr> args = new ArrayList<>();
        for (Expr.Arg a : c.args()) {
            if ("other".equals(a.keyword()) && !shared) {
                // OwnedPointer(other=box): a new box of a copy of box's value
                TExpr other = expressions.expression(a.value(), null);
                if (other.type() instanceof BoxType ob && !ob.shared && ob.isNative()) {
                    args.add(new TExpr.Deref(a.pos(), ob.element, conventions.borrowed(other, a.pos()), Expressions.intConst(a.pos(), 0)));
                    continue;
                }
                args.add(other);
                continue;
            }
            if ("copy_value".equals(a.keyword()) && !shared) {
                // OwnedPointer(copy_value=v): a new box of v.copy()
                TExpr v = expressions.expression(a.value(), element);
                args.add(v.type() instanceof StructType st && !st.methods("copy").isEmpty() ? calls.methodCall(a.pos(), v, st, "copy", List.of()) : v);
                continue;
            }
            args.add(expressions.expression(a.value(), element)); // OwnedPointer(value)
        }
        builtins.expectArgs(c, shared ? "ArcPointer" : "OwnedPointer", args, 1);
        Type t = element != null ? element : Types.materialize(args.get(0).type());
        BoxType bt = BoxType.of(t, shared);
        TExpr value = conventions.owned(conversions.coerce(args.get(0), t, c.pos()), c.pos());
        if (bt.isNative()) {
            return new TExpr.Memory(c.pos(), bt, shared ? TExpr.MemoryOp.SHARED_BOX : TExpr.MemoryOp.BOX, t, List.of(value));
        }
        return new TExpr.OptionalSome(c.pos(), bt, value);
    }

    /** {@code a, b = value}: the tuple is kept in a hidden variable; each name gets a copy of its element. */
    TStmt unpack(Stmt.Assign a, Expr.TupleLit names) {
        TExpr value = expressions.expression(a.value(), null);
        if (!(value.type() instanceof TupleType tt) || tt.elements.size() != names.elements().size()) {
            throw ctx.error(a.value().pos(), "cannot unpack '" + value.type().name() + "' into " + names.elements().size() + " names");
        }
        List<TStmt> out = new ArrayList<>();
        Local temp = ctx.newLocal("(unpacked tuple)", tt, a.pos());
        out.add(new TStmt.WriteLocal(a.pos(), temp, conventions.owned(value, a.pos()), true));
        for (int i = 0; i < tt.elements.size(); i++) {
            Expr target = names.elements().get(i);
            TExpr element = new TExpr.TupleGet(target.pos(), tt.elements.get(i), new TExpr.ReadLocal(a.pos(), tt, temp), i);
            Expr checked = new Expr.Checked(target.pos(), element);
            out.add(statements.statement(a.declares() && target instanceof Expr.Name n ? new Stmt.VarDecl(n.pos(), n.name(), null, checked)
                            : new Stmt.Assign(target.pos(), List.of(target), checked, false)));
        }
        return new TStmt.Block(a.pos(), out);
    }

    TExpr tupleLiteral(Expr.TupleLit t, Type expected) {
        List<TExpr> values = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < t.elements().size(); i++) {
            Type want = expected instanceof TupleType tt && i < tt.elements.size() ? tt.elements.get(i) : null;
            TExpr v = expressions.expression(t.elements().get(i), want);
            Type type = want != null ? want : Types.materialize(v.type());
            values.add(conventions.owned(conversions.coerce(v, type, v.pos()), v.pos()));
            types.add(type);
        }
        return new TExpr.TupleNew(t.pos(), TupleType.of(types), values);
    }

    /** A bound call of an Optional method: the optional operation of its element type. */
    TExpr optionalIntrinsic(SourcePos pos, Function f, List<TExpr> args) {
        OptionalType ot = (OptionalType) f.params.get(0).type;
        List<TExpr> operands = List.copyOf(args);
        return switch (f.intrinsic) {
            case OPTIONAL_VALUE -> new TExpr.OptionalOp(pos, ot.element, OptionalOpKind.VALUE, operands);
            case OPTIONAL_OR_ELSE -> new TExpr.OptionalOp(pos, ot.element, OptionalOpKind.OR_ELSE, operands);
            case OPTIONAL_IS_SOME -> new TExpr.OptionalOp(pos, Types.BOOL, OptionalOpKind.IS_SOME, operands);
            case OPTIONAL_COPY -> new TExpr.Copy(pos, ot, operands.get(0));
            default -> throw new IllegalArgumentException(f.intrinsic + " is not an Optional method");
        };
    }

    /**
     * The {@code __init__} overloads of a struct that take a literal of the kind {@code marker}
     * ({@code __list_literal__}, {@code __set_literal__}) as a keyword parameter; empty if none.
     */
    static List<Function> literalConstructors(StructType st, String marker) {
        List<Function> result = new ArrayList<>();
        for (Function f : st.methods("__init__")) {
            if (f.syntax != null && f.syntax.params().stream().anyMatch(p -> p.name().equals(marker))) {
                result.add(f);
            }
        }
        return result;
    }

    /** {@code [a, b]} or {@code {a, b}} where a struct is expected: that struct's literal constructor, called with the elements. */
    TExpr structLiteral(SourcePos pos, StructType st, String marker, List<Expr> elements) {
        List<Expr.Arg> args = new ArrayList<>();
        for (Expr e : elements) {
            args.add(new Expr.Arg(e.pos(), null, e, false));
        }
        args.add(new Expr.Arg(pos, marker, new Expr.TupleLit(pos, List.of()), false)); // (the marker says which kind of literal)
        return calls.resolveCall(pos, st.name(), literalConstructors(st, marker), null, args);
    }

    TExpr listLiteral(SourcePos pos, List<Expr> elements, Type expected) {
        return listLiteral(pos, elements, expected, false);
    }

    /**
     * A list literal: of the type its context expects, else (where the context names only {@code List}
     * or nothing) a List of its elements' common type; in Mojo 1.x code a literal whose context says
     * nothing makes an Array instead ({@code asList} is false there).
     */
    TExpr listLiteral(SourcePos pos, List<Expr> elements, Type expected, boolean asList) {
        if (expected instanceof OptionalType ot && ot.element instanceof ListType) {
            expected = ot.element; // `cli_args: Optional[List[String]]` given ["prog"]: the list, which then converts to the Optional
        }
        if (expected instanceof StructType st && !literalConstructors(st, "__list_literal__").isEmpty()) {
            return structLiteral(pos, st, "__list_literal__", elements);
        }
        if (expected instanceof VectorType vt) {
            // var s: SIMD[DType.uint8, 8] = [1, 2, ...]: one value per lane
            if (elements.size() != vt.width) {
                throw ctx.error(pos, "'" + vt.name() + "' needs " + vt.width + " values, got " + elements.size());
            }
            List<TExpr> lanes = new ArrayList<>();
            for (Expr e : elements) {
                lanes.add(conversions.coerce(expressions.expression(e, vt.element), vt.element, e.pos()));
            }
            return new TExpr.VectorOp(pos, vt, TExpr.VectorOpKind.NEW, vt, null, lanes);
        }
        if (expected instanceof ListType lt && lt.isFixed()) {
            // var a: InlineArray[T, n] = [x, y, ...]
            List<Expr.Arg> args = new ArrayList<>();
            for (Expr e : elements) {
                args.add(new Expr.Arg(e.pos(), null, e, false));
            }
            return inlineArray(new Expr.Call(pos, new Expr.Name(pos, "InlineArray"), args), lt);
        }
        Type element = expected instanceof ListType lt ? lt.element : null;
        List<TExpr> values = new ArrayList<>();
        for (Expr e : elements) {
            TExpr v = expressions.expression(e, element);
            values.add(v);
        }
        if (element == null) {
            if (values.isEmpty()) {
                throw ctx.error(pos, "cannot infer the element type of an empty list; write List[T]()");
            }
            Type t = Types.materialize(values.get(0).type());
            for (TExpr v : values) {
                if (v.type() != t && !(Types.isLiteral(v.type()) && conversions.implicitlyConvertible(v, t))) {
                    t = conversions.unify(t, v.type(), v.pos());
                }
            }
            element = t;
            if (!asList && ctx.inMojo1Program()) {
                return newList(pos, ListType.fixed(element, values.size()), values); // Mojo 1.0: no implicit heap allocation
            }
        }
        return newList(pos, ListType.of(element), values);
    }

    TExpr newList(SourcePos pos, ListType lt, List<TExpr> values) {
        List<TExpr> owned = new ArrayList<>();
        for (TExpr v : values) {
            owned.add(conventions.owned(conversions.coerce(v, lt.element, v.pos()), v.pos()));
        }
        return new TExpr.ListOp(pos, lt, TExpr.ListOpKind.NEW, lt, owned);
    }

    /** {@code List[T]()}, {@code List[T](a, b)}, {@code List(a, b)}, {@code List[T](capacity=n)}. */
    /** Whether e is a range, or a value that yields elements to a loop (a struct with __iter__, an iterator), not a list. */
    private boolean isIterable(Expr e) {
        if (e instanceof Expr.Call rc && rc.callee() instanceof Expr.Name rn && ctx.lookupGlobalOrLocal(rn.name()) == Builtin.RANGE) {
            return true;
        }
        TExpr value;
        try {
            value = calls.expressionQuietly(e, null);
        } catch (CompileError error) {
            return false; // reported when the argument is checked as an element
        }
        if (value != null && value.type() instanceof ListType && ctx.module.dialect() == Dialect.MOJO_1) {
            return true; // in 1.x a List is an iterable like any other (in 25.x, List(xs) is a list of one list)
        }
        return value != null && value.type() instanceof StructType st && (!st.methods("__iter__").isEmpty() || !st.methods("__has_next__").isEmpty());
    }

    TExpr listConstructor(Expr.Call c, ListType lt) {
        if (lt != null && lt.isFixed()) {
            return inlineArray(c, lt);
        }
        if (lt == null && c.args().size() == 1 && c.args().get(0).keyword() == null && isIterable(c.args().get(0).value())) {
            // 1.x List(iterable): the list of what it yields, as [x for x in iterable] makes
            Expr source = c.args().get(0).value();
            String item = "(element of " + source.pos() + ")";
            Stmt loop = new Stmt.For(source.pos(), List.of(item), false, source, List.of(), List.of(), false);
            return expressions.expression(new Expr.Comprehension(c.pos(), Expr.ComprehensionKind.LIST, new Expr.Name(source.pos(), item), null,
                            List.of(loop)), null);
        }
        List<Expr> elements = new ArrayList<>();
        Expr length = null;
        Expr fill = null;
        for (Expr.Arg a : c.args()) {
            if (a.keyword() == null) {
                elements.add(a.value());
            } else if (a.keyword().equals("length")) {
                length = a.value();
            } else if (a.keyword().equals("fill")) {
                fill = a.value();
            } else if (a.keyword().equals("capacity") || a.keyword().equals("unsafe_uninit_length")) {
                if (lt == null || c.args().size() != 1) {
                    throw ctx.error(a.pos(), "invalid call to 'List': '" + a.keyword() + "' goes alone, with the element type given, e.g. List[Int]("
                                    + a.keyword() + "=n)");
                }
                TExpr.ListOpKind kind = a.keyword().equals("capacity") ? TExpr.ListOpKind.WITH_CAPACITY : TExpr.ListOpKind.UNINIT;
                return listOp(c.pos(), lt, kind, lt, conversions.coerce(expressions.expression(a.value(), Types.INT), Types.INT, a.value().pos()));
            } else if (a.keyword().equals("elements")) {
                TExpr other = expressions.expression(a.value(), lt);
                if (other.type() instanceof ListType) {
                    return conventions.owned(other, a.pos());
                }
                throw ctx.error(a.pos(), "'elements' must be a list");
            } else {
                throw ctx.error(a.pos(), "invalid call to 'List': unknown keyword argument '" + a.keyword() + "'");
            }
        }
        if (length != null || fill != null) {
            if (length == null || fill == null || !elements.isEmpty() || lt == null) {
                throw ctx.error(c.pos(), "invalid call to 'List': 'length' and 'fill' go together, with the element type given, e.g. List[Int](length=n, fill=0)");
            }
            TExpr n = conversions.coerce(expressions.expression(length, Types.INT), Types.INT, length.pos());
            TExpr value = conventions.borrowed(conversions.coerce(expressions.expression(fill, lt.element), lt.element, fill.pos()), fill.pos());
            return listOp(c.pos(), lt, TExpr.ListOpKind.FILLED, lt, n, value);
        }
        if (lt == null) {
            return listLiteral(c.pos(), elements, null);
        }
        List<TExpr> values = new ArrayList<>();
        for (Expr e : elements) {
            values.add(expressions.expression(e, lt.element));
        }
        return newList(c.pos(), lt, values);
    }

    /**
     * What an element left uninitialized holds here: zero (False), as the memory would not be read
     * before it is written; a struct (an UnsafeMaybeUninitialized) is made by its default constructor.
     */
    private TExpr uninitializedElement(SourcePos pos, Type element) {
        if (element instanceof StructType st) {
            if (st.methods("__init__").stream().noneMatch(f -> f.params.isEmpty())) {
                throw ctx.error(pos, "uninitialized elements of type '" + st.name() + "' are not supported: it has no default constructor");
            }
            return calls.constructStruct(pos, st, List.of());
        }
        return element == Types.FLOAT64 ? new TExpr.Const(pos, Types.FLOAT64, 0.0)
                        : element == Types.BOOL ? new TExpr.Const(pos, Types.BOOL, false)
                        : conversions.coerce(new TExpr.Const(pos, Types.INT_LITERAL, BigInteger.ZERO), element, pos);
    }

    /**
     * {@code InlineArray[T, n](unsafe_assume_initialized=arr^)} of an
     * {@code InlineArray[UnsafeMaybeUninitialized[T], n]} variable: each element's value moved out
     * of its wrapper (which then only releases its memory).
     */
    private List<TExpr> assumedInitialized(Expr.Arg a, ListType lt) {
        Expr source = a.value() instanceof Expr.Transfer t ? t.value() : a.value();
        if (!(source instanceof Expr.Name)) {
            throw ctx.error(a.pos(), "'unsafe_assume_initialized' needs a variable holding the array");
        }
        SourcePos pos = a.value().pos();
        TExpr array = expressions.expression(source, null);
        if (!(array.type() instanceof ListType from && from.isFixed() && from.fixedSize == lt.fixedSize && from.element instanceof StructType wrapper)) {
            throw ctx.error(a.pos(), "'unsafe_assume_initialized' needs an 'InlineArray[UnsafeMaybeUninitialized[" + lt.element.name() + "], "
                            + lt.fixedSize + "]'");
        }
        List<TExpr> values = new ArrayList<>();
        for (long i = 0; i < lt.fixedSize; i++) {
            // (each wrapper where the array holds it: its memory, not a copy's)
            TExpr element = new TExpr.ListElement(pos, wrapper, array, Expressions.intConst(pos, i));
            // (one call per element, so the array may die right after the last value left it)
            values.add(conversions.coerce(calls.methodCall(pos, element, wrapper, "_take_value", List.of()), lt.element, pos));
        }
        return values;
    }

    /** {@code InlineArray[T, n](a, b, ...)} with n values, or {@code InlineArray[T, n](fill=v)}. */
    TExpr inlineArray(Expr.Call c, ListType lt) {
        List<TExpr> values = new ArrayList<>();
        for (Expr.Arg a : c.args()) {
            if (a.keyword() == null) {
                values.add(expressions.expression(a.value(), lt.element));
            } else if (a.keyword().equals("fill")) {
                TExpr fill = conversions.coerce(expressions.expression(a.value(), lt.element), lt.element, a.pos());
                if (!(fill instanceof TExpr.Const) && !Conventions.isPlace(fill)) {
                    throw ctx.error(a.pos(), "'fill' must be a constant or a variable");
                }
                for (long i = 0; i < lt.fixedSize; i++) {
                    values.add(fill);
                }
            } else if (a.keyword().equals("uninitialized")) {
                for (long i = 0; i < lt.fixedSize; i++) {
                    values.add(uninitializedElement(a.pos(), lt.element));
                }
            } else if (a.keyword().equals("unsafe_assume_initialized")) {
                values.addAll(assumedInitialized(a, lt));
            } else {
                throw ctx.error(a.pos(), "invalid call to 'InlineArray': unknown keyword argument '" + a.keyword() + "'");
            }
        }
        if (values.size() != lt.fixedSize) {
            throw ctx.error(c.pos(), "'" + lt.name() + "' needs " + lt.fixedSize + " elements, got " + values.size());
        }
        return newList(c.pos(), lt, values);
    }

    /**
     * A bound call of a List method: the list operation of its element type. The operands are the
     * call's arguments with the declaration's conventions applied; a method that changes the list's
     * size works on the list where it lives.
     */
    TExpr listIntrinsic(SourcePos pos, Function f, List<TExpr> args) {
        // (a List[T, hint_trivial_type=True] receiver keeps its own type: its elements are not destroyed)
        ListType lt = args.get(0).type() instanceof ListType actual && actual.hintTrivialType ? actual : (ListType) f.params.get(0).type;
        TExpr list = args.get(0);
        List<TExpr> rest = args.subList(1, args.size());
        return switch (f.intrinsic) {
            case LIST_APPEND -> inPlaceListOp(pos, Types.NONE, TExpr.ListOpKind.APPEND, lt, list, rest);
            case LIST_POP -> inPlaceListOp(pos, lt.element, TExpr.ListOpKind.POP, lt, list, rest);
            case LIST_INSERT -> inPlaceListOp(pos, Types.NONE, TExpr.ListOpKind.INSERT, lt, list, rest);
            case LIST_EXTEND -> inPlaceListOp(pos, Types.NONE, TExpr.ListOpKind.EXTEND, lt, list, rest);
            case LIST_DEL -> list; // the list, moved in, is a temporary the statement destroys (by its own type)
            case LIST_CLEAR -> inPlaceListOp(pos, Types.NONE, TExpr.ListOpKind.CLEAR, lt, list, rest);
            case LIST_RESERVE -> inPlaceListOp(pos, Types.NONE, TExpr.ListOpKind.RESERVE, lt, list, rest);
            case LIST_RESIZE -> inPlaceListOp(pos, Types.NONE, TExpr.ListOpKind.RESIZE, lt, list, rest);
            case LIST_RESIZE_UNINIT -> inPlaceListOp(pos, Types.NONE, TExpr.ListOpKind.UNINIT_RESIZE, lt, list, rest);
            // reversing and sorting keep the size: they work on the list's elements directly
            case LIST_REVERSE -> listOp(pos, Types.NONE, TExpr.ListOpKind.REVERSE, lt, list);
            case LIST_SORT -> {
                Type e = lt.element;
                if (!(e == Types.INT || e == Types.FLOAT64 || e == Types.STRING || e == Types.UINT || e == Types.BOOL)) {
                    throw ctx.error(pos, "'sort' needs comparable elements; '" + e.name() + "' is not supported yet");
                }
                yield listOp(pos, Types.NONE, TExpr.ListOpKind.SORT, lt, list);
            }
            case LIST_LEN -> listOp(pos, Types.INT, TExpr.ListOpKind.LEN, lt, list);
            case LIST_STR -> listString(pos, list, lt);
            case LIST_COPY -> new TExpr.Copy(pos, lt, list);
            case LIST_CONTAINS -> {
                requireEquatable(lt, pos, "in");
                yield listOp(pos, Types.BOOL, TExpr.ListOpKind.CONTAINS, lt, list, rest.get(0));
            }
            case LIST_COUNT -> {
                requireEquatable(lt, pos, "count");
                yield listOp(pos, Types.INT, TExpr.ListOpKind.COUNT, lt, list, rest.get(0));
            }
            case LIST_INDEX -> {
                requireEquatable(lt, pos, "index");
                yield listOp(pos, Types.INT, TExpr.ListOpKind.INDEX, lt, list, rest.get(0));
            }
            case LIST_EQ -> listEquality(pos, list, rest.get(0), lt, false);
            case LIST_NE -> listEquality(pos, list, rest.get(0), lt, true);
            case LIST_UNSAFE_PTR -> {
                requireStorable(lt.element, pos);
                yield listOp(pos, PointerType.of(lt.element), TExpr.ListOpKind.DATA, lt, list);
            }
            default -> throw new IllegalArgumentException(f.intrinsic + " is not a List method");
        };
    }

    private TExpr inPlaceListOp(SourcePos pos, Type result, TExpr.ListOpKind op, ListType lt, TExpr list, List<TExpr> operands) {
        return conventions.inPlace(list, l -> {
            List<TExpr> all = new ArrayList<>();
            all.add(l);
            all.addAll(operands);
            return new TExpr.ListOp(pos, result, op, lt, all);
        });
    }

    /** The methods of an InlineArray (a List of fixed size): those that do not change its size. */
    TExpr inlineArrayMethod(Expr.Call c, Expr.Attribute a, TExpr list, ListType lt) {
        SourcePos pos = c.pos();
        String name = a.name();
        List<TExpr> args = new ArrayList<>();
        for (TExpr v : builtins.positionalOnly(c, name)) {
            args.add(v);
        }
        switch (name) {
            case "__str__" -> {
                builtins.expectArgs(c, name, args, 0);
                return listString(pos, list, lt);
            }
            case "__len__" -> {
                builtins.expectArgs(c, name, args, 0);
                return listOp(pos, Types.INT, TExpr.ListOpKind.LEN, lt, conventions.borrowed(list, pos));
            }
            case "copy" -> {
                builtins.expectArgs(c, name, args, 0);
                return new TExpr.Copy(pos, lt, conventions.borrowed(list, pos));
            }
            case "__contains__", "count" -> {
                builtins.expectArgs(c, name, args, 1);
                requireEquatable(lt, a.pos(), name.equals("count") ? name : "in");
                TExpr value = conventions.borrowed(conversions.coerce(args.get(0), lt.element, pos), pos);
                return listOp(pos, name.equals("count") ? Types.INT : Types.BOOL, name.equals("count") ? TExpr.ListOpKind.COUNT
                                : TExpr.ListOpKind.CONTAINS, lt, conventions.borrowed(list, pos), value);
            }
            case "unsafe_ptr" -> {
                builtins.expectArgs(c, name, args, 0);
                requireStorable(lt.element, a.pos());
                return listOp(pos, PointerType.of(lt.element), TExpr.ListOpKind.DATA, lt, list);
            }
            case "unsafe_get" -> {
                // the element (a reference to it), as arr[i] (here still bounds-checked)
                builtins.expectArgs(c, name, args, 1);
                return new TExpr.ListElement(pos, lt.element, list, conversions.coerce(args.get(0), Types.INT, args.get(0).pos()));
            }
            default -> throw ctx.error(a.pos(), "'" + lt.name() + "' has a fixed size: it has no method '" + name + "'");
        }
    }

    /** {@code a == b} / {@code a != b} on lists: equal lengths and equal elements in order. */
    TExpr listEquality(SourcePos pos, TExpr left, TExpr right, ListType lt, boolean negated) {
        requireEquatable(lt, pos, negated ? "!=" : "==");
        TExpr equal = listOp(pos, Types.BOOL, TExpr.ListOpKind.EQUALS, lt, conventions.borrowed(left, pos), conventions.borrowed(right, pos));
        return negated ? new TExpr.Prim(pos, Types.BOOL, PrimOp.BOOL_NOT, List.of(equal)) : equal;
    }

    /** Element-wise comparison is built in for lists of numbers, Bools and Strings; structs compare with their {@code __eq__}. */
    void requireEquatable(ListType lt, SourcePos pos, String what) {
        Type e = lt.element;
        if (e instanceof StructType st && !st.methods("__eq__").isEmpty()) {
            Function equals = structMethod(st, pos, "__eq__", true);
            if (equals == null || equals.resultType != Types.BOOL) {
                throw ctx.error(pos, "'" + what + "' on '" + lt.name() + "' needs '" + st.name() + ".__eq__(self, other: Self) -> Bool' that does not raise");
            }
            st.equality = equals;
            return;
        }
        if (e instanceof StructType st) {
            throw ctx.error(pos, "'" + what + "' on '" + lt.name() + "' needs 'EqualityComparable' elements; '" + st.name() + "' does not implement '__eq__'");
        }
        if (!(e == Types.INT || e == Types.UINT || e == Types.FLOAT64 || e == Types.BOOL || e == Types.STRING || e instanceof ScalarType)) {
            throw ctx.error(pos, "'" + what + "' on '" + lt.name() + "' needs 'EqualityComparable' elements; '" + e.name() + "' is not supported yet");
        }
    }

    TExpr listString(SourcePos pos, TExpr list, ListType lt) {
        if (!isWritableElement(lt.element)) {
            throw ctx.error(pos, "'" + lt.name() + "' cannot be written: its elements are not 'Representable' yet");
        }
        return listOp(pos, Types.STRING, TExpr.ListOpKind.STR, lt, conventions.borrowed(list, pos));
    }

    /** A Dict is written as its keys and values are in a list: only those kinds can be. */
    void requireWritable(SourcePos pos, DictType dt) {
        if (!isWritableElement(dt.key) || !isWritableElement(dt.value)) {
            throw ctx.error(pos, "'" + dt.name() + "' cannot be written: its " + (isWritableElement(dt.key) ? "values" : "keys") + " are not 'Representable' yet");
        }
    }

    /** An element the text of a collection can show (as repr does). */
    private static boolean isWritableElement(Type e) {
        return e == Types.INT || e == Types.UINT || e == Types.FLOAT64 || e == Types.BOOL || e == Types.STRING
                        || e instanceof ListType lt && isWritableElement(lt.element) || e instanceof ScalarType;
    }

    TExpr listOp(SourcePos pos, Type result, TExpr.ListOpKind op, ListType lt, TExpr... operands) {
        return new TExpr.ListOp(pos, result, op, lt, List.of(operands));
    }

    void requireStorable(Type t, SourcePos pos) {
        if (!NativeLayout.isStorable(t)) {
            throw ctx.error(pos, "'" + t.name() + "' cannot be stored in native memory yet: it has no native layout");
        }
    }

    /** A memory operation that puts a value into, or takes it out of, the pointee (which needs a native layout). */
    private TExpr storedPointee(SourcePos pos, Type result, TExpr.MemoryOp op, PointerType pt, List<TExpr> args) {
        requireStorable(pt.pointee, pos);
        return new TExpr.Memory(pos, result, op, pt.pointee, args);
    }

    /** A bound call of an UnsafePointer method: the memory operation on its pointee type. */
    TExpr pointerIntrinsic(SourcePos pos, Function f, List<TExpr> args) {
        PointerType pt = (PointerType) f.params.get(0).type;
        return switch (f.intrinsic) {
            case POINTER_FREE -> new TExpr.Memory(pos, Types.NONE, TExpr.MemoryOp.FREE, pt.pointee, args);
            case POINTER_STORE -> storedPointee(pos, Types.NONE, TExpr.MemoryOp.STORE, pt, args);
            case POINTER_TAKE -> storedPointee(pos, pt.pointee, TExpr.MemoryOp.TAKE, pt, args);
            case POINTER_MOVE_IN -> storedPointee(pos, Types.NONE, TExpr.MemoryOp.MOVE_IN, pt, args);
            case POINTER_MOVE_OUT -> storedPointee(pos, pt.pointee, TExpr.MemoryOp.MOVE_OUT, pt, args);
            case POINTER_DESTROY_POINTEE -> new TExpr.Memory(pos, Types.NONE, TExpr.MemoryOp.DESTROY, pt.pointee, args);
            case POINTER_OFFSET -> new TExpr.Memory(pos, pt, TExpr.MemoryOp.OFFSET, pt.pointee, args);
            // the same address as a pointer to another type: an address is a plain long whatever it points to,
            // so only the static type changes (UINT_TO_INT keeps the bits, as for Int(ptr))
            case POINTER_BITCAST -> new TExpr.Prim(pos, f.resultType, PrimOp.UINT_TO_INT, args);
            default -> throw new IllegalArgumentException(f.intrinsic + " is not an UnsafePointer method");
        };
    }
}

package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.trufflemojo.core.DType;
import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.core.OptionalOpKind;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.core.Repr;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TExprs;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/**
 * Checks expressions into the typed tree: literals, names and references ({@code ref}), indexing,
 * attributes, transfers, and the dispatch of calls by what is called. Operators, conversions,
 * call binding and the built-in functions and collections are its collaborators.
 */
final class Expressions {
    private final FunctionContext ctx;
    private Operators operators;
    private Calls calls;
    private BuiltinCalls builtins;
    private CollectionMethods collections;
    private Comprehensions comprehensions;
    private Conversions conversions;
    private Conventions conventions;

    Expressions(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Operators operators, Calls calls, BuiltinCalls builtins, CollectionMethods collections, Conversions conversions, Conventions conventions,
                    Comprehensions comprehensions) {
        this.comprehensions = comprehensions;
        this.operators = operators;
        this.calls = calls;
        this.builtins = builtins;
        this.collections = collections;
        this.conversions = conversions;
        this.conventions = conventions;
    }

    TExpr expression(Expr e, Type expected) {
        return switch (e) {
            case Expr.IntLit i -> new TExpr.Const(i.pos(), Types.INT_LITERAL, parseInt(i));
            case Expr.FloatLit f -> new TExpr.Const(f.pos(), Types.FLOAT_LITERAL, Double.parseDouble(f.text().replace("_", "")));
            case Expr.StrLit s -> new TExpr.Const(s.pos(), Types.STRING_LITERAL, s.value());
            case Expr.BoolLit b -> new TExpr.Const(b.pos(), Types.BOOL, b.value());
            case Expr.NoneLit n -> new TExpr.Const(n.pos(), Types.NONE, null);
            case Expr.Name n -> name(n);
            case Expr.Binary b -> {
                TExpr left = expression(b.left(), null);
                yield operators.binary(b.pos(), b.op(), left, expression(b.right(), operandContext(left, b.right())));
            }
            case Expr.Unary u -> operators.unary(u);
            case Expr.Compare c -> dtypeComparison(c) instanceof TExpr k ? k : operators.compare(c);
            case Expr.Logical l -> new TExpr.Logical(l.pos(), Types.BOOL, l.isAnd(), operators.condition(l.left()), operators.condition(l.right()));
            case Expr.Not n -> operators.not(n);
            case Expr.Conditional c -> conditional(c, expected);
            case Expr.Call c -> call(c);
            case Expr.Index i -> index(i);
            case Expr.Transfer t -> transfer(t);
            case Expr.Walrus w -> walrus(w, expected);
            case Expr.Attribute a -> attribute(a);
            case Expr.Checked k -> (TExpr) k.payload();
            case Expr.ListLit l -> collections.listLiteral(l.pos(), l.elements(), expected);
            case Expr.TupleLit t -> collections.tupleLiteral(t, expected);
            case Expr.DictLit d -> collections.dictLiteral(d, expected);
            case Expr.SetLit sl -> collections.setLiteral(sl.pos(), sl.elements(), expected);
            case Expr.InitList il -> initializerList(il, expected);
            case Expr.TemplateString ts -> templateString(ts);
            case Expr.Lambda l -> lambdaValue(l);
            case Expr.Comprehension c -> comprehensions.comprehension(c);
            case Expr.Slice sl -> sliceValue(sl, expected);
            default -> throw ctx.error(e.pos(), "this expression is not supported yet");
        };
    }

    /** A lambda where a value is expected (an argument): the function it declares, which must not capture variables. */
    private TExpr lambdaValue(Expr.Lambda l) {
        Function f = lambda(l);
        if (f.isTemplate) {
            throw ctx.error(l.pos(), "a lambda that has parameters can only be called, or named with `var f = lambda ...`, yet");
        }
        return new TExpr.FunctionRef(l.pos(), f.valueType(), f);
    }

    /** The anonymous function a lambda declares here. */
    private Function lambda(Expr.Lambda l) {
        Closures.Declared declared = new Closures(ctx, this, conventions).declare(l.asFunction("lambda", List.of(), List.of()));
        if (!declared.copies().isEmpty()) {
            throw ctx.error(l.pos(), "a lambda with a `var` capture can only be named with `var f = lambda ...` yet");
        }
        return declared.function();
    }

    /** {@code t"{name} ({age})"}: the String of its parts' text, one after another. */
    private TExpr templateString(Expr.TemplateString ts) {
        List<TExpr> values = new ArrayList<>();
        for (Expr part : ts.parts()) {
            values.add(builtins.printable(expression(part, null), part.pos()));
        }
        return new TExpr.Format(ts.pos(), Types.STRING, values);
    }

    /** {@code {first = 1, second = 2}}: a constructor call of the struct its context expects. */
    private TExpr initializerList(Expr.InitList il, Type expected) {
        if (!(expected instanceof StructType st)) {
            throw ctx.error(il.pos(), "an initializer list needs a struct type from its context"
                            + (expected == null ? "" : ", not '" + expected.name() + "'"));
        }
        return calls.constructStruct(il.pos(), st, il.args());
    }

    /**
     * The type a struct operator's right operand is checked against when it is a literal that takes
     * its type from its context ({@code s | {}}, {@code s == {1, 2}}): the left operand's.
     */
    static Type operandContext(TExpr left, Expr right) {
        return left.type() instanceof StructType && CollectionMethods.isContextTyped(right) ? left.type() : null;
    }

    BigInteger parseInt(Expr.IntLit i) {
        String text = i.text().replace("_", "").toLowerCase();
        try {
            if (text.startsWith("0x")) {
                return new BigInteger(text.substring(2), 16);
            } else if (text.startsWith("0o")) {
                return new BigInteger(text.substring(2), 8);
            } else if (text.startsWith("0b")) {
                return new BigInteger(text.substring(2), 2);
            }
            return new BigInteger(text);
        } catch (NumberFormatException ex) {
            throw ctx.error(i.pos(), "invalid integer literal '" + i.text() + "'");
        }
    }

    /**
     * {@code ref r = place}: r names the place itself (a reference, not a copy). Uses of r are
     * uses of the place, so the reference keeps its owner alive, and a use after the owner was
     * moved or destroyed is rejected like a use of the owner.
     */
    TStmt refDecl(Stmt.RefDecl r) {
        TExpr target = expression(r.init(), null);
        if (target instanceof TExpr.RefTarget rt) {
            return bindCallReference(r, rt);
        }
        if (r.init() instanceof Expr.Call gc && gc.callee() instanceof Expr.Index gi && gi.target() instanceof Expr.Name gn
                        && ctx.lookupGlobalOrLocal(gn.name()) == Builtin.GLOBAL_CONSTANT) {
            // `ref g = global_constant[TABLE]()`: a read-only reference to the constant, which lives as long as g here
            Local constant = ctx.newLocal("(global constant)", target.type(), r.pos(), false);
            ctx.declareName(r.pos(), r.name(), new RefAlias(new TExpr.ReadLocal(r.pos(), target.type(), constant)));
            return new TStmt.WriteLocal(r.pos(), constant, conventions.owned(target, r.pos()), true);
        }
        if (!Conventions.isPlace(target) && !TExprs.isMemoryPlace(target) && !TExprs.isObjectElementPlace(target)) {
            throw ctx.error(r.init().pos(), "a 'ref' binding needs a place to refer to (a variable, a field, a list element or a pointee)");
        }
        List<TStmt> pins = new ArrayList<>();
        ctx.declareName(r.pos(), r.name(), new RefAlias(pinIndices(target, pins, r.name())));
        return pins.isEmpty() ? null : new TStmt.Block(r.pos(), pins);
    }

    /**
     * {@code ref r = f()} where f returns a reference: the call runs once and the location it names
     * is kept in a hidden local. Each use of r also reads the variable the reference was taken
     * from (the call's receiver), so that variable stays alive as long as r is used.
     */
    private TStmt bindCallReference(Stmt.RefDecl r, TExpr.RefTarget rt) {
        Local held = holdReference(rt, r.pos());
        ctx.declareName(r.pos(), r.name(), new RefAlias(new TExpr.RefTarget(r.pos(), rt.type(), new TExpr.ReadLocal(r.pos(), Types.REFERENCE, held))));
        return new TStmt.WriteLocal(r.pos(), held, rt.call(), true);
    }

    /**
     * A hidden local to keep the location a call of a {@code -> ref} function returns (the caller
     * writes it there), as mutable as the call's receiver; uses of it also use the receiver's variable.
     */
    Local holdReference(TExpr.RefTarget rt, SourcePos pos) {
        Local held = ctx.newLocal("(reference)", Types.REFERENCE, pos, conventions.isMutablePlace(rt));
        TExpr owner = rt.call() instanceof TExpr.Call call && !call.args().isEmpty() ? call.args().get(0) : null;
        while (owner instanceof TExpr.FieldRead fr) {
            owner = fr.object();
        }
        held.referenceOwner = owner instanceof TExpr.ReadLocal rl ? rl.local() : null;
        return held;
    }

    /**
     * The place with each list index that is not a constant evaluated once, into a hidden local,
     * so that the reference keeps naming the element it was bound to when the index variable changes.
     */
    private TExpr pinIndices(TExpr place, List<TStmt> pins, String name) {
        if (place instanceof TExpr.FieldRead fr) {
            return new TExpr.FieldRead(fr.pos(), fr.type(), pinIndices(fr.object(), pins, name), fr.field());
        }
        if (place instanceof TExpr.ListElement le && isFreshValue(le.list())) {
            // `ref top = counts.most_common(1)[0]`: the new list is held in a hidden local as long as the
            // reference is used (each use evaluated the call again, after what it read may have died)
            Local list = ctx.newLocal("(referenced list of " + name + ")", le.list().type(), le.list().pos());
            pins.add(new TStmt.WriteLocal(le.list().pos(), list, le.list() instanceof TExpr.Temp t ? t.value() : conventions.owned(le.list(), le.list().pos()), true));
            place = new TExpr.ListElement(le.pos(), le.type(), new TExpr.ReadLocal(le.list().pos(), le.list().type(), list), le.index());
        }
        if (place instanceof TExpr.ListElement le && (!(le.index() instanceof TExpr.Const) || isGrowableListPlace(le.list()))) {
            Local index = ctx.newLocal(INTERIOR_REFERENCE + name + ")", Types.INT, le.index().pos());
            pins.add(new TStmt.WriteLocal(le.index().pos(), index, le.index(), true));
            if (isGrowableListPlace(le.list())) {
                ctx.function.interiorReferences.put(index, Conventions.placeRoot(le.list()));
            }
            return new TExpr.ListElement(le.pos(), le.type(), pinIndices(le.list(), pins, name), new TExpr.ReadLocal(le.index().pos(), Types.INT, index));
        }
        if (place instanceof TExpr.ListElement le) {
            return new TExpr.ListElement(le.pos(), le.type(), pinIndices(le.list(), pins, name), le.index());
        }
        return place;
    }

    /** A value made by the expression (a call's result, a literal), not one that something else holds. */
    private static boolean isFreshValue(TExpr e) {
        return !Conventions.isPlace(e) && !TExprs.isMemoryPlace(e) && !TExprs.isObjectElementPlace(e) && !Conventions.isView(e) && !(e instanceof TExpr.RefTarget);
    }

    /** The name of the hidden local that holds the element index of {@code ref name = ...} (a lookup of it cannot fail). */
    public static final String INTERIOR_REFERENCE = "(interior reference ";

    /** A List (not an array or a span) held in a variable or a field of one: growing it moves its elements. */
    private static boolean isGrowableListPlace(TExpr list) {
        return list.type() instanceof ListType lt && !lt.isFixed() && !lt.isView && Conventions.isPlace(list);
    }

    /** The place a reference names, re-positioned at the use. */
    static TExpr reposition(TExpr place, SourcePos pos) {
        if (place instanceof TExpr.ReadLocal rl) {
            return new TExpr.ReadLocal(pos, rl.type(), rl.local());
        }
        if (place instanceof TExpr.ListElement le) {
            // (a pinned index is read at the use: an invalidated reference is reported there)
            TExpr index = le.index() instanceof TExpr.ReadLocal pin ? new TExpr.ReadLocal(pos, pin.type(), pin.local()) : le.index();
            return new TExpr.ListElement(pos, le.type(), le.list(), index);
        }
        if (place instanceof TExpr.Deref d) {
            return new TExpr.Deref(pos, d.type(), d.pointer(), d.index());
        }
        if (place instanceof TExpr.RefTarget rt) {
            TExpr.ReadLocal held = (TExpr.ReadLocal) rt.call(); // a reference kept by bindCallReference
            return new TExpr.RefTarget(pos, rt.type(), new TExpr.ReadLocal(pos, held.type(), held.local()));
        }
        TExpr.FieldRead fr = (TExpr.FieldRead) place;
        return new TExpr.FieldRead(pos, fr.type(), reposition(fr.object(), pos), fr.field());
    }

    TExpr name(Expr.Name n) {
        Object found = ctx.lookup(n);
        if (ctx.module.deprecatedAlias(n.name()) instanceof Deprecation d && ctx.scope != null && ctx.scope.lookup(n.name()) == null) {
            d.warn(ctx.diagnostics, n.pos());
        }
        if (found instanceof Local l && l.type == Types.ERROR) {
            throw new CompileError(); // its declaration was already reported
        }
        if (found instanceof Local l) {
            return new TExpr.ReadLocal(n.pos(), l.type, l);
        }
        if (found instanceof RefAlias ref) {
            return reposition(ref.place(), n.pos());
        }
        if (found instanceof TExpr.Const c) {
            return new TExpr.Const(n.pos(), c.type(), c.value());
        }
        if (found instanceof TExpr.FunctionRef r) {
            return new TExpr.FunctionRef(n.pos(), r.type(), r.function()); // a compile-time parameter bound to a function
        }
        if (found instanceof Type t && TypeResolver.isLane(t) && !n.name().equals(t.name())) {
            return dtypeValue(n.pos(), t); // a `dtype: DType` parameter or a DType alias used as a value
        }
        if (found instanceof CapturedVariable cv) {
            return captured(n, cv);
        }
        if (found instanceof MaterializedAlias m) {
            return materialized(m, n.pos());
        }
        if (found instanceof StructValueArgument sv) {
            return structValue(sv, n.pos());
        }
        if (found instanceof Type t) {
            throw ctx.error(n.pos(), "type '" + t.name() + "' cannot be used as a value here");
        }
        if (found instanceof List<?> fns && fns.size() == 1 && fns.get(0) instanceof Function f && !f.isTemplate && f.owner == null) {
            if (f.syntax != null && !f.signatureResolved) {
                // a module alias's value, tried before the module's signatures are resolved: the alias waits for them
                // (resolving the signature here would lose its errors, which that try rolls back)
                throw ctx.error(n.pos(), "function '" + n.name() + "' cannot be used here: its signature is not known yet");
            }
            if (f.resultType == Types.ERROR) {
                throw new CompileError(); // its signature was rejected and reported already
            }
            if (f.intrinsic != null || f.primitive != null) {
                // (it is an operation of the runtime, with no code of its own to call through a value)
                throw ctx.error(n.pos(), "built-in function '" + n.name() + "' cannot be used as a value; call it");
            }
            return new TExpr.FunctionRef(n.pos(), f.valueType(), f);
        }
        throw ctx.error(n.pos(), "'" + n.name() + "' cannot be used as a value here");
    }

    /** {@code is_defined["NAME"]()}, {@code env_get_int["NAME", default]()}, ...: a compile-time constant from the -D defines. */
    private TExpr defineQuery(Expr.Call c, Expr.Index ix, String fn, Builtin which) {
        if (!c.args().isEmpty() || ix.indices().isEmpty() || ix.indices().size() > 2
                        || !(ix.indices().get(0).value() instanceof Expr.StrLit name)) {
            throw ctx.error(c.pos(), "invalid call to '" + fn + "': expected the define's name as a string (and a default), e.g. " + fn + "[\"NAME\"]()");
        }
        String value = ctx.module.define(name.value());
        if (which == Builtin.IS_DEFINED) {
            return new TExpr.Const(c.pos(), Types.BOOL, value != null);
        }
        Type type = which == Builtin.DEFINED_INT ? Types.INT : which == Builtin.DEFINED_BOOL ? Types.BOOL : Types.STRING_LITERAL;
        if (value == null) {
            if (ix.indices().size() < 2) {
                throw ctx.error(c.pos(), "the define '" + name.value() + "' is not set; pass -D " + name.value() + "=VALUE");
            }
            TExpr.Const fallback = ConstantFolder.fold(conversions.coerce(expression(ix.indices().get(1).value(), type), type, ix.pos()));
            if (fallback == null) {
                throw ctx.error(ix.indices().get(1).pos(), "the default of '" + fn + "' must be a compile-time constant");
            }
            return fallback;
        }
        try {
            return switch (which) {
                case DEFINED_INT -> new TExpr.Const(c.pos(), Types.INT, Long.parseLong(value.strip()));
                case DEFINED_BOOL -> new TExpr.Const(c.pos(), Types.BOOL, switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "", "true", "1", "on", "yes" -> true;
                    case "false", "0", "off", "no" -> false;
                    default -> throw new NumberFormatException();
                });
                default -> new TExpr.Const(c.pos(), Types.STRING_LITERAL, value);
            };
        } catch (NumberFormatException e) {
            throw ctx.error(c.pos(), "the define '" + name.value() + "' is '" + value + "', not " + (which == Builtin.DEFINED_INT ? "an integer" : "a boolean"));
        }
    }

    private static String reflectedName(Type t) {
        String dtype = t == Types.INT ? "int" : t == Types.UINT ? "uint" : t == Types.FLOAT64 ? "float64"
                        : t instanceof ScalarType st ? st.dtype.mojoName : null;
        return dtype == null ? t.name() : "SIMD[DType." + dtype + ", 1]";
    }

    /** The value of an alias computed where it is used, of its declared type if it has one (a list literal may make an InlineArray). */
    private TExpr materialized(MaterializedAlias m, SourcePos pos) {
        if (m.constructs() != null) {
            return calls.constructStruct(pos, m.constructs(), ((Expr.Call) m.value()).args()); // `Self(0)` of the struct that declares it
        }
        Type declared = m.type() == null ? null : resolveType(m.type());
        TExpr value = expression(m.value(), declared);
        return declared == null ? value : conversions.coerce(value, declared, pos);
    }

    /**
     * {@code (name := value)}: the value is assigned to the variable (a new one in the enclosing
     * block if there is none of that name yet), and the expression is the variable's value.
     */
    private TExpr walrus(Expr.Walrus w, Type expected) {
        Local l = ctx.scope.lookup(w.name()) instanceof Local existing ? existing : null;
        TExpr value = expression(w.value(), l != null ? l.type : expected);
        TStmt write;
        if (l == null) {
            Type type = Types.materialize(value.type());
            l = ctx.newLocal(w.name(), type, w.pos());
            ctx.scope.names.put(w.name(), l);
            write = new TStmt.WriteLocal(w.pos(), l, conventions.owned(conversions.coerce(value, type, w.value().pos()), w.value().pos()), true);
        } else {
            if (!l.mutable) {
                throw ctx.error(w.pos(), "expression must be mutable in assignment ('" + w.name() + "' is read-only)");
            }
            write = new TStmt.WriteLocal(w.pos(), l, conventions.owned(conversions.coerce(value, l.type, w.value().pos()), w.value().pos()), false);
        }
        return new TExpr.Block(w.pos(), l.type, write, new TExpr.ReadLocal(w.pos(), l.type, l));
    }

    /** The imported module an expression names ({@code math}, {@code std.time}), or null. */
    private ModuleNamespace namespace(Expr e) {
        if (e instanceof Expr.Name n) {
            return ctx.lookupGlobalOrLocal(n.name()) instanceof ModuleNamespace ns ? ns : null;
        }
        if (e instanceof Expr.Attribute a && namespace(a.target()) instanceof ModuleNamespace outer) {
            return outer.members().get(a.name()) instanceof ModuleNamespace inner ? inner : null;
        }
        return null;
    }

    /** A compile-time parameter holding a struct value ({@code foo: Foo[x]}), made where it is used. */
    private TExpr structValue(StructValueArgument sv, SourcePos pos) {
        return conversions.coerce(expression(sv.value(), sv.type()), sv.type(), pos);
    }

    /**
     * A variable of the enclosing function used in a closure: the closure refers to it where it lives,
     * in native memory for the enclosing call (so both see every change), through its address.
     */
    TExpr captured(Expr.Name n, CapturedVariable cv) {
        Local l = cv.local();
        if (!NativeLayout.isStorable(l.type)) {
            throw ctx.error(n.pos(), "capturing '" + n.name() + "' of type '" + l.type.name() + "' in a closure is not supported yet");
        }
        if (!cv.owner().captured.contains(l)) {
            cv.owner().captured.add(l);
            if (l.addressSlot == null) {
                l.addressSlot = new Local("(address of " + l.name + ")", PointerType.of(l.type), l.declaredAt, null, -1, cv.owner().locals.size(), true);
                cv.owner().locals.add(l.addressSlot);
            }
        }
        PointerType pt = PointerType.of(l.type);
        return new TExpr.Deref(n.pos(), l.type, new TExpr.CapturedAddress(n.pos(), pt, cv.owner(), l, l.mutable && !cv.readOnly()), intConst(n.pos(), 0));
    }

    /** {@code range(...)} as a value (a `for` header loops over it directly): the library's range types. */
    TExpr rangeValue(Expr.Call c) {
        if (!(ctx.module.libraryMember("builtin.range", "range") instanceof List<?> overloads)) {
            throw new IllegalStateException("the library declares range in builtin.range");
        }
        List<Function> functions = overloads.stream().map(o -> (Function) o).toList();
        return calls.resolveCall(c.pos(), "range", functions, null, c.args());
    }

    /**
     * {@code start:end:step} passed to a {@code __getitem__}: a value of the parameter's type made
     * from the three parts (missing ones are None), a {@code Slice} unless the parameter says otherwise.
     */
    private TExpr sliceValue(Expr.Slice s, Type expected) {
        StructType type = expected instanceof StructType st ? st : null;
        if (type == null) {
            if (!(ctx.lookupGlobalOrLocal("Slice") instanceof StructType slice)) {
                throw ctx.error(s.pos(), "a slice is only allowed as an index");
            }
            type = slice;
        }
        List<Expr.Arg> parts = new ArrayList<>();
        for (Expr part : new Expr[]{s.lower(), s.upper(), s.step()}) {
            Expr value = part != null ? part : new Expr.NoneLit(s.pos());
            parts.add(new Expr.Arg(value.pos(), null, value, false));
        }
        return calls.constructStruct(s.pos(), type, parts);
    }

    TExpr conditional(Expr.Conditional c, Type expected) {
        TExpr cond = operators.condition(c.condition());
        TExpr then = expression(c.then(), expected);
        TExpr otherwise = expression(c.otherwise(), expected);
        Type t = expected != null ? expected : conversions.unify(then.type(), otherwise.type(), c.pos());
        return new TExpr.Conditional(c.pos(), t, cond, conversions.coerce(then, t, c.then().pos()), conversions.coerce(otherwise, t, c.otherwise().pos()));
    }

    /** A List, a Dict and a SIMD vector take exactly one index: {@code l[]} and {@code l[1, 2]} are errors (read or assigned). */
    void requireOneIndex(Expr.Index i, Type t) {
        if ((t instanceof ListType || t instanceof DictType || t instanceof VectorType) && i.indices().size() != 1) {
            throw ctx.error(i.pos(), "'" + t.name() + "' takes one index, not " + i.indices().size());
        }
    }

    /** Mojo 1.x removed negative indexing from the collections and strings: a negative constant index is an error. */
    private void rejectNegativeIndex(Expr.Index i, Type t) {
        if (!ctx.inMojo1Program() || i.indices().size() != 1
                        || !(t instanceof ListType || Types.isStringLike(t))
                        || !(i.indices().get(0).value() instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.IntLit)) {
            return;
        }
        throw ctx.error(i.indices().get(0).pos(), "constraint failed: negative indexing is not supported, use e.g. `x[len(x) - 1]` instead");
    }

    /** The single index of {@code pack[i]} into a compile-time pack of size elements: a constant in range, or an error naming the pack. */
    private int compileTimeIndex(Expr.Index i, int size, String pack, String rangeOf, String elements) {
        TExpr.Const k = ConstantFolder.fold(conversions.coerce(expression(i.indices().get(0).value(), Types.INT), Types.INT, i.pos()));
        if (k == null) {
            throw ctx.error(i.pos(), "the index of " + pack + " must be a compile-time integer");
        }
        long idx = (Long) k.value();
        if (idx < 0 || idx >= size) {
            throw ctx.error(i.pos(), "index " + idx + " is out of range for " + rangeOf + " " + size + " " + elements);
        }
        return (int) idx;
    }

    TExpr index(Expr.Index i) {
        if (i.target() instanceof Expr.Name fp && ctx.lookupGlobalOrLocal(fp.name()) instanceof FunctionPack pack && i.indices().size() == 1) {
            // test_funcs[i] of a compile-time tuple of functions: the function at the (constant) index
            return pack.get(i.pos(), compileTimeIndex(i, pack.functions().size(), "a compile-time tuple of functions", "a tuple of", "functions"));
        }
        if (i.target() instanceof Expr.Name an && ctx.lookupGlobalOrLocal(an.name()) instanceof AliasTemplate at
                        && aliasInstance(at, i) instanceof TExpr value) {
            return value;
        }
        if (i.target() instanceof Expr.Name pn && ctx.lookupGlobalOrLocal(pn.name()) instanceof ValuePack pack && i.indices().size() == 1) {
            // mask[i] of a compile-time value pack: the constant at the (constant) index
            return pack.get(i.pos(), compileTimeIndex(i, pack.values().size(), "a compile-time parameter pack", "a parameter pack of", "values"));
        }
        TExpr target = expression(i.target(), null);
        Type t = Types.materialize(target.type());
        rejectNegativeIndex(i, t);
        requireOneIndex(i, t);
        if (t == Types.PYTHON_OBJECT && i.indices().size() == 1 && i.indices().get(0).keyword() == null) {
            return ctx.python.index(i.pos(), target, expression(i.indices().get(0).value(), null));
        }
        if (t instanceof StructType st && !i.indices().isEmpty() && !st.methods("__getitem__").isEmpty()
                        && i.indices().stream().allMatch(a -> a.keyword() == null && namesType(a.value()))) {
            // v[T]: a __getitem__ that takes only compile-time parameters (a variant's v[String])
            return calls.resolveCall(i.pos(), "__getitem__", st.methods("__getitem__"), target, List.of(), i.indices());
        }
        if (t instanceof StructType st) {
            return calls.methodCall(i.pos(), target, st, "__getitem__", i.indices());
        }
        if (t instanceof PointerType pt) {
            collections.requireStorable(pt.pointee, i.pos());
            TExpr index = i.indices().isEmpty() ? intConst(i.pos(), 0) : pointerIndex(i.indices().get(0).value());
            return new TExpr.Deref(i.pos(), pt.pointee, target, index);
        }
        if (t instanceof TupleType tt && i.indices().size() == 1) {
            TExpr.Const k = ConstantFolder.fold(conversions.coerce(expression(i.indices().get(0).value(), Types.INT), Types.INT, i.pos()));
            if (k == null) {
                throw ctx.error(i.pos(), "a tuple index must be a compile-time constant");
            }
            long idx = (Long) k.value();
            if (idx < 0) {
                idx += tt.elements.size();
            }
            if (idx < 0 || idx >= tt.elements.size()) {
                throw ctx.error(i.pos(), "index " + k.value() + " is out of range for '" + tt.name() + "'");
            }
            return new TExpr.TupleGet(i.pos(), tt.elements.get((int) idx), conventions.borrowed(target, i.target().pos()), (int) idx);
        }
        if (t instanceof DictType dt && i.indices().size() == 1) {
            return collections.dictElement(i.pos(), conventions.borrowed(target, i.target().pos()), dt, expression(i.indices().get(0).value(), dt.key));
        }
        if (t instanceof VectorType vt && i.indices().size() == 1) {
            return new TExpr.VectorOp(i.pos(), vt.element, TExpr.VectorOpKind.GET, vt, null, List.of(target, intArg(i.indices().get(0).value())));
        }
        if ((t instanceof ScalarType || t == Types.FLOAT64 || t == Types.BOOL) && i.indices().size() == 1 && !(i.indices().get(0).value() instanceof Expr.Slice)) {
            intArg(i.indices().get(0).value()); // a scalar is a SIMD vector of one lane: s[0] is s
            return target;
        }
        if (t instanceof BoxType bt && bt.isNative() && i.indices().isEmpty()) {
            return new TExpr.Deref(i.pos(), bt.element, conventions.borrowed(target, i.target().pos()), intConst(i.pos(), 0));
        }
        if (t instanceof BoxType bt && i.indices().isEmpty()) {
            return new TExpr.OptionalOp(i.pos(), bt.element, OptionalOpKind.VALUE, List.of(conventions.borrowed(target, i.target().pos())));
        }
        if (t instanceof OptionalType ot && i.indices().isEmpty()) {
            return new TExpr.OptionalOp(i.pos(), ot.element, OptionalOpKind.VALUE, List.of(conventions.borrowed(target, i.target().pos())));
        }
        if (t instanceof ListType lt && i.indices().size() == 1 && i.indices().get(0).value() instanceof Expr.Slice s) {
            List<TExpr> parts = new ArrayList<>();
            parts.add(conventions.borrowed(target, i.target().pos()));
            parts.add(s.lower() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.lower()));
            parts.add(s.upper() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.upper()));
            parts.add(s.step() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.step()));
            // a List's slice is a new list of copies; a Span's is a span of part of the same elements
            return lt.isView ? new TExpr.ListOp(i.pos(), lt, TExpr.ListOpKind.SUBVIEW, lt, parts)
                            : new TExpr.ListOp(i.pos(), ListType.of(lt.element), TExpr.ListOpKind.SLICE, lt, parts);
        }
        if (t instanceof ListType lt && i.indices().size() == 1 && !(i.indices().get(0).value() instanceof Expr.Slice)) {
            return new TExpr.ListElement(i.pos(), lt.element, conventions.borrowed(target, i.target().pos()), elementIndex(i.indices().get(0).value()));
        }
        if (t == Types.STRING && i.indices().size() == 1 && i.indices().get(0).keyword() != null && !i.indices().get(0).keyword().equals("byte")) {
            return characterIndex(i, target);
        }
        if (t == Types.STRING && i.indices().size() == 1) {
            target = conventions.borrowedString(target, i.target().pos());
            Expr idx = i.indices().get(0).value();
            if (idx instanceof Expr.Slice s) {
                List<TExpr> parts = new ArrayList<>();
                parts.add(target);
                parts.add(s.lower() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.lower()));
                parts.add(s.upper() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.upper()));
                parts.add(s.step() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.step()));
                return new TExpr.Prim(i.pos(), Types.STRING, PrimOp.STR_SLICE, parts);
            }
            return new TExpr.Prim(i.pos(), Types.STRING, PrimOp.STR_INDEX, List.of(target, elementIndex(idx)));
        }
        throw ctx.error(i.pos(), "'" + t.name() + "' is not subscriptable");
    }

    /**
     * {@code s[codepoint=i]}, {@code s[grapheme=a:b]}: a String indexed by characters rather than
     * bytes ({@code s[byte=i]} and {@code s[i]} index bytes), by the library's functions for it.
     */
    private TExpr characterIndex(Expr.Index i, TExpr target) {
        Expr.Arg index = i.indices().get(0);
        if (!index.keyword().equals("codepoint") && !index.keyword().equals("grapheme")) {
            throw ctx.error(index.pos(), "a String is indexed by byte=, codepoint= or grapheme=, not '" + index.keyword() + "='");
        }
        List<Expr.Arg> args = new ArrayList<>();
        String function = "_" + index.keyword();
        if (index.value() instanceof Expr.Slice s) {
            if (s.step() != null) {
                throw ctx.error(s.step().pos(), "a slice of a String's characters has no step");
            }
            function += "_slice";
            args.add(new Expr.Arg(s.pos(), null, s.lower() != null ? s.lower() : new Expr.NoneLit(s.pos()), false));
            args.add(new Expr.Arg(s.pos(), null, s.upper() != null ? s.upper() : new Expr.NoneLit(s.pos()), false));
        } else {
            function += "_at";
            args.add(new Expr.Arg(index.pos(), null, index.value(), false));
        }
        Expr receiver = new Expr.Checked(i.target().pos(), target);
        return expression(new Expr.Call(i.pos(), new Expr.Attribute(i.pos(), receiver, function), args), null);
    }

    /** Whether an expression names a type ({@code String}, {@code List[Int]}) rather than a value. */
    private boolean namesType(Expr e) {
        if (e instanceof Expr.Name n) {
            Object v = ctx.lookupGlobalOrLocal(n.name());
            return v instanceof Type || v instanceof TypeConstructor || v instanceof StructTemplate;
        }
        return e instanceof Expr.Index ix && namesType(ix.target());
    }

    /**
     * The index of an element of a List, Array, Span or String: in Mojo 1.x code a negative one is out
     * of bounds at run time (a negative constant is already rejected), in 25.x it counts from the end.
     */
    private TExpr elementIndex(Expr e) {
        TExpr index = intArg(e);
        if (!ctx.inMojo1Program() || ConstantFolder.fold(index) != null) {
            return index;
        }
        return new TExpr.IntrinsicCall(e.pos(), Types.INT, Intrinsic.INDEX_NOT_NEGATIVE, List.of(index), false);
    }

    TExpr intArg(Expr e) {
        TExpr v = expression(e, Types.INT);
        if (v.type() == Types.BOOL) {
            return new TExpr.Conditional(e.pos(), Types.INT, v, intConst(e.pos(), 1), intConst(e.pos(), 0)); // s[False] is s[0]
        }
        return conversions.coerce(v, Types.INT, e.pos());
    }

    /** An index into memory ({@code p[i]}): an Int, or a value of any other integer type converted to Int. */
    TExpr pointerIndex(Expr e) {
        TExpr v = expression(e, Types.INT);
        if (v.type() == Types.UINT || v.type() instanceof ScalarType s && !s.isFloat()) {
            return conversions.explicitConversion(v, Types.INT, e.pos());
        }
        return conversions.coerce(v, Types.INT, e.pos());
    }

    /** A compile-time Int argument (what, for the message): its folded constant. */
    private TExpr compileTimeInt(Expr e, String what) {
        TExpr.Const k = ConstantFolder.fold(conversions.coerce(expression(e, Types.INT), Types.INT, e.pos()));
        if (k == null) {
            throw ctx.error(e.pos(), what + " must be a compile-time Int");
        }
        return new TExpr.Const(e.pos(), Types.INT, k.value());
    }

    static TExpr intConst(SourcePos pos, long v) {
        return new TExpr.Const(pos, Types.INT, v);
    }

    /**
     * {@code Float32.from_bits(bits)}, {@code SIMD[DType.uint8, 8].from_bytes[big_endian=True](bytes)}:
     * a static method of SIMD, declared in builtin.simd as an {@code @staticmethod} function whose
     * parameters {@code dtype} and {@code width} are bound to the type it is called through; null if
     * c is no such call.
     */
    private TExpr simdStaticCall(Expr.Call c) {
        Expr callee = c.callee();
        List<Expr.Arg> compileTimeArgs = new ArrayList<>();
        if (callee instanceof Expr.Index ix && ix.target() instanceof Expr.Attribute) {
            compileTimeArgs.addAll(ix.indices());
            callee = ix.target();
        }
        if (!(callee instanceof Expr.Attribute a) || !(builtinTypeOperand(a.target()) instanceof Type t) || Types.isLiteral(t)) {
            return null;
        }
        List<Function> statics = StandardLibrary.functionsIn(ctx.module.standardModule("builtin.simd"), a.name()).stream()
                        .filter(f -> f.syntax != null && f.syntax.decorators().stream().anyMatch(d -> d.name().equals("staticmethod"))).toList();
        if (statics.isEmpty()) {
            return null;
        }
        Type lane = t instanceof VectorType vt ? vt.element : t;
        long width = t instanceof VectorType vt ? vt.width : 1;
        compileTimeArgs.add(new Expr.Arg(a.pos(), "dtype", new Expr.Checked(a.pos(), lane), false));
        compileTimeArgs.add(new Expr.Arg(a.pos(), "width", new Expr.Checked(a.pos(), intConst(a.pos(), width)), false));
        return calls.resolveCall(c.pos(), t.name() + "." + a.name(), statics, null, c.args(), compileTimeArgs);
    }

    /** {@code Span} or {@code Span[T]} (as a callee): the span constructors, which view a list or memory. */
    boolean isSpanConstructor(Expr callee) {
        Expr name = callee instanceof Expr.Index si ? si.target() : callee;
        return name instanceof Expr.Name sn && ctx.lookupGlobalOrLocal(sn.name()) == TypeConstructor.SPAN;
    }

    /**
     * {@code Span(list)}, {@code Span[T](array=a)}: a span of all the elements of a List, an
     * InlineArray (or another span); {@code Span[T](ptr=p, length=n)}: of the n elements at p.
     */
    private TExpr spanConstructor(Expr.Call c) {
        List<Expr.Arg> args = c.args();
        if (args.size() == 2 && "ptr".equals(args.get(0).keyword()) && "length".equals(args.get(1).keyword())) {
            TExpr pointer = expression(args.get(0).value(), null);
            if (!(pointer.type() instanceof PointerType pt)) {
                throw ctx.error(args.get(0).pos(), "'Span' needs an UnsafePointer as ptr, not '" + pointer.type().name() + "'");
            }
            Type element = c.callee() instanceof Expr.Index ix ? resolveType(ix.indices().get(0).value()) : pt.pointee;
            if (element != pt.pointee) {
                throw ctx.error(args.get(0).pos(), "a 'Span[" + element.name() + "]' views memory of '" + element.name() + "', not '" + pt.pointee.name() + "'");
            }
            return new TExpr.ListOp(c.pos(), ListType.span(element), TExpr.ListOpKind.VIEW_OF_MEMORY, ListType.span(element),
                            List.of(pointer, intArg(args.get(1).value())));
        }
        if (args.size() != 1) {
            throw ctx.error(c.pos(), "'Span' is made from one list: Span(values), or from memory: Span(ptr=p, length=n)");
        }
        TExpr list = expression(args.get(0).value(), null);
        if (!(list.type() instanceof ListType lt)) {
            throw ctx.error(c.pos(), "'Span' views a List, not '" + list.type().name() + "'");
        }
        return conversions.coerce(list, ListType.span(lt.element), c.pos());
    }

    TExpr call(Expr.Call c) {
        if (c.callee() instanceof Expr.Lambda l) {
            return calls.resolveCall(c.pos(), "lambda", List.of(lambda(l)), null, c.args()); // (lambda (x: Int) -> Int: x * 2)(21)
        }
        if (simdStaticCall(c) instanceof TExpr staticCall) {
            return staticCall;
        }
        if (isSpanConstructor(c.callee())) {
            return spanConstructor(c);
        }
        if (c.callee() instanceof Expr.Name pn && ctx.lookupGlobalOrLocal(pn.name()) == TypeConstructor.UNSAFE_POINTER) {
            return collections.addressOf(c);
        }
        if (c.callee() instanceof Expr.Name bn && (ctx.lookupGlobalOrLocal(bn.name()) == TypeConstructor.OWNED_POINTER
                        || ctx.lookupGlobalOrLocal(bn.name()) == TypeConstructor.ARC_POINTER)) {
            return collections.newBox(c, null, ctx.lookupGlobalOrLocal(bn.name()) == TypeConstructor.ARC_POINTER);
        }
        if (c.callee() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) == TypeConstructor.LIST) {
            return collections.listConstructor(c, null);
        }
        if (c.callee() instanceof Expr.Name on && ctx.lookupGlobalOrLocal(on.name()) == TypeConstructor.OPTIONAL) {
            // Optional(value): the element type is the value's.
            if (c.args().size() != 1 || c.args().get(0).keyword() != null) {
                throw ctx.error(c.pos(), "'Optional(value)' takes one value; write Optional[T]() for an empty one");
            }
            TExpr v = expression(c.args().get(0).value(), null);
            Type element = Types.materialize(v.type());
            return conversions.coerce(v, OptionalType.of(element), c.pos());
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && ctx.lookupGlobalOrLocal(fn.name()) instanceof List<?> overloads) {
            @SuppressWarnings("unchecked")
            List<Function> fns = (List<Function>) overloads;
            return calls.resolveCall(c.pos(), fn.name(), fns, null, c.args(), ix.indices());
        }
        if (c.callee() instanceof Expr.Index mix && mix.target() instanceof Expr.Attribute a && methodOwner(a) instanceof StructType owner) {
            // Self._check[T](), Box[Int].of[2](): a method with compile-time arguments called through its struct type
            return calls.resolveCall(c.pos(), owner.name() + "." + a.name(), ownerMethods(owner, a), null, c.args(), mix.indices());
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Attribute a && namespace(a.target()) == null
                        && !(a.target() instanceof Expr.Name mn && ctx.lookupGlobalOrLocal(mn.name()) instanceof Type)) {
            // value.method[params](args): a built-in type's library method with compile-time arguments (x.cast[DType.float32]())
            TExpr receiver = expression(a.target(), null);
            String library = StandardLibrary.methodsModuleOf(Types.materialize(receiver.type()));
            if (library != null && !(receiver.type() instanceof StructType)) {
                List<Function> methods = ctx.module.libraryMethods(library, a.name());
                if (methods.isEmpty() && receiver.type() == Types.BOOL) {
                    methods = ctx.module.libraryMethods("builtin.simd", a.name()); // a Bool is SIMD[DType.bool, 1]
                }
                if (methods.isEmpty()) {
                    throw ctx.error(a.pos(), "'" + Types.materialize(receiver.type()).name() + "' value has no attribute '" + a.name() + "'");
                }
                return calls.resolveCall(c.pos(), a.name(), methods, receiver, c.args(), ix.indices());
            }
            if (receiver.type() instanceof StructType st) {
                // value.method[params](args) of a struct: t.__setitem__[idx](v), index_list.cast[DType.int32]()
                if (st.methods(a.name()).isEmpty()) {
                    throw ctx.error(a.pos(), "'" + st.name() + "' value has no attribute '" + a.name() + "'");
                }
                return calls.resolveCall(c.pos(), a.name(), st.methods(a.name()), receiver, c.args(), ix.indices());
            }
        }
        if (c.callee() instanceof Expr.Name fnv && ctx.lookupGlobalOrLocal(fnv.name()) instanceof Local fl && fl.type instanceof FunctionType ft) {
            return indirectCall(c, fnv.name(), new TExpr.ReadLocal(fnv.pos(), ft, fl), ft);
        }
        if (c.callee() instanceof Expr.Name fp && ctx.lookupGlobalOrLocal(fp.name()) instanceof TExpr.FunctionRef ref) {
            return calls.resolveCall(c.pos(), fp.name(), List.of(ref.function()), null, c.args());
        }
        return callOther(c);
    }

    /**
     * A call through a function value ({@code f(x)} of a local {@code f: fn(Int) -> Int}, or a
     * struct's function-typed field {@code test.test_fn()}): positional arguments, converted to the
     * function type's parameters; the callee is only known at run time.
     */
    private TExpr indirectCall(Expr.Call c, String name, TExpr callee, FunctionType ft) {
        List<TExpr> args = builtins.positionalOnly(c, name);
        if (ft.variadic >= 0 && args.size() >= ft.params.size() - 1) {
            // the arguments from the variadic parameter's position on (up to the ones after it) arrive as one list
            int after = ft.params.size() - 1 - ft.variadic;
            List<TExpr> packed = new ArrayList<>(args.subList(ft.variadic, args.size() - after));
            List<TExpr> regrouped = new ArrayList<>(args.subList(0, ft.variadic));
            ListType lt = (ListType) ft.params.get(ft.variadic);
            List<TExpr> elements = new ArrayList<>();
            for (TExpr p : packed) {
                elements.add(conventions.owned(conversions.coerce(p, lt.element, p.pos()), p.pos()));
            }
            regrouped.add(new TExpr.ListOp(c.pos(), lt, TExpr.ListOpKind.NEW, lt, elements));
            regrouped.addAll(args.subList(args.size() - after, args.size()));
            args = regrouped;
        }
        if (args.size() != ft.params.size()) {
            throw ctx.error(c.pos(), "invalid call to '" + name + "': expected " + ft.params.size() + " arguments, got " + args.size());
        }
        List<TExpr> bound = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            bound.add(conventions.borrowed(conversions.coerce(args.get(i), ft.params.get(i), args.get(i).pos()), args.get(i).pos()));
        }
        if (ft.raises) {
            ctx.checkMayRaise(c.pos(), "call to '" + name + "'");
        }
        return new TExpr.IndirectCall(c.pos(), ft.result, callee, bound);
    }

    /**
     * {@code get_function_name[f]()}: the name f is declared with, a compile-time String; f names a
     * function, or is a compile-time parameter or alias bound to one.
     */
    private TExpr functionName(Expr.Call c, Expr.Index ix, String name) {
        if (!c.args().isEmpty() || ix.indices().size() != 1) {
            throw ctx.error(c.pos(), "invalid call to '" + name + "': expected one function as compile-time parameter and no arguments");
        }
        Expr f = ix.indices().get(0).value();
        Object named = f instanceof Expr.Name n ? ctx.lookupGlobalOrLocal(n.name()) : null;
        Function function = named instanceof TExpr.FunctionRef ref ? ref.function()
                        : named instanceof List<?> overloads && overloads.size() == 1 && overloads.get(0) instanceof Function only ? only : null;
        if (function == null) {
            throw ctx.error(f.pos(), "'" + name + "' needs a function: e.g. " + name + "[main]()");
        }
        return new TExpr.Const(c.pos(), Types.STRING, function.name);
    }

    /** The rest of {@link #call}: calls through a type, a built-in, a method. */
    private TExpr callOther(Expr.Call c) {
        if (c.callee() instanceof Expr.Call tc && tc.callee() instanceof Expr.Name tn && tn.name().equals("__type_of") && tc.args().size() == 1
                        && tc.args().get(0).value() instanceof Expr.Name an && ctx.function != null
                        && ctx.function.typeArgs.containsKey("__type_of(" + an.name() + ")")) {
            return builtins.construct(c, resolveType(tc)); // __type_of(n)(value): a conversion to n's type
        }
        if (c.callee() instanceof Expr.Call tc && tc.callee() instanceof Expr.Name tn && tn.name().equals("__type_of") && tc.args().size() == 1
                        && ctx.lookupGlobalOrLocal("__type_of") == null) {
            // __type_of(x)(args): a value of x's type (x itself is not evaluated)
            TExpr probe = calls.expressionQuietly(tc.args().get(0).value(), null);
            Type t = Types.materialize(probe.type());
            if (t instanceof VectorType vt) {
                return newVector(c, vt);
            }
            if (t instanceof StructType st) {
                return calls.constructStruct(c.pos(), st, c.args());
            }
            return builtins.construct(c, t);
        }
        if (c.callee() instanceof Expr.Name pn && ctx.lookupGlobalOrLocal(pn.name()) instanceof Local pl && pl.type == Types.PYTHON_OBJECT) {
            return ctx.python.call(c, name(pn)); // a Python function (or any callable) held in a variable
        }
        if (c.callee() instanceof Expr.Name n) {
            Object target = ctx.lookup(n);
            if (target == Builtin.RANGE) {
                return rangeValue(c);
            }
            if (target == Builtin.LEN && c.args().size() == 1 && c.args().get(0).value() instanceof Expr.Name tn
                            && ctx.lookupGlobalOrLocal(tn.name()) instanceof DTypeTuple dt) {
                return new TExpr.Const(c.pos(), Types.INT, (long) dt.lanes().size()); // len(dtypes) of an alias tuple of DTypes
            }
            if (target instanceof Builtin b) {
                return builtins.builtinCall(c, b, n.name());
            }
            if (target instanceof StructType st) {
                return calls.constructStruct(c.pos(), st, c.args());
            }
            if (target instanceof StructTemplate template) {
                return calls.constructStruct(c.pos(), calls.inferStruct(c, template), c.args());
            }
            if (target instanceof VectorType vt) {
                return newVector(c, vt); // through a type alias: `alias F = SIMD[DType.float32, 4]`
            }
            if (target instanceof Type t) {
                return constructAliased(c, t);
            }
            if (target instanceof List<?> overloads) {
                @SuppressWarnings("unchecked")
                List<Function> fns = (List<Function>) overloads;
                return calls.resolveCall(c.pos(), n.name(), fns, null, c.args());
            }
            throw ctx.error(n.pos(), "'" + n.name() + "' is not callable");
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn
                        && (ctx.lookupGlobalOrLocal(fn.name()) == Builtin.SIZE_OF || ctx.lookupGlobalOrLocal(fn.name()) == Builtin.ALIGN_OF
                                        || ctx.lookupGlobalOrLocal(fn.name()) == Builtin.BITWIDTH_OF)) {
            // sys.size_of[T]() / align_of[T]() / bit_width_of[T](): T's layout in native memory (a DType: its lane's).
            if (!c.args().isEmpty() || ix.indices().size() != 1) {
                throw ctx.error(c.pos(), "invalid call to '" + fn.name() + "': expected one type parameter and no arguments");
            }
            Type lane = dtypeArgument(ix.indices().get(0).value());
            Type t = lane != null ? lane : resolveType(ix.indices().get(0).value());
            collections.requireStorable(t, ix.indices().get(0).value().pos());
            Object which = ctx.lookupGlobalOrLocal(fn.name());
            long v = which == Builtin.SIZE_OF ? NativeLayout.sizeOf(t) : which == Builtin.ALIGN_OF ? NativeLayout.alignOf(t)
                            : t == Types.BOOL ? 1 : 8 * NativeLayout.sizeOf(t);
            return new TExpr.Const(c.pos(), Types.INT, v);
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && ctx.lookupGlobalOrLocal(fn.name()) == Builtin.GET_FUNCTION_NAME) {
            return functionName(c, ix, fn.name());
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && ctx.lookupGlobalOrLocal(fn.name()) == Builtin.TYPE_IS_EQ) {
            if (!c.args().isEmpty() || ix.indices().size() != 2) {
                throw ctx.error(c.pos(), "invalid call to '" + fn.name() + "': expected two type parameters and no arguments");
            }
            Type a = resolveType(ix.indices().get(0).value());
            Type b = resolveType(ix.indices().get(1).value());
            return new TExpr.Const(c.pos(), Types.BOOL, a.equals(b));
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && ctx.lookupGlobalOrLocal(fn.name()) == Builtin.CONSTRAINED) {
            return constrained(c, ix);
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn
                        && (ctx.lookupGlobalOrLocal(fn.name()) == Builtin.MATERIALIZE || ctx.lookupGlobalOrLocal(fn.name()) == Builtin.GLOBAL_CONSTANT)) {
            // materialize[table](): the compile-time value, made at run time (global_constant: the same, read where it is used)
            if (!c.args().isEmpty() || ix.indices().size() != 1 || ix.indices().get(0).keyword() != null) {
                throw ctx.error(c.pos(), "invalid call to '" + fn.name() + "': expected one compile-time value and no arguments");
            }
            return expression(ix.indices().get(0).value(), null);
        }
        if (c.callee() instanceof Expr.Index dx && dx.target() instanceof Expr.Name dn && ctx.lookupGlobalOrLocal(dn.name()) instanceof Builtin db
                        && EnumSet.of(Builtin.IS_DEFINED, Builtin.DEFINED_INT, Builtin.DEFINED_STRING, Builtin.DEFINED_BOOL).contains(db)) {
            return defineQuery(c, dx, dn.name(), db);
        }
        if (c.callee() instanceof Expr.Attribute ra && ra.name().equals("name") && c.args().isEmpty() && ra.target() instanceof Expr.Index ix
                        && ix.target() instanceof Expr.Name rn && ctx.lookupGlobalOrLocal(rn.name()) == Builtin.REFLECT && ix.indices().size() == 1) {
            // reflect[T].name(): the type's name as 1.x spells it (Int and the other scalars are SIMD vectors of one lane)
            return new TExpr.Const(c.pos(), Types.STRING_LITERAL, reflectedName(resolveType(ix.indices().get(0).value())));
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && ctx.lookupGlobalOrLocal(fn.name()) == Builtin.TRAIT_DOWNCAST) {
            if (c.args().size() != 1 || c.args().get(0).keyword() != null || ix.indices().size() != 1) {
                throw ctx.error(c.pos(), "invalid call to 'trait_downcast': expected a trait and one value, e.g. trait_downcast[Equatable](x)");
            }
            TExpr value = expression(c.args().get(0).value(), null);
            List<Trait> traits = ctx.module.traitBounds(ix.indices().get(0).value());
            if (traits == null) {
                throw ctx.error(ix.indices().get(0).pos(), "'trait_downcast' needs a trait");
            }
            for (Trait trait : traits) {
                if (!ctx.module.conforms(Types.materialize(value.type()), trait)) {
                    throw ctx.error(c.pos(), "'" + Types.materialize(value.type()).name() + "' does not conform to trait '" + trait.name() + "'");
                }
            }
            return value;
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && ctx.lookupGlobalOrLocal(fn.name()) == Builtin.REBIND) {
            // Generic code is checked per instance, so the value's type is already concrete: rebind
            // only confirms it is the requested one (a branch selected by `@parameter if`).
            if (c.args().size() != 1 || c.args().get(0).keyword() != null || ix.indices().size() != 1) {
                throw ctx.error(c.pos(), "invalid call to 'rebind': expected one type parameter and one value");
            }
            Type wanted = resolveType(ix.indices().get(0).value());
            TExpr value = expression(c.args().get(0).value(), wanted);
            if (Types.isLiteral(value.type())) {
                value = conversions.coerce(value, wanted, value.pos());
            }
            if (!value.type().equals(wanted)) {
                throw ctx.error(c.pos(), "cannot rebind a value of type '" + value.type().name() + "' to '" + wanted.name() + "'");
            }
            return value;
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && ctx.lookupGlobalOrLocal(fn.name()) instanceof TExpr.Const k
                        && k.value() instanceof Double && ix.indices().size() == 1 && dtypeArgument(ix.indices().get(0).value()) instanceof Type ft) {
            // math.inf[DType.float32]() and nan[...]: the constant in the requested float type.
            if (!c.args().isEmpty() || !(ft == Types.FLOAT64 || ft instanceof ScalarType sc && sc.isFloat())) {
                throw ctx.error(c.pos(), "invalid call to '" + fn.name() + "': expected no arguments and a floating-point DType");
            }
            return new TExpr.Const(c.pos(), ft, k.value());
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof StructTemplate) {
            return calls.constructStruct(c.pos(), (StructType) resolveType(ix), c.args());
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof BoxType bt) {
            return collections.newBox(c, bt.element, bt.shared);
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof VectorType vt) {
            return newVector(c, vt);
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof Type st
                        && (st instanceof ScalarType || st == Types.INT || st == Types.UINT || st == Types.FLOAT64 || st == Types.BOOL)) {
            return builtins.construct(c, st); // Scalar[DType.float32](x), Scalar[DType.index](n) (which is Int), ...
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof DictType dt) {
            collections.requireHashableKey(dt, c.pos());
            if (c.args().size() == 1 && "power_of_two_initial_capacity".equals(c.args().get(0).keyword())) {
                Expr.Arg n = c.args().get(0);
                TExpr slots = conversions.coerce(expression(n.value(), Types.INT), Types.INT, n.value().pos());
                return new TExpr.DictOp(c.pos(), dt, DictOpKind.NEW_WITH_CAPACITY, dt, List.of(slots));
            }
            builtins.positionalOnly(c, dt.name());
            return new TExpr.DictOp(c.pos(), dt, DictOpKind.NEW, dt, List.of());
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof OptionalType ot) {
            List<TExpr> args = builtins.positionalOnly(c, ot.name());
            if (args.isEmpty()) {
                return new TExpr.Const(c.pos(), ot, null);
            }
            builtins.expectArgs(c, ot.name(), args, 1);
            return conversions.coerce(args.get(0), ot, args.get(0).pos());
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof ListType lt) {
            return collections.listConstructor(c, lt);
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof StructType st) {
            return calls.constructStruct(c.pos(), st, c.args()); // a parametric alias of a struct
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name sn && TypeResolver.isStringView(ix, ctx.lookupGlobalOrLocal(sn.name()))) {
            return builtins.construct(c, Types.STRING); // StringSlice[origin](ptr=p, length=n)
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof TupleType tt) {
            return newTuple(c, tt);
        }

        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof PointerType pt) {
            if (c.args().isEmpty()) {
                return new TExpr.Const(c.pos(), pt, 0L); // the null pointer
            }
            TExpr p = collections.addressOf(c); // UnsafePointer[T](to=place), UnsafePointer[T](other=p)
            if (!p.type().equals(pt)) {
                throw ctx.error(c.pos(), "cannot make '" + pt.name() + "' from '" + p.type().name() + "'");
            }
            return p;
        }
        if (c.callee() instanceof Expr.Attribute a && dictTypeParameters(a.target()) instanceof List<Expr.Arg> dictParams) {
            // Dict.fromkeys(keys, value), Dict[_, Int].fromkeys(keys): a static method of the built-in Dict,
            // K and V bound where the type names them and inferred from the arguments where it does not
            List<Function> functions = StandardLibrary.functionsIn(ctx.module.standardModule("builtin.dict"), a.name()).stream()
                            .filter(f -> !f.extendsBuiltin).toList();
            if (functions.isEmpty()) {
                throw ctx.error(a.pos(), "'Dict' has no static method '" + a.name() + "'");
            }
            return calls.resolveCall(c.pos(), "Dict." + a.name(), functions, null, c.args(), dictParams);
        }
        if (c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Index ix && typeExpression(ix) instanceof PointerType pt
                        && a.name().equals("unsafe_dangling") && c.args().isEmpty()) {
            // a pointer that is not null but points at nothing (the pointee's alignment, as Rust's dangling):
            // a placeholder to assign a real one to later; checked memory rejects any use of what it points at
            return new TExpr.Const(c.pos(), pt, Math.max(1L, NativeLayout.alignOf(pt.pointee)));
        }
        if (c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Index ix && typeExpression(ix) instanceof PointerType pt) {
            if (!a.name().equals("alloc")) {
                throw ctx.error(a.pos(), "'" + pt.name() + "' has no static method '" + a.name() + "'");
            }
            // alloc(count) or alloc(count=n), aligned as UnsafePointer[T, alignment=a] or alloc(n, alignment=a) says
            TExpr count = null;
            TExpr alignment = null;
            for (Expr.Arg arg : c.args()) {
                if ("alignment".equals(arg.keyword())) {
                    alignment = compileTimeInt(arg.value(), "the alignment");
                } else if (count == null && (arg.keyword() == null || arg.keyword().equals("count"))) {
                    count = conversions.coerce(expression(arg.value(), Types.INT), Types.INT, arg.value().pos());
                } else {
                    throw ctx.error(arg.pos(), "invalid call to 'alloc': expected a count and an optional alignment");
                }
            }
            if (count == null) {
                throw ctx.error(c.pos(), "invalid call to 'alloc': expected 1 argument, got 0");
            }
            for (Expr.Arg index : ix.indices()) {
                if ("alignment".equals(index.keyword()) && alignment == null) {
                    alignment = compileTimeInt(index.value(), "the alignment");
                }
            }
            collections.requireStorable(pt.pointee, c.pos());
            if (alignment == null) {
                alignment = intConst(c.pos(), NativeLayout.alignOf(pt.pointee));
            }
            long align = (Long) ((TExpr.Const) alignment).value();
            if (align <= 0 || (align & (align - 1)) != 0) {
                throw ctx.error(alignment.pos(), "the alignment must be a positive power of two, not " + align);
            }
            return new TExpr.Memory(c.pos(), pt, TExpr.MemoryOp.ALLOC, pt.pointee, List.of(count, alignment));
        }
        if (c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) == Types.STRING
                        && a.name().equals("write")) {
            return builtins.constructString(c); // String.write(a, b, sep=s, end=e) makes the String that String(a, b, sep=s, end=e) does
        }
        if (c.callee() instanceof Expr.Attribute a && namespace(a.target()) instanceof ModuleNamespace ns) {
            Object member = ns.members().get(a.name());
            if (member instanceof Builtin b) {
                return builtins.builtinCall(c, b, a.name());
            }
            if (member instanceof List<?> overloads) {
                @SuppressWarnings("unchecked")
                List<Function> fns = (List<Function>) overloads;
                return calls.resolveCall(c.pos(), a.name(), fns, null, c.args());
            }
            if (member instanceof StructType st) {
                return calls.constructStruct(c.pos(), st, c.args());
            }
            throw ctx.error(a.pos(), "module '" + ns.name() + "' has no function '" + a.name() + "'");
        }
        if (c.callee() instanceof Expr.Attribute a && c.args().isEmpty() && a.name().equals("__len__") && a.target() instanceof Expr.Name tn
                        && ctx.lookupGlobalOrLocal(tn.name()) instanceof DTypeTuple dt) {
            return new TExpr.Const(c.pos(), Types.INT, (long) dt.lanes().size());
        }
        if (c.callee() instanceof Expr.Attribute a && c.args().isEmpty() && DTYPE_QUERIES.contains(a.name()) && dtypeArgument(a.target()) instanceof Type lane) {
            return dtypeQuery(c.pos(), lane, a.name()); // dtype.is_floating_point(): a compile-time Bool
        }
        if (c.callee() instanceof Expr.Attribute a && a.name().startsWith("__") && !c.args().isEmpty() && c.args().get(0).keyword() == null
                        && builtinTypeOperand(a.target()) instanceof Type bt
                        && (StandardLibrary.methodsModuleOf(bt) == null || ctx.module.libraryMethods(StandardLibrary.methodsModuleOf(bt), a.name()).isEmpty())) {
            // Float32.__ceil__(x), UInt.__add__(x, y), IntLiteral.__add__(3, 3): an operator method called through its type
            TExpr self = expression(c.args().get(0).value(), Types.isLiteral(bt) ? null : bt);
            if (!Types.isLiteral(bt)) {
                self = conversions.coerce(self, bt, c.args().get(0).value().pos());
            } else if (bt == Types.FLOAT_LITERAL && self instanceof TExpr.Const ic && ic.type() == Types.INT_LITERAL) {
                self = new TExpr.Const(ic.pos(), Types.FLOAT_LITERAL, ((BigInteger) ic.value()).doubleValue()); // FloatLiteral.__mod__(6, 2.5)
            } else if (!(self instanceof TExpr.Const sc && sc.type() == bt)) {
                throw ctx.error(c.args().get(0).value().pos(), "cannot implicitly convert '" + self.type().name() + "' value to '" + bt.name() + "'");
            }
            if (builtinDunder(c.pos(), self, a.name(), c.args().subList(1, c.args().size())) instanceof TExpr d) {
                return d;
            }
            throw ctx.error(a.pos(), "'" + bt.name() + "' has no method '" + a.name() + "'");
        }
        if (c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof Type bt
                        && !(bt instanceof StructType) && StandardLibrary.moduleOf(bt) != null) {
            // Int.__add__(x, y): a built-in type's library method called through the type, self passed explicitly
            List<Function> methods = ctx.module.libraryMethods(StandardLibrary.moduleOf(bt), a.name());
            if (methods.isEmpty()) {
                throw ctx.error(a.pos(), "'" + bt.name() + "' has no method '" + a.name() + "'");
            }
            return calls.resolveCall(c.pos(), bt.name() + "." + a.name(), methods, null, c.args());
        }
        if (c.callee() instanceof Expr.Attribute a) {
            if (a.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof StructTemplate template) {
                // a static method of a parametric struct, its parameters inferred from the arguments: Two.fire(One(1), One(2))
                StructType owner = calls.inferStruct(c, template, a.name());
                return calls.resolveCall(c.pos(), owner.name() + "." + a.name(), ownerMethods(owner, a), null, c.args());
            }
            // a method called through its struct type: Point.origin(), Box[Int].of(1)
            if (methodOwner(a) instanceof StructType owner) {
                return calls.resolveCall(c.pos(), owner.name() + "." + a.name(), ownerMethods(owner, a), null, c.args());
            }
            TExpr receiver = expression(a.target(), null);
            Type t = receiver.type();
            if (t == Types.PYTHON_OBJECT) {
                return ctx.python.methodCall(c, a, receiver);
            }
            if (t == Types.WRITER && a.name().equals("write")) {
                List<TExpr> values = new ArrayList<>();
                for (Expr.Arg arg : c.args()) {
                    values.add(builtins.printable(expression(arg.value(), null), arg.value().pos()));
                }
                return new TExpr.WriterWrite(c.pos(), Types.NONE, receiver, values);
            }
            if (t instanceof ListType lt && lt.isFixed()) {
                return collections.inlineArrayMethod(c, a, receiver, lt);
            }
            if (Types.isStringLike(t) && a.name().equals("write_to") && c.args().size() == 1 && c.args().get(0).keyword() == null) {
                // s.write_to(writer): a String (or a template string) writes its text
                TExpr writer = expression(c.args().get(0).value(), null);
                if (writer.type() == Types.WRITER) {
                    return new TExpr.WriterWrite(c.pos(), Types.NONE, writer, List.of(builtins.printable(receiver, a.target().pos())));
                }
            }
            if (Types.isStringLike(t) && (a.name().equals("write") || a.name().equals("format") || a.name().equals("join"))) {
                return collections.stringMethod(c, a, receiver);
            }
            if (t instanceof TupleType tt && a.name().equals("__len__") && c.args().isEmpty()) {
                return new TExpr.Const(c.pos(), Types.INT, (long) tt.elements.size());
            }
            if (t instanceof TupleType tt && a.name().equals("__contains__") && c.args().size() == 1) {
                return operators.tupleContains(c.pos(), expression(c.args().get(0).value(), null), receiver, tt);
            }
            String library = StandardLibrary.methodsModuleOf(Types.materialize(t));
            if (library != null) {
                // a method of a built-in type: declared in its library module, bound like any call
                List<Function> methods = ctx.module.libraryMethods(library, a.name());
                if (methods.isEmpty() && t == Types.BOOL && !a.name().startsWith("__")) {
                    methods = ctx.module.libraryMethods("builtin.simd", a.name()); // a Bool is SIMD[DType.bool, 1]
                }
                if (methods.isEmpty()) {
                    if (builtinDunder(c.pos(), receiver, a.name(), c.args()) instanceof TExpr d) {
                        return d;
                    }
                    throw ctx.error(a.pos(), "'" + Types.materialize(t).name() + "' value has no attribute '" + a.name() + "'");
                }
                return calls.resolveCall(c.pos(), a.name(), methods, receiver, c.args());
            }
            if (builtinDunder(c.pos(), receiver, a.name(), c.args()) instanceof TExpr d) {
                return d;
            }
            if (t instanceof StructType st) {
                if (a.name().equals("copy") && st.methods("copy").isEmpty()) {
                    if (!st.isCopyable()) {
                        throw ctx.error(a.pos(), "'" + st.name() + "' is not copyable because it has no '__copyinit__'");
                    }
                    return new TExpr.Copy(c.pos(), st, conventions.borrowed(receiver, a.target().pos()));
                }
                if (st.methods(a.name()).isEmpty() && st.fields.get(a.name()) instanceof StructType.Field field && field.type() instanceof FunctionType ft) {
                    // a field that holds a function, called: `test.test_fn()` (a method of that name would come first)
                    return indirectCall(c, a.name(), expression(a, null), ft);
                }
                return calls.methodCall(c.pos(), receiver, st, a.name(), c.args());
            }
            throw ctx.error(a.pos(), "'" + t.name() + "' value has no attribute '" + a.name() + "'");
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) == null) {
            throw ctx.error(n.pos(), "use of unknown declaration '" + n.name() + "'");
        }
        throw ctx.error(c.callee().pos(), "this call is not supported yet");
    }

    /** A built-in number type written as a value ({@code Float32}, {@code UInt}, {@code SIMD[DType.int8, 4]}, {@code IntLiteral}), or null. */
    /**
     * The parameters a {@code Dict} or {@code Dict[K, V]} type expression binds, as keyword compile-time
     * arguments ({@code _} leaves one unbound); null if the expression is not the built-in Dict.
     */
    private List<Expr.Arg> dictTypeParameters(Expr target) {
        if (target instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) == TypeConstructor.DICT) {
            return List.of();
        }
        if (target instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) == TypeConstructor.DICT
                        && ix.indices().size() <= 2) {
            List<Expr.Arg> bound = new ArrayList<>();
            String[] names = {"K", "V"};
            for (int i = 0; i < ix.indices().size(); i++) {
                Expr.Arg arg = ix.indices().get(i);
                if (!(arg.value() instanceof Expr.Name n && n.name().equals("_"))) {
                    bound.add(new Expr.Arg(arg.pos(), names[i], arg.value(), false));
                }
            }
            return bound;
        }
        return null;
    }

    private Type builtinTypeOperand(Expr e) {
        Type t = null;
        if (e instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof Type nt) {
            t = nt;
        } else if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof TypeConstructor tc
                        && (tc == TypeConstructor.SIMD || tc == TypeConstructor.SCALAR)) {
            t = resolveType(ix);
        }
        return t != null && (Types.isNumeric(t) || t == Types.BOOL || t instanceof VectorType || t == Types.INT_LITERAL || t == Types.FLOAT_LITERAL) ? t : null;
    }

    /**
     * {@code x.__add__(y)}, {@code x.__lt__(y)}, {@code x.__abs__()}, ... on a built-in number, Bool or
     * SIMD vector that has no library declaration of the method: the operator or built-in function
     * the method implements ({@code x + y}, {@code x < y}, {@code abs(x)}); null for other names.
     */
    TExpr builtinDunder(SourcePos pos, TExpr self, String name, List<Expr.Arg> args) {
        Type t = self.type();
        if (!name.startsWith("__") || !(Types.isNumeric(t) || t == Types.BOOL || t instanceof VectorType || t == Types.NONE)) {
            return null;
        }
        List<Expr> xs = new ArrayList<>();
        for (Expr.Arg arg : args) {
            if (arg.keyword() != null || arg.star()) {
                return null;
            }
            xs.add(arg.value());
        }
        Expr s = new Expr.Checked(pos, self);
        if (xs.size() == 1) {
            for (Expr.BinOp op : Expr.BinOp.values()) {
                if (op == Expr.BinOp.MATMUL) {
                    continue;
                }
                if (name.equals(op.dunder)) {
                    return expression(new Expr.Binary(pos, op, s, xs.get(0)), null);
                }
                if (name.equals(op.reflectedDunder())) {
                    return expression(new Expr.Binary(pos, op, xs.get(0), s), null);
                }
            }
            for (Expr.CompareOp op : Expr.CompareOp.values()) {
                if (op.ordinal() <= Expr.CompareOp.NE.ordinal() && name.equals(op.dunder)) {
                    return expression(new Expr.Compare(pos, List.of(s, xs.get(0)), List.of(op)), null);
                }
            }
            if (name.equals("__contains__")) {
                return expression(new Expr.Compare(pos, List.of(xs.get(0), s), List.of(Expr.CompareOp.IN)), null);
            }
        }
        if (xs.isEmpty()) {
            for (Expr.UnaryOp op : Expr.UnaryOp.values()) {
                if (name.equals(op.dunder)) {
                    return expression(new Expr.Unary(pos, op, s), null);
                }
            }
            if (name.equals("__bool__") || name.equals("__as_bool__")) {
                return operators.toBool(self, pos);
            }
        }
        String function = switch (name) {
            case "__abs__" -> "abs";
            case "__str__" -> "String";
            case "__repr__" -> "repr";
            case "__int__", "__index__" -> "Int";
            case "__float__" -> "Float64";
            case "__hash__" -> "hash";
            case "__len__" -> "len";
            case "__round__" -> "round";
            case "__divmod__" -> "divmod";
            case "__ceil__", "__floor__", "__trunc__" -> name.substring(2, name.length() - 2);
            default -> null;
        };
        if (function == null) {
            return null;
        }
        List<Expr.Arg> callArgs = new ArrayList<>();
        callArgs.add(new Expr.Arg(pos, null, s, false));
        for (Expr x : xs) {
            callArgs.add(new Expr.Arg(x.pos(), null, x, false));
        }
        if (name.equals("__ceil__") || name.equals("__floor__") || name.equals("__trunc__")) {
            if (Types.isIntegral(t) && xs.isEmpty()) {
                return self; // an integer is its own ceiling, floor and truncation
            }
            @SuppressWarnings("unchecked")
            List<Function> fns = (List<Function>) ctx.module.standardModule("math").get(function);
            return calls.resolveCall(pos, function, fns, null, callArgs);
        }
        if (name.equals("__round__") && Types.isIntegral(t)) {
            return self; // rounding an integer (to any number of digits >= 0) leaves it as it is
        }
        return expression(new Expr.Call(pos, new Expr.Name(pos, function), callArgs), null);
    }

    /** The type an index expression such as {@code UnsafePointer[Int]} denotes, or null if it is not a type. */
    /**
     * A DType written as a compile-time value: {@code DType.float32}, or a name bound to one (a
     * {@code dtype: DType} parameter or an alias); the lane type it stands for, or null.
     */
    Type dtypeArgument(Expr e) {
        if (e instanceof Expr.Checked k && k.payload() instanceof Type lane && TypeResolver.isLane(lane)) {
            return lane; // the DType of the vector type a static method is called through
        }
        Type t = TypeResolver.dtype(e);
        if (t == null && e instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof Type lane && TypeResolver.isLane(lane)) {
            t = lane;
        }
        if (t == null && e instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof DTypeTuple) {
            t = aliasedType(e); // dtypes[i] of an alias tuple of DTypes, i a compile-time integer
        }
        return t;
    }

    /**
     * The type an alias's value names, or null if it is not a type expression: a type's name,
     * {@code SIMD[DType.float32, 4]}, {@code Scalar[dtype]}, or a DType ({@code DType.int8}, kept
     * as its lane type).
     */
    Type aliasedType(Expr value) {
        Type d = TypeResolver.dtype(value);
        if (d != null) {
            return d;
        }
        if (value instanceof Expr.FnType) {
            return resolveType(value); // `comptime fn_type = def() thin raises`: the function type
        }
        if (value instanceof Expr.Attribute a && a.target() instanceof Expr.Name sn && sn.name().equals("Self")
                        && ctx.lookupGlobalOrLocal("Self") instanceof StructType self && self.typeArgs.get(a.name()) instanceof Type t) {
            return t; // `comptime Element = Self.T`
        }
        if (value instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof DTypeTuple dt
                        && ix.indices().size() == 1) {
            TExpr.Const k = ConstantFolder.fold(conversions.coerce(expression(ix.indices().get(0).value(), Types.INT), Types.INT, ix.pos()));
            if (k == null) {
                throw ctx.error(ix.pos(), "the index of a tuple of DTypes must be a compile-time integer");
            }
            long i = (Long) k.value();
            if (i < 0 || i >= dt.lanes().size()) {
                throw ctx.error(ix.pos(), "index " + i + " is out of range for a tuple of " + dt.lanes().size() + " DTypes");
            }
            return dt.lanes().get((int) i);
        }
        if (value instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof Type t) {
            return t;
        }
        if (value instanceof Expr.Index ix && ix.target() instanceof Expr.Name n) {
            Object target = ctx.lookupGlobalOrLocal(n.name());
            if (target instanceof TypeConstructor || target instanceof StructTemplate || target instanceof AliasTemplate at && namesType(at)
                            || TypeResolver.isStringView(ix, target)) {
                return resolveType(ix);
            }
        }
        return null;
    }

    private static final java.util.Set<String> DTYPE_QUERIES = java.util.Set.of("is_floating_point", "is_integral", "is_signed", "is_unsigned",
                    "is_numeric", "is_half_float", "bitwidth", "is_int", "is_uint");

    /** What a DType's query method answers, at compile time. */
    private static TExpr dtypeQuery(SourcePos pos, Type lane, String query) {
        DType d = Types.dtypeOf(lane);
        if (query.equals("bitwidth")) {
            return new TExpr.Const(pos, Types.INT, (long) d.bits);
        }
        boolean v = switch (query) {
            case "is_floating_point" -> d.isFloat();
            case "is_integral" -> d.kind == DType.Kind.SIGNED || d.kind == DType.Kind.UNSIGNED;
            case "is_signed" -> d.kind == DType.Kind.SIGNED || d.isFloat();
            case "is_unsigned" -> d.kind == DType.Kind.UNSIGNED;
            case "is_numeric" -> d.kind != DType.Kind.BOOL;
            case "is_half_float" -> d.isFloat() && d.bits == 16;
            case "is_int" -> d == DType.INDEX;
            case "is_uint" -> d == DType.UINDEX;
            default -> throw new IllegalStateException(query);
        };
        return new TExpr.Const(pos, Types.BOOL, v);
    }

    /** {@code dtype is DType.bool}, {@code dtype == DType.float32}: DTypes compared at compile time; null if c compares no DTypes. */
    private TExpr dtypeComparison(Expr.Compare c) {
        if (c.ops().size() != 1 || c.operands().size() != 2) {
            return null;
        }
        Expr.CompareOp op = c.ops().get(0);
        if (op != Expr.CompareOp.IS && op != Expr.CompareOp.IS_NOT && op != Expr.CompareOp.EQ && op != Expr.CompareOp.NE) {
            return null;
        }
        Expr l = c.operands().get(0);
        Expr r = c.operands().get(1);
        if (TypeResolver.dtype(l) == null && TypeResolver.dtype(r) == null) {
            return null; // neither side spells a DType
        }
        Type a = dtypeArgument(l);
        Type b = dtypeArgument(r);
        if (a == null || b == null) {
            return null;
        }
        boolean same = Types.dtypeOf(a) == Types.dtypeOf(b);
        return new TExpr.Const(c.pos(), Types.BOOL, op == Expr.CompareOp.IS || op == Expr.CompareOp.EQ ? same : !same);
    }

    /** A call of a built-in type's library method (declared in {@code module}) on the receiver. */
    TExpr libraryMethodCall(SourcePos pos, String module, String name, TExpr receiver, List<Expr.Arg> args) {
        return calls.resolveCall(pos, name, ctx.module.libraryMethods(module, name), receiver, args);
    }

    /** A call of a built-in type through its alias: {@code alias L = List[String]; L("a", "b")}. */
    private TExpr constructAliased(Expr.Call c, Type t) {
        if (t instanceof ListType lt) {
            return collections.listConstructor(c, lt);
        }
        if (t instanceof TupleType tt) {
            return newTuple(c, tt);
        }
        return builtins.construct(c, t);
    }

    /** {@code Tuple[A, B](a, b)}: the tuple of the values, each converted to its element type. */
    private TExpr newTuple(Expr.Call c, TupleType tt) {
        List<Expr> values = new ArrayList<>();
        for (Expr.Arg a : c.args()) {
            if (a.keyword() != null) {
                throw ctx.error(a.pos(), "invalid call to '" + tt.name() + "': unexpected keyword argument '" + a.keyword() + "'");
            }
            values.add(a.value());
        }
        if (values.size() != tt.elements.size()) {
            throw ctx.error(c.pos(), "invalid call to '" + tt.name() + "': expected " + tt.elements.size() + " arguments, got " + values.size());
        }
        return collections.tupleLiteral(new Expr.TupleLit(c.pos(), values), tt);
    }

    /** {@code SIMD[dtype, width](values...)}: one value fills every lane, or one value per lane. */
    private TExpr newVector(Expr.Call c, VectorType vt) {
        List<TExpr> values = new ArrayList<>();
        List<TExpr> given = builtins.positionalOnly(c, vt.name());
        if (given.size() == 1 && given.get(0).type() instanceof VectorType from && from.width == vt.width && from != vt) {
            // SIMD[DType.float32, 4](a float64 vector): each lane converted, as v.cast[DType.float32]()
            Expr target = new Expr.Attribute(c.pos(), new Expr.Name(c.pos(), "DType"), vt.dtype().mojoName);
            return calls.resolveCall(c.pos(), "cast", ctx.module.libraryMethods("builtin.simd", "cast"), given.get(0), List.of(),
                            List.of(new Expr.Arg(c.pos(), null, target, false)));
        }
        for (TExpr v : given) {
            if ((given.size() == 1 || vt.element == Types.BOOL) && !conversions.implicitlyConvertible(v, vt.element)
                            && (Types.isNumeric(v.type()) || v.type() == Types.BOOL)) {
                // SIMD[DType.float64, 4](Float32(21.5)): a scalar of another DType, converted, then filled into every lane
                v = conversions.explicitConversion(v, vt.element, v.pos());
            }
            values.add(conversions.coerce(v, vt.element, v.pos()));
        }
        if (values.size() != 1 && values.size() != vt.width) {
            throw ctx.error(c.pos(), "'" + vt.name() + "' needs 1 value (to fill it) or " + vt.width + " values, got " + values.size());
        }
        return new TExpr.VectorOp(c.pos(), vt, TExpr.VectorOpKind.NEW, vt, null, values);
    }

    Type typeExpression(Expr.Index ix) {
        if (ix.target() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof TypeConstructor) {
            return resolveType(ix);
        }
        if (ix.target() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof AliasTemplate at && namesType(at)) {
            return resolveType(ix); // TwoOfAKind[DType.float32] of `comptime TwoOfAKind[dt: DType] = SIMD[dt, 2]`
        }
        return null;
    }

    /** {@code x^}: ends x's lifetime, moving its value out. A no-op for register types such as Int. */
    TExpr transfer(Expr.Transfer t) {
        TExpr v = expression(t.value(), null);
        if (v.type().repr() != Repr.OBJECT) {
            return v;
        }
        if (!Conventions.isPlace(v)) {
            return v;
        }
        if (!v.type().isMovable()) {
            throw ctx.error(t.pos(), "'" + v.type().name() + "' is not movable because it has no '__moveinit__'");
        }
        return new TExpr.Own(t.pos(), v.type(), v, true);
    }

    /** A DType used as a value: written as its name ({@code int32}), which is how a DType prints. */
    static TExpr dtypeValue(SourcePos pos, Type lane) {
        return new TExpr.Const(pos, Types.STRING_LITERAL, Types.dtypeOf(lane).mojoName);
    }

    TExpr attribute(Expr.Attribute a) {
        if (TypeResolver.dtype(a) instanceof Type lane) {
            return dtypeValue(a.pos(), lane); // DType.int32
        }
        if (a.target() instanceof Expr.Name sn && sn.name().equals("Self") && ctx.lookupGlobalOrLocal("Self") instanceof StructType self
                        && self.typeArgs.get(a.name()) instanceof Object parameter) {
            // Self.n: a compile-time parameter of the struct, as 1.x spells it inside the struct
            if (parameter instanceof TExpr.Const k) {
                return new TExpr.Const(a.pos(), k.type(), k.value());
            }
            if (parameter instanceof Type lane && TypeResolver.isLane(lane)) {
                return dtypeValue(a.pos(), lane);
            }
            if (parameter instanceof StructValueArgument sv) {
                return structValue(sv, a.pos());
            }
        }
        if (a.target() instanceof Expr.Name dn && dn.name().equals("DType") && ctx.lookupGlobalOrLocal("DType") == null) {
            throw ctx.error(a.pos(), "'DType' has no attribute '" + a.name() + "'");
        }
        if (builtinTypeOperand(a.target()) instanceof Type bt && !(a.target() instanceof Expr.Name bn && ctx.lookupGlobalOrLocal(bn.name()) instanceof StructType)) {
            if (vectorParameter(bt, a.name(), a.pos()) instanceof TExpr p) {
                return p; // SIMD[DType.float32, 2].size
            }
            Type scalar = bt instanceof VectorType vt ? vt.element : bt;
            TExpr.Const limit = typeConstant(scalar, a.name(), a.pos());
            if (limit != null) {
                return bt instanceof VectorType vt ? conversions.coerce(limit, vt, a.pos()) : limit;
            }
        }
        if (namespace(a.target()) instanceof ModuleNamespace ns) {
            if (ns.members().get(a.name()) instanceof TExpr.Const c) {
                return new TExpr.Const(a.pos(), c.type(), c.value());
            }
            throw ctx.error(a.pos(), "module '" + ns.name() + "' has no value '" + a.name() + "'");
        }
        if (a.target() instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof StructTemplate
                        && resolveType(ix) instanceof StructType owner && owner.aliases.get(a.name()) instanceof TExpr.Const c) {
            return new TExpr.Const(a.pos(), c.type(), c.value()); // Stack[Int].capacity: a member of an instance of a parametric struct
        }
        if (a.target() instanceof Expr.Name sn && ctx.lookupGlobalOrLocal(sn.name()) instanceof StructType st && st.aliases.containsKey(a.name())) {
            Object v = st.aliases.get(a.name());
            if (v instanceof TExpr.Const c) {
                return new TExpr.Const(a.pos(), c.type(), c.value());
            }
            if (v instanceof MaterializedAlias m) {
                // `comptime _layout = Layout[Int].single()`: a struct value, made where it is used
                return materialized(m, a.pos());
            }
            throw ctx.error(a.pos(), "'" + st.name() + "." + a.name() + "' is a type, not a value");
        }
        if (a.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof Type t && !(t instanceof StructType)) {
            TExpr.Const limit = typeConstant(t, a.name(), a.pos());
            if (limit != null) {
                return limit;
            }
            String library = StandardLibrary.moduleOf(t);
            if (library != null && ctx.module.standardModule(library) != null
                            && ctx.module.standardModule(library).get(a.name()) instanceof TExpr.Const member) {
                return member; // Bool.MIN: an alias the type's library module declares
            }
        }
        TExpr object = expression(a.target(), null);
        if (object.type() == Types.PYTHON_OBJECT) {
            return ctx.python.attribute(a.pos(), object, a.name());
        }
        if (vectorParameter(Types.materialize(object.type()), a.name(), a.pos()) instanceof TExpr p) {
            return p; // x.dtype of a SIMD value: its type's parameter (x itself is not evaluated)
        }
        if (object.type() instanceof TupleType tt && tt.elements.size() == 2 && (a.name().equals("key") || a.name().equals("value"))) {
            int k = a.name().equals("key") ? 0 : 1; // a Dict entry from items()
            return new TExpr.TupleGet(a.pos(), tt.elements.get(k), conventions.borrowed(object, a.target().pos()), k);
        }
        if (object.type() instanceof ListType lt && lt.isFixed() && a.name().equals("size")) {
            return intConst(a.pos(), lt.fixedSize); // an InlineArray's size parameter
        }
        if (object.type() instanceof ListType lt && a.name().equals("capacity")) {
            return collections.listOp(a.pos(), Types.INT, TExpr.ListOpKind.CAPACITY, lt, conventions.borrowed(object, a.target().pos()));
        }
        if (object.type() instanceof StructType st && !st.fields.containsKey(a.name()) && st.aliases.get(a.name()) instanceof TExpr.Const c) {
            return new TExpr.Const(a.pos(), c.type(), c.value()); // `q.default_capacity`: an alias of the instance's struct
        }
        if (object.type() instanceof StructType st && !st.fields.containsKey(a.name()) && st.aliases.get(a.name()) instanceof MaterializedAlias m
                        && m.constructs() != null) {
            return materialized(m, a.pos()); // `report.result.FAIL`: a constant of the instance's struct, made by its constructor
        }
        if (object.type() instanceof StructType st && !st.fields.containsKey(a.name()) && st.typeArgs.get(a.name()) instanceof TExpr.Const c) {
            return new TExpr.Const(a.pos(), c.type(), c.value()); // `b.size`: a value parameter of the instance's struct
        }
        if (object.type() instanceof StructType st && !st.fields.containsKey(a.name()) && st.typeArgs.get(a.name()) instanceof StructValueArgument sv) {
            return structValue(sv, a.pos()); // `self.foo`: a struct-valued parameter of the instance's struct
        }
        StructType.Field field = field(object, a);
        return new TExpr.FieldRead(a.pos(), field.type(), conventions.borrowed(object, a.target().pos()), field);
    }

    /** The parameters of a SIMD type (or a scalar, a SIMD of one lane): {@code size} and {@code dtype}; null for other names. */
    private static TExpr vectorParameter(Type t, String name, SourcePos pos) {
        boolean scalar = t instanceof ScalarType || t == Types.FLOAT64 || t == Types.BOOL;
        if (!(t instanceof VectorType) && !scalar) {
            return null;
        }
        return switch (name) {
            case "size", "length" -> intConst(pos, t instanceof VectorType vt ? vt.width : 1);
            case "dtype" -> dtypeValue(pos, t instanceof VectorType vt ? vt.element : t);
            default -> null;
        };
    }

    /** {@code Int.MAX}, {@code Int.MIN}, {@code UInt.MAX}, {@code Float64.MAX}, ... */
    TExpr.Const typeConstant(Type t, String name, SourcePos pos) {
        Object v = null;
        if (t == Types.INT) {
            v = name.equals("MAX") || name.equals("MAX_FINITE") ? (Object) Long.MAX_VALUE : name.equals("MIN") || name.equals("MIN_FINITE") ? (Object) Long.MIN_VALUE : null;
        } else if (t == Types.UINT) {
            v = name.equals("MAX") || name.equals("MAX_FINITE") ? (Object) (-1L) : name.equals("MIN") || name.equals("MIN_FINITE") ? (Object) 0L : null;
        } else if (t == Types.FLOAT64 || t instanceof ScalarType fs && fs.isFloat()) {
            // MAX and MIN are the infinities; MAX_FINITE and MIN_FINITE the largest finite values
            double maxFinite = t == Types.FLOAT64 ? Double.MAX_VALUE : ((ScalarType) t).bits == 32 ? Float.MAX_VALUE : 65504.0;
            v = switch (name) {
                case "MAX" -> Double.POSITIVE_INFINITY;
                case "MIN" -> Double.NEGATIVE_INFINITY;
                case "MAX_FINITE" -> maxFinite;
                case "MIN_FINITE" -> -maxFinite;
                default -> null;
            };
        } else if (t == Types.FLOAT_LITERAL) {
            v = switch (name) {
                case "nan" -> Double.NaN;
                case "infinity" -> Double.POSITIVE_INFINITY;
                case "negative_infinity" -> Double.NEGATIVE_INFINITY;
                case "negative_zero" -> -0.0;
                default -> null;
            };
        } else if (t == Types.BOOL) {
            v = name.equals("MAX") ? (Object) true : name.equals("MIN") ? (Object) false : null;
        } else if (t instanceof ScalarType s && s.isWide()) {
            BigInteger range = BigInteger.ONE.shiftLeft(s.kind == DType.Kind.SIGNED ? s.bits - 1 : s.bits);
            BigInteger max = range.subtract(BigInteger.ONE);
            BigInteger min = s.kind == DType.Kind.SIGNED ? range.negate() : BigInteger.ZERO;
            v = name.equals("MAX") || name.equals("MAX_FINITE") ? (Object) max : name.equals("MIN") || name.equals("MIN_FINITE") ? (Object) min : null;
        } else if (t instanceof ScalarType s && !s.isFloat()) {
            long max = s.bits == 64 ? (s.kind == DType.Kind.SIGNED ? Long.MAX_VALUE : -1L)
                            : s.kind == DType.Kind.SIGNED ? (1L << (s.bits - 1)) - 1 : (1L << s.bits) - 1;
            long min = s.kind == DType.Kind.SIGNED ? (s.bits == 64 ? Long.MIN_VALUE : -(1L << (s.bits - 1))) : 0;
            v = name.equals("MAX") || name.equals("MAX_FINITE") ? (Object) max : name.equals("MIN") || name.equals("MIN_FINITE") ? (Object) min : null;
        }
        return v == null ? null : new TExpr.Const(pos, t, v);
    }

    StructType.Field field(TExpr object, Expr.Attribute a) {
        if (object.type() instanceof StructType st) {
            StructType.Field f = st.fields.get(a.name());
            if (f != null) {
                return f;
            }
            throw ctx.error(a.pos(), "'" + st.name() + "' has no field '" + a.name() + "'");
        }
        throw ctx.error(a.pos(), "'" + object.type().name() + "' has no attribute '" + a.name() + "'");
    }

    /** The struct type a method is called through ({@code Point.origin}, {@code Box[Int].of}), or null if a is no such call. */
    private StructType methodOwner(Expr.Attribute a) {
        if (a.target() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof StructType st) {
            return st;
        }
        if (a.target() instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn && ctx.lookupGlobalOrLocal(tn.name()) instanceof StructTemplate) {
            return (StructType) resolveType(ix);
        }
        return null;
    }

    private List<Function> ownerMethods(StructType owner, Expr.Attribute a) {
        List<Function> fns = owner.methods(a.name());
        if (fns.isEmpty()) {
            throw ctx.error(a.pos(), "'" + owner.name() + "' value has no attribute '" + a.name() + "'");
        }
        return fns;
    }

    /**
     * {@code constrained[condition, message]()}: generic code is checked per instance, so the
     * condition is a constant here; a false one is a compile error of this instance.
     */
    private TExpr constrained(Expr.Call c, Expr.Index ix) {
        if (!c.args().isEmpty() || ix.indices().isEmpty() || ix.indices().size() > 2) {
            throw ctx.error(c.pos(), "invalid call to 'constrained': expected a condition, an optional message and no arguments");
        }
        TExpr.Const condition = ConstantFolder.fold(conversions.coerce(expression(ix.indices().get(0).value(), Types.BOOL), Types.BOOL, c.pos()),
                        ctx.module::checkBody);
        if (condition == null) {
            throw ctx.error(ix.indices().get(0).value().pos(), "the condition of 'constrained' must be a compile-time constant");
        }
        if (!(Boolean) condition.value()) {
            String message = "constraint failed";
            if (ix.indices().size() == 2) {
                TExpr.Const m = ConstantFolder.fold(expression(ix.indices().get(1).value(), Types.STRING));
                message += m != null && m.value() instanceof String text ? ": " + text : "";
            }
            // reported at the program's call that made this instance (through the library's own calls)
            SourcePos at = c.pos();
            for (Function f = ctx.function; f != null && f.module != null && f.instantiatedAt != null; f = f.instantiatedIn) {
                at = f.instantiatedAt;
            }
            throw ctx.error(at, message);
        }
        return new TExpr.Const(c.pos(), Types.NONE, null);
    }

    /** Whether a parametric alias names a type ({@code Pair[T] = Tuple[T, T]}), not a value ({@code AddOne[a: Int]: Int = a + 1}). */
    private static boolean namesType(AliasTemplate at) {
        Expr value = at.syntax().value();
        return at.syntax().type() == null && (value instanceof Expr.Name || value instanceof Expr.Index || value instanceof Expr.Attribute);
    }

    /**
     * {@code AddOne[8]} of a parametric value alias ({@code comptime AddOne[a: Int]: Int = a + 1}):
     * its value with the parameters bound to the arguments, a compile-time constant; null if the
     * alias names a type.
     */
    private TExpr aliasInstance(AliasTemplate at, Expr.Index use) {
        Stmt.AliasDef ad = at.syntax();
        return withAliasArguments(ad, use, () -> {
            if (aliasedType(ad.value()) != null) {
                return null;
            }
            TExpr value = expression(ad.value(), null);
            if (ad.type() != null) {
                value = conversions.coerce(value, resolveType(ad.type()), use.pos());
            }
            TExpr.Const folded = ConstantFolder.fold(value, ctx.module::checkBody);
            if (folded == null) {
                throw ctx.error(use.pos(), "the value of '" + ad.name() + "' is not a compile-time constant");
            }
            return new TExpr.Const(use.pos(), folded.type(), folded.value());
        });
    }

    /**
     * Evaluates something with the parameters of a parametric alias bound, in a scope of their own,
     * to the arguments of a use of it: a type (or a DType) as a type, any other value as a constant.
     */
    private <T> T withAliasArguments(Stmt.AliasDef ad, Expr.Index use, java.util.function.Supplier<T> evaluate) {
        Scope bound = new Scope(ctx.scope);
        List<Stmt.TypeParam> params = ad.typeParams();
        for (int p = 0; p < params.size(); p++) {
            Stmt.TypeParam param = params.get(p);
            Expr arg = null;
            for (int a = 0; a < use.indices().size(); a++) {
                Expr.Arg given = use.indices().get(a);
                if (given.keyword() == null ? a == p : given.keyword().equals(param.name())) {
                    arg = given.value();
                }
            }
            if (arg == null) {
                arg = param.defaultValue();
            }
            if (arg == null) {
                throw ctx.error(use.pos(), "missing parameter '" + param.name() + "' of '" + ad.name() + "'");
            }
            Object value = aliasedType(arg);
            if (value == null) {
                TExpr v = expression(arg, null);
                if (param.type() != null) {
                    v = conversions.coerce(v, resolveType(param.type()), arg.pos());
                }
                value = ConstantFolder.fold(v, ctx.module::checkBody);
                if (value == null) {
                    throw ctx.error(arg.pos(), "the parameter '" + param.name() + "' of '" + ad.name() + "' needs a compile-time constant");
                }
            }
            bound.names.put(param.name(), value);
        }
        Scope saved = ctx.scope;
        ctx.scope = bound;
        try {
            return evaluate.get();
        } finally {
            ctx.scope = saved;
        }
    }

    Type resolveType(Expr e) {
        if (e instanceof Expr.Index ix && ix.target() instanceof Expr.Name an && ctx.scope != null
                        && ctx.scope.lookup(an.name()) instanceof AliasTemplate at) {
            // a parametric type alias declared in this function
            return withAliasArguments(at.syntax(), ix, () -> resolveType(at.syntax().value()));
        }
        if (e instanceof Expr.Call tc && tc.callee() instanceof Expr.Name tn && tn.name().equals("__type_of") && tc.args().size() == 1
                        && !(tc.args().get(0).value() instanceof Expr.Name) && ctx.lookupGlobalOrLocal("__type_of") == null) {
            return calls.expressionQuietly(tc.args().get(0).value(), null).type(); // __type_of(1): the expression's type (it is not evaluated)
        }
        Map<String, Type> params = new HashMap<>();
        Map<String, Object> constants = new HashMap<>();
        for (Scope sc = ctx.scope; sc != null; sc = sc.parent) {
            for (Map.Entry<String, Object> a : sc.names.entrySet()) {
                if (a.getValue() instanceof Type t) {
                    params.putIfAbsent(a.getKey(), t); // a local type alias (`alias F = SIMD[DType.float32, 4]`)
                } else if (a.getValue() instanceof TExpr.Const k && !constants.containsKey(a.getKey())) {
                    constants.put(a.getKey(), k); // `alias width = 4`
                } else if (a.getValue() instanceof Local l) {
                    params.putIfAbsent("__type_of(" + a.getKey() + ")", l.type); // List[__type_of(p)]
                } else if (a.getValue() instanceof TExpr.FunctionRef r) {
                    params.putIfAbsent("__type_of(" + a.getKey() + ")", r.type()); // type_of(test_func) of `comptime test_func = f`
                }
            }
        }
        // (a compile-time expression of a declaration, checked without a function, sees its declaration's parameters)
        Map<String, Object> typeArgs = ctx.function != null ? ctx.function.typeArgs : ctx.constantsTypeArgs;
        for (Map.Entry<String, Object> a : typeArgs.entrySet()) {
            if (a.getValue() instanceof Type t) {
                params.put(a.getKey(), t);
            } else if (a.getValue() instanceof TExpr.Const k) {
                constants.put(a.getKey(), k);
            } else if (a.getValue() instanceof TExpr.FunctionRef r) {
                params.putIfAbsent("__type_of(" + a.getKey() + ")", r.type()); // type_of(f) of a parameter `f: fn() raises`
            }
        }
        StructType self = ctx.function != null ? ctx.function.owner : ctx.constantsSelf instanceof StructType st ? st : null;
        return ctx.module.resolveType(e, params, self, constants);
    }
}

package org.trufflemojo.typed;

import java.util.List;

import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.core.LaneOp;
import org.trufflemojo.core.OptionalOpKind;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.VectorType;

/** Expressions of the typed tree: every one has a static type, every call a resolved target. */
public sealed interface TExpr {
    SourcePos pos();

    Type type();

    /** A constant: Long, Double, Boolean or String (already converted to {@link #type()}). */
    record Const(SourcePos pos, Type type, Object value) implements TExpr {
    }

    record ReadLocal(SourcePos pos, Type type, Local local) implements TExpr {
    }

    record Prim(SourcePos pos, Type type, PrimOp op, List<TExpr> operands) implements TExpr {
    }

    /** {@code and} / {@code or} on Bool, short-circuiting. */
    /** Statements, then a value they computed (a comprehension: its loop, then the collection it filled). */
    record Block(SourcePos pos, Type type, TStmt body, TExpr result) implements TExpr {
    }

    record Logical(SourcePos pos, Type type, boolean isAnd, TExpr left, TExpr right) implements TExpr {
    }

    /**
     * A chain {@code a < b < c}: each operand evaluated at most once, left to right, stopping at
     * the first false comparison. {@code comparisons.get(i)} compares operand i with operand i+1,
     * given as a Prim whose operands are {@link ChainOperand} placeholders.
     */
    record CompareChain(SourcePos pos, Type type, List<TExpr> operands, List<PrimOp> ops) implements TExpr {
    }

    record Conditional(SourcePos pos, Type type, TExpr condition, TExpr then, TExpr otherwise) implements TExpr {
    }

    /**
     * A call of a user function. {@code args} are in parameter order (defaults filled in);
     * {@code writeBack.get(i)} is the place (a local or a field path) that receives the final value
     * of a {@code mut} parameter i, or null.
     */
    record Call(SourcePos pos, Type type, Function target, List<TExpr> args, List<TExpr> writeBack) implements TExpr {
    }

    /** Reads field {@code field} of a struct value (a borrow: no copy). */
    record FieldRead(SourcePos pos, Type type, TExpr object, StructType.Field field) implements TExpr {
    }

    /**
     * A place (a local, or a field path of one) used where an owned value is needed: initializing
     * a variable, a {@code var} argument, a returned value, a stored field. The ownership check
     * decides whether it is copied or moved ({@code explicit} is the transfer sigil {@code ^}:
     * always a move).
     */
    record Own(SourcePos pos, Type type, TExpr place, boolean explicit) implements TExpr {
    }

    /** An explicit copy ({@code x.copy()}) of a borrowed value. */
    record Copy(SourcePos pos, Type type, TExpr source) implements TExpr {
    }

    /**
     * An rvalue that is only borrowed (a receiver, a read argument, a printed value) is kept in a
     * hidden local, so the ownership check destroys it right after its use like any other value.
     */
    record Temp(SourcePos pos, Type type, Local temp, TExpr value) implements TExpr {
    }

    /** A value of a struct with {@code __str__} or {@code write_to}, written as text. */
    record Stringify(SourcePos pos, Type type, TExpr value, Function method) implements TExpr {
    }

    /**
     * The value a pointer points to, {@code p[]} or {@code p[index]}: a place in native memory
     * (readable, assignable, and its fields too). Not tracked by the ownership check: unsafe.
     */
    record Deref(SourcePos pos, Type type, TExpr pointer, TExpr index) implements TExpr {
    }

    /** Operations on {@code UnsafePointer}: allocation, freeing, and initializing, taking or destroying the pointee. */
    record Memory(SourcePos pos, Type type, MemoryOp op, Type element, List<TExpr> operands) implements TExpr {
    }

    enum MemoryOp {
        /** operands: count, alignment (a constant Int); result: the new pointer. */
        ALLOC,
        /** operands: value (owned): moves it into a new OwnedPointer's allocation; result: its address. */
        BOX,
        /** operands: value (owned): moves it into a new ArcPointer's allocation (share count 1); result: its address. */
        SHARED_BOX,
        /** operands: pointer. */
        FREE,
        /** operands: pointer, value: stores the value into uninitialized memory (its ownership moves there). */
        STORE,
        /** operands: pointer, value: {@code p[] = value}: the value there is destroyed, then replaced. */
        ASSIGN,
        /** operands: pointer; result: the pointee, moved out (its bits: no move constructor runs). */
        TAKE,
        /** operands: pointer, value (owned): moves the value into uninitialized memory, running its {@code __moveinit__}. */
        MOVE_IN,
        /** operands: pointer; result: the pointee, moved out by its {@code __moveinit__}. */
        MOVE_OUT,
        /** operands: pointer: runs the pointee's destructor. */
        DESTROY,
        /** operands: pointer, index; result: pointer + index elements. */
        OFFSET,
        /** operands: a list element in native memory; result: its address. */
        ADDRESS
    }

    /**
     * An operation that changes a String or List header ({@code +=}, {@code append}, {@code pop}, ...)
     * applied to one that lives in native memory: the header at {@code place} is read into the view
     * local {@code view} (which {@code op} works on) and written back when {@code op} is done.
     */
    record InPlace(SourcePos pos, Type type, TExpr place, Local view, TExpr op) implements TExpr {
    }

    /** An element of a list, {@code list[index]}: a place (readable, assignable, and its fields too). */
    record ListElement(SourcePos pos, Type type, TExpr list, TExpr index) implements TExpr {
    }

    /** The operations of {@code List[T]}. */
    record ListOp(SourcePos pos, Type type, ListOpKind op, ListType listType, List<TExpr> operands) implements TExpr {
    }

    enum ListOpKind {
        /** operands: the elements (owned). */
        NEW,
        /** operands: length, value (borrowed; copied into every element). */
        FILLED,
        /** operands: list, value (owned). */
        APPEND,
        /** operands: list, index (or none: the last); result: the element, moved out. */
        POP,
        /** operands: list, index, value. */
        INSERT,
        /** operands: list, other (copied element by element). */
        EXTEND,
        /** operands: list. */
        CLEAR, REVERSE, SORT, LEN, STR,
        /** operands: list, value. */
        CONTAINS,
        /** operands: list, value: the first index holding an equal element; raises ValueError if none does. */
        INDEX,
        /** operands: list, index, value: replaces an element (the old one is destroyed). */
        SET,
        /** operands: list, start, end, step (each may be a None constant): a new list of copies. */
        SLICE,
        /** operands: list, other: a new list of copies of both. */
        CONCAT,
        /** operands: list, count: a new list of count copies of the elements, one after the other. */
        REPEAT,
        /** operands: list, other: whether both have equal elements. */
        EQUALS,
        /** operands: list, value: how many elements equal value. */
        COUNT,
        /** operands: list: how many elements fit without growing. */
        CAPACITY,
        /** operands: capacity: a new empty list with room for that many elements. */
        WITH_CAPACITY,
        /** operands: list, capacity: makes room for that many elements. */
        RESERVE,
        /** operands: list, length, value (borrowed): drops the elements past length, or adds copies of value up to it. */
        RESIZE,
        /** operands: length: a new list of that many elements left for the program to initialize (unsafe_uninit_length). */
        UNINIT,
        /** operands: list, length: drops the elements past length, or adds uninitialized ones up to it. */
        UNINIT_RESIZE,
        /** operands: list: the address of its first element. */
        DATA,
        /** operands: list (a List or an InlineArray, borrowed): a Span of all its elements. */
        VIEW,
        /** operands: pointer, length: a Span of the length elements at the pointer. */
        VIEW_OF_MEMORY,
        /** operands: span, start, end, step (each may be a None constant; the step must be 1): a Span of part of it. */
        SUBVIEW
    }

    /** {@code (a, b, ...)}: a new tuple owning its elements. */
    record TupleNew(SourcePos pos, Type type, List<TExpr> elements) implements TExpr {
    }

    /** {@code t[i]} with a constant i: a view of one element. */
    record TupleGet(SourcePos pos, Type type, TExpr tuple, int index) implements TExpr {
    }

    /** A present Optional holding the (owned) value. */
    record OptionalSome(SourcePos pos, Type type, TExpr value) implements TExpr {
    }

    /** An operation of Optional (and {@code p[]} of an OwnedPointer / ArcPointer, which holds its value like a present Optional). */
    record OptionalOp(SourcePos pos, Type type, OptionalOpKind op, List<TExpr> operands) implements TExpr {
    }

    /** An operation of Dict; {@code dictType} is the dict's type (the result's type is {@code type}). */
    record DictOp(SourcePos pos, Type type, DictOpKind op, DictType dictType, List<TExpr> operands) implements TExpr {
    }

    /**
     * The result of a call of a function that returns a reference ({@code -> ref [origin] T}): it
     * names a location in its origin, so it can be read, assigned and have its fields assigned.
     */
    record RefTarget(SourcePos pos, Type type, TExpr call) implements TExpr {
    }

    /** In a function returning a reference: the reference to a place (what {@code return place} hands out). */
    record MakeRef(SourcePos pos, Type type, TExpr place) implements TExpr {
    }

    /** {@code f(...) = value} for a reference result: stores through the reference. */
    record RefStore(SourcePos pos, Type type, TExpr target, TExpr value) implements TExpr {
    }

    /** An operation on SIMD vectors; {@code lane} is the arithmetic of BINARY and REDUCE (null for the others). */
    record VectorOp(SourcePos pos, Type type, VectorOpKind op, VectorType vectorType, LaneOp lane, List<TExpr> operands) implements TExpr {
    }

    enum VectorOpKind {
        /** operands: width values, or one to fill every lane. */
        NEW,
        /** operands: vector, lane index. */
        GET,
        /** operands: vector, lane index, value. */
        SET,
        /** operands: vector, vector: lane by lane. */
        BINARY,
        /** operands: vector: folded over its lanes. */
        REDUCE,
        /** operands: vector, vector: compared lane by lane, giving a bool vector. */
        COMPARE
    }

    /** A function used as a value ({@code f} passed to a {@code fn(Int) -> Int} parameter). */
    record FunctionRef(SourcePos pos, Type type, Function function) implements TExpr {
    }

    /**
     * The address of a variable of the enclosing function {@code owner} that a nested closure uses
     * ({@code local}, kept in native memory for the enclosing call): the closure reads and writes
     * the variable itself, through a {@link Deref} of this address; only {@code mutable} lets it change the variable.
     */
    record CapturedAddress(SourcePos pos, Type type, Function owner, Local local, boolean mutable) implements TExpr {
    }

    /** A call of a function value. */
    record IndirectCall(SourcePos pos, Type type, TExpr callee, List<TExpr> args) implements TExpr {
    }

    /**
     * A call of an intrinsic: a library function implemented by the run time, its operands bound to
     * the declaration's parameters (defaults filled in, conventions applied); {@code raises} is the
     * declaration's.
     */
    record IntrinsicCall(SourcePos pos, Type type, Intrinsic intrinsic, List<TExpr> operands, boolean raises) implements TExpr {
    }


    /** {@code writer.write(a, b, ...)} inside a {@code write_to} method. */
    record WriterWrite(SourcePos pos, Type type, TExpr writer, List<TExpr> values) implements TExpr {
    }

    /** {@code String(a, b, ...)}: the concatenation of each value's string form. */
    record Format(SourcePos pos, Type type, List<TExpr> values) implements TExpr {
    }
}

package org.trufflemojo.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/**
 * The state of checking one function body, shared by its collaborators: the module, the
 * diagnostics, the function, the scopes, and how deep the current statement is in loops and in
 * try blocks that catch. Also the small helpers every collaborator needs (errors, locals, names).
 */
final class FunctionContext {
    final TypeChecker module;
    /** The operations on PythonObject values (wired by the function's checker). */
    PythonOperations python;
    final Diagnostics diagnostics;
    /** The function being checked; null when checking compile-time expressions outside any function. */
    final Function function;
    /**
     * For compile-time expressions outside any function (a default value, a struct's alias): the
     * module whose names they see (null: this one), and what {@code Self} and the type parameters
     * are in the declaration they belong to; a library template's see the library module's names.
     */
    String constantsModule;
    Type constantsSelf;
    Map<String, Object> constantsTypeArgs = Map.of();
    Scope functionScope;
    Scope scope;
    int loopDepth;
    /** Inside a try block that has an except clause, errors are caught here: raising is allowed. */
    int catchingDepth;
    /**
     * For each enclosing block that catches (innermost first): the types of the errors raised in it
     * ({@code Error}, or 1.x typed errors), which decide the type of what its {@code except} binds.
     */
    final Deque<Set<Type>> caughtErrors = new ArrayDeque<>();
    /** The errors being handled by the enclosing {@code except} blocks, innermost first (what a bare {@code raise} raises again). */
    final Deque<HandledError> handledErrors = new ArrayDeque<>();

    /** The error an {@code except} block handles: its variable, made when a bare {@code raise} needs one the block did not name. */
    static final class HandledError {
        final Type type;
        final SourcePos pos;
        Local local;

        HandledError(Type type, SourcePos pos, Local local) {
            this.type = type;
            this.pos = pos;
            this.local = local;
        }

        Local local(FunctionContext ctx) {
            if (local == null) {
                local = new Local("(handled error)", type, pos, null, -1, ctx.function.locals.size(), true);
                ctx.function.locals.add(local);
            }
            return local;
        }
    }
    /** The variables whose address the body takes (see {@link AddressTakenNames}): they live in native memory. */
    Set<String> addressTaken = Set.of();

    FunctionContext(TypeChecker module, Function function) {
        this.module = module;
        this.diagnostics = module.diagnostics;
        this.function = function;
    }

    Object lookup(Expr.Name n) {
        Object found = lookupGlobalOrLocal(n.name());
        if (found == null) {
            throw error(n.pos(), "use of unknown declaration '" + n.name() + "'");
        }
        return found;
    }

    Object lookupGlobalOrLocal(String name) {
        if (name.equals("Self") && function != null && function.owner != null) {
            return function.owner;
        }
        if (function != null && function.typeArgs.containsKey(name)) {
            Object value = function.typeArgs.get(name);
            if (!(value instanceof CapturedVariable)) {
                return value;
            }
            Object own = scope == null ? null : scope.lookup(name);
            return own != null ? own : value; // (a closure's own variable hides the enclosing one)
        }
        if (function == null) {
            if (name.equals("Self") && constantsSelf != null) {
                return constantsSelf;
            }
            if (constantsTypeArgs.containsKey(name)) {
                return constantsTypeArgs.get(name);
            }
        }
        Object found = scope == null ? null : scope.lookup(name);
        if (found != null) {
            return found;
        }
        return function == null ? module.namespaceOf(constantsModule).get(name) : module.namespaceOf(function).get(name);
    }

    CompileError error(SourcePos pos, String message) {
        diagnostics.error(pos, message);
        return new CompileError();
    }

    void declareName(SourcePos pos, String name, Object value) {
        if (scope.names.containsKey(name)) {
            throw error(pos, "invalid redefinition of '" + name + "'");
        }
        scope.names.put(name, value);
    }

    /**
     * Whether the code being checked is the program's own and written in Mojo 1.x, where the
     * meaning of some forms changed (the library keeps its 25.x meaning whatever the program's dialect).
     */
    boolean inMojo1Program() {
        return module.dialect() == Dialect.MOJO_1 && function != null && function.module == null;
    }

    Local newLocal(String name, Type type, SourcePos pos) {
        return newLocal(name, type, pos, true);
    }

    Local newLocal(String name, Type type, SourcePos pos, boolean mutable) {
        Local l = newFrameLocal(name, type, pos, mutable);
        if (addressTaken.contains(name)) {
            giveAddress(l);
        }
        return l;
    }

    /** A local that stays in its frame slot even if its address is taken (taking it is then an error). */
    Local newFrameLocal(String name, Type type, SourcePos pos) {
        return newFrameLocal(name, type, pos, true);
    }

    private Local newFrameLocal(String name, Type type, SourcePos pos, boolean mutable) {
        Local l = new Local(name, type, pos, null, -1, function.locals.size(), mutable);
        function.locals.add(l);
        return l;
    }

    /**
     * Moves a variable to native memory for the whole call (the hidden local holds its address), so
     * that {@code UnsafePointer(to=l)} can point to it. Types without a native layout stay in the frame.
     */
    void giveAddress(Local l) {
        if (l.addressSlot == null && NativeLayout.isStorable(l.type)) {
            l.addressSlot = newFrameLocal("(address of " + l.name + ")", PointerType.of(l.type), l.declaredAt);
        }
    }

    void checkMayRaise(SourcePos pos, String what) {
        checkMayRaise(pos, what, null);
    }

    /**
     * Checks that an error of errorType (null: {@code Error}) may be raised here: a block that
     * catches takes it, else the function must raise it (a function raising {@code Error} takes
     * any error; one with a typed {@code raises E}, only an E).
     */
    void checkMayRaise(SourcePos pos, String what, Type errorType) {
        Type raised = errorType == null ? Types.ERROR_VALUE : errorType;
        if (catchingDepth > 0) {
            if (!caughtErrors.isEmpty()) {
                caughtErrors.peek().add(raised);
            }
            return;
        }
        if (function == null) {
            return;
        }
        if (!function.raises) {
            throw error(pos, what + " may raise, but '" + function.name + "' is not declared 'raises' and does not catch it");
        }
        if (function.errorType != null && raised != function.errorType) {
            throw error(pos, what + " may raise '" + raised.name() + "', but '" + function.name + "' raises only '" + function.errorType.name() + "'");
        }
    }
}

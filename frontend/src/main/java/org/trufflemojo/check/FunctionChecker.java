package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/**
 * Type-checks one function body into the typed tree. The composition root of the function
 * checker: it makes the {@link FunctionContext} and the collaborators that share it
 * ({@link Statements}, {@link Assignments}, {@link Expressions}, {@link Operators}, {@link Calls},
 * {@link BuiltinCalls}, {@link CollectionMethods}, {@link Conversions}, {@link Conventions}) and
 * connects them.
 */
final class FunctionChecker {
    private final FunctionContext ctx;
    private final Statements statements;
    private final Expressions expressions;
    private final Conversions conversions;

    FunctionChecker(TypeChecker module, Function function) {
        ctx = new FunctionContext(module, function);
        statements = new Statements(ctx);
        Assignments assignments = new Assignments(ctx);
        expressions = new Expressions(ctx);
        Operators operators = new Operators(ctx);
        Calls calls = new Calls(ctx);
        BuiltinCalls builtins = new BuiltinCalls(ctx);
        CollectionMethods collections = new CollectionMethods(ctx);
        conversions = new Conversions(ctx);
        Conventions conventions = new Conventions(ctx);
        statements.wire(assignments, expressions, operators, calls, builtins, conversions, conventions);
        assignments.wire(expressions, operators, calls, collections, conversions, conventions);
        Comprehensions comprehensions = new Comprehensions(ctx);
        expressions.wire(operators, calls, builtins, collections, conversions, conventions, comprehensions);
        comprehensions.wire(statements, collections, conventions);
        operators.wire(expressions, calls, collections, conversions, conventions);
        calls.wire(expressions, collections, conversions, conventions);
        builtins.wire(expressions, operators, calls, collections, conversions, conventions);
        collections.wire(statements, expressions, operators, calls, builtins, conversions, conventions);
        conversions.wire(calls, conventions, operators);
        conventions.wire(conversions);
        ctx.python = new PythonOperations(ctx);
        ctx.python.wire(expressions, calls, conventions);
    }

    /** A checker for compile-time expressions outside any function (aliases, default values). */
    static FunctionChecker forConstants(TypeChecker module) {
        FunctionChecker c = new FunctionChecker(module, null);
        c.ctx.functionScope = new Scope(null);
        c.ctx.scope = c.ctx.functionScope;
        return c;
    }

    /**
     * A checker for compile-time expressions that belong to a declaration (a parameter's default
     * value, a struct's alias): they see its module's names, its {@code Self} (a struct, or null)
     * and its type parameters, wherever the declaration is used.
     */
    static FunctionChecker forConstants(TypeChecker module, String declaringModule, Type self, Map<String, Object> typeArgs) {
        FunctionChecker c = forConstants(module);
        c.ctx.constantsModule = declaringModule;
        c.ctx.constantsSelf = self;
        c.ctx.constantsTypeArgs = typeArgs;
        return c;
    }

    /** Checks a compile-time expression (see {@link #forConstants}). */
    TExpr expression(Expr e, Type expected) {
        return expressions.expression(e, expected);
    }

    /** The type an alias's value names, or null (see {@link Expressions#aliasedType}). */
    Type aliasedType(Expr value) {
        return expressions.aliasedType(value);
    }

    /** Converts a compile-time value to its declared type (see {@link #forConstants}). */
    TExpr coerce(TExpr v, Type target, SourcePos pos) {
        return conversions.coerce(v, target, pos);
    }

    void checkBody() {
        Function function = ctx.function;
        ctx.functionScope = new Scope(null);
        ctx.scope = ctx.functionScope;
        ctx.addressTaken = AddressTakenNames.of(function.syntax.body());
        for (Local p : function.params) {
            ctx.functionScope.names.put(p.name, p);
            if (ctx.addressTaken.contains(p.name)) {
                ctx.giveAddress(p);
            }
        }
        if (function.outParam != null) {
            ctx.functionScope.names.put(function.outParam.name, function.outParam);
        }
        List<TStmt> body = new ArrayList<>();
        int errorsBefore = ctx.diagnostics.errorCount();
        statements.statements(function.syntax.body(), body);
        function.body = new TStmt.Block(function.syntax.pos(), body);
        boolean bodyHadErrors = ctx.diagnostics.errorCount() > errorsBefore; // a dropped statement may have been the return
        if (!bodyHadErrors && function.resultType != Types.NONE && function.resultType != Types.ERROR && function.resultType != Types.NEVER
                        && function.outParam == null
                        && Completion.canCompleteNormally(function.body)) {
            ctx.diagnostics.error(function.syntax.namePos(), "missing return statement at the end of function '" + function.name
                            + "' with result type '" + function.resultType.name() + "'");
        }
        if (!bodyHadErrors && function.resultType == Types.NEVER && Completion.canCompleteNormally(function.body)) {
            // a caller goes on as if the call could not come back: one that does would hand it no value
            ctx.diagnostics.error(function.syntax.namePos(), "function '" + function.name
                            + "' with result type 'Never' can reach the end of its body: it must raise, abort or loop forever");
        }
    }
}

package org.trufflemojo.typed;

import java.util.List;

import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.source.SourcePos;

/** Statements of the typed tree. */
public sealed interface TStmt {
    SourcePos pos();

    record Block(SourcePos pos, List<TStmt> statements) implements TStmt {
    }

    /** Initializes or assigns a local. */
    record WriteLocal(SourcePos pos, Local local, TExpr value, boolean isInit) implements TStmt {
    }

    /** Assigns a field of a struct place; the old field value is destroyed first if still alive. */
    record WriteField(SourcePos pos, TExpr object, StructType.Field field, TExpr value) implements TStmt {
    }

    record Eval(SourcePos pos, TExpr expr) implements TStmt {
    }

    record If(SourcePos pos, TExpr condition, TStmt then, TStmt otherwise) implements TStmt {
    }

    /** A {@code while} loop; {@code otherwise} runs when the loop ends without {@code break}. */
    record While(SourcePos pos, TExpr condition, TStmt body, TStmt otherwise) implements TStmt {
    }

    /** {@code for v in range(start, end, step)}. The end and step are evaluated once, before the loop. */
    record ForRange(SourcePos pos, Local variable, TExpr start, TExpr end, TExpr step, Local endTemp, Local stepTemp,
                    Local counter, boolean backward, TStmt body, TStmt otherwise) implements TStmt {
    }

    /**
     * {@code for [ref] v in list} (or {@code in reversed(list)}, backward): {@code list} is evaluated
     * once (a place, or a temporary); each iteration binds v to a view of the element (or, with
     * {@code ref}, v names the element itself).
     */
    record ForList(SourcePos pos, Local variable, boolean byRef, TExpr list, Local index, boolean backward, TStmt body, TStmt otherwise)
                    implements TStmt {
    }

    /**
     * {@code raise value}: an Error, or (1.x) a value of a typed error with {@code message}, its text
     * (what it is as an Error: where it is caught as one), evaluated before the value is taken.
     */
    record Raise(SourcePos pos, TExpr value, TExpr message) implements TStmt {
    }

    /**
     * {@code try: body except e: handler else: otherwise finally: cleanup}. {@code error} is the
     * local bound by the handler (may be null), {@code handler} null when there is no except.
     */
    record Try(SourcePos pos, TStmt body, Local error, TStmt handler, TStmt otherwise, TStmt cleanup) implements TStmt {
    }

    record Break(SourcePos pos) implements TStmt {
    }

    record Continue(SourcePos pos) implements TStmt {
    }

    record Return(SourcePos pos, TExpr value) implements TStmt {
    }

    /** {@code print(values..., sep=..., end=...)}. */
    record Print(SourcePos pos, List<TExpr> values, TExpr sep, TExpr end) implements TStmt {
    }
}

package org.trufflemojo.typed;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.check.Type;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt;

/** A function after type checking: signature, locals, and typed body. */
public final class Function {
    public final String name;
    public final SourcePos pos;
    public final Stmt.FunctionDef syntax;
    public final List<Local> params = new ArrayList<>();
    /** Parameter default values, as syntax; checked at each call site in the caller's context. */
    public final List<Type> paramTypes = new ArrayList<>();
    public Type resultType;
    public boolean raises;
    public final List<Local> locals = new ArrayList<>();
    public TStmt body;
    /** Filled by the node builder: the Truffle call target, as an opaque object to keep this package Truffle-free. */
    public Object callTarget;

    public Function(String name, SourcePos pos, Stmt.FunctionDef syntax) {
        this.name = name;
        this.pos = pos;
        this.syntax = syntax;
    }

    public int frameSize() {
        return locals.size();
    }

    @Override
    public String toString() {
        return name;
    }
}

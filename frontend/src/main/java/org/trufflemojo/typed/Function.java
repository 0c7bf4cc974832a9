package org.trufflemojo.typed;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A function or method after type checking: signature, locals, and typed body. */
public final class Function {
    public final String name;
    public final SourcePos pos;
    /** The declaration, or null for a method the compiler synthesized (e.g. a fieldwise {@code __init__}). */
    public final Stmt.FunctionDef syntax;
    /**
     * An instance of a generic function made only to try it as an overload: its body is checked,
     * and it joins the program, once a call binds it (a candidate that loses is never checked).
     */
    public boolean tentative;
    /** The struct this is a method of, or null. */
    public final StructType owner;
    public boolean isStatic;
    /** The parameters a caller passes, in order (an {@code out} parameter is not among them). */
    public final List<Local> params = new ArrayList<>();
    /** The declaration of each entry of {@link #params} (names, defaults, keyword rules). */
    public final List<Stmt.Param> paramSyntax = new ArrayList<>();
    /** The {@code out} parameter ({@code out self} of a constructor), whose final value is the result; or null. */
    public Local outParam;
    public Type resultType;
    public boolean raises;
    /**
     * The body asks where it was called from ({@code __call_location()}): the function has a hidden
     * last parameter which every call fills with the call's source location.
     */
    public boolean takesCallLocation;
    /** What a 1.x {@code raises E} function raises: its error type, or null for {@code Error} (a bare {@code raises}). */
    public Type errorType;
    public final List<Local> locals = new ArrayList<>();
    public TStmt body;
    /** A generic function (with compile-time parameters) is a template: only its instances are checked and run. */
    public boolean isTemplate;
    /** A constructor the compiler synthesized as {@code @implicit} ({@code @fieldwise_init("implicit")}); a declared one says so in its syntax. */
    public boolean synthesizedImplicit;
    public boolean signatureResolved;
    /** {@code -> ref [origin] T}: the result is a reference into an argument, not an owned value. */
    public boolean returnsRef;
    /** The instances of a template, by their compile-time arguments in parameter order. */
    public final Map<List<Object>, Function> instances = new HashMap<>();
    /** For an instance: the compile-time arguments by parameter name (a Type, or a constant TExpr). */
    public Map<String, Object> typeArgs = Map.of();
    /**
     * For an instance of generic code: where a call first needed it, and the function that call is
     * in (a constraint the instance fails is reported where the program asked for it).
     */
    public SourcePos instantiatedAt;
    public Function instantiatedIn;
    /** The standard-library module this is declared in ({@code "math"}), or null for the program's own code. */
    public String module;
    /** For a library declaration bound with {@code @intrinsic("...")}: the operation a call of it runs; else null. */
    public Intrinsic intrinsic;
    /** For a library declaration bound with {@code @primitive("INT_ADD")}: the primitive operation a call of it is; else null. */
    public PrimOp primitive;
    /**
     * A library method of a built-in type (String, ...): declared as a function whose first parameter
     * is {@code self}, called on a value of that type.
     */
    public boolean extendsBuiltin;
    /**
     * The arguments typed with a parametric type whose parameters are left unbound ({@code b: Box},
     * {@code p: Pair[Int, *_]}): Mojo's automatic parameterization makes the function generic over them.
     */
    public Set<String> autoParameterized = Set.of();
    /** Declared at the top level of the program's module: a member of the module other languages see. */
    public boolean topLevel;
    /**
     * The variables of this function that closures nested in it capture, in the order they were
     * first captured: each lives in native memory for the call, where the closures reach it.
     */
    public final List<Local> captured = new ArrayList<>();
    /**
     * The {@code ref} bindings to a list element ({@code ref e = xs[0]}): the hidden local holding
     * the element's index, by which each use of the reference names it, and the variable the list
     * is in. Growing or shrinking that list invalidates the reference.
     */
    public final Map<Local, Local> interiorReferences = new HashMap<>();

    public Function(String name, SourcePos pos, Stmt.FunctionDef syntax, StructType owner) {
        this.name = name;
        this.pos = pos;
        this.syntax = syntax;
        this.owner = owner;
    }

    /** A declaration whose calls the compiler implements (an intrinsic or a primitive): it has no body to run. */
    public boolean isBuiltIn() {
        return intrinsic != null || primitive != null;
    }

    /** The name used in messages: {@code Type.method} for methods. */
    public String displayName() {
        return owner == null ? name : owner.name() + "." + name;
    }

    /** The type of this function as a value: its parameters (a variadic one as its list), result and raising. */
    public org.trufflemojo.typed.types.FunctionType valueType() {
        int variadic = -1;
        for (int i = 0; i < paramSyntax.size(); i++) {
            if (paramSyntax.get(i).kind() == Stmt.ParamKind.VARIADIC) {
                variadic = i;
            }
        }
        return org.trufflemojo.typed.types.FunctionType.of(paramTypes(), resultType, raises, variadic);
    }

    public List<Type> paramTypes() {
        List<Type> result = new ArrayList<>();
        for (Local p : params) {
            result.add(p.type);
        }
        return result;
    }

    public boolean isLifecycleMethod(String lifecycleName) {
        return owner != null && name.equals(lifecycleName);
    }

    @Override
    public String toString() {
        return displayName();
    }
}

package org.trufflemojo.typed.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.core.Repr;

/** A user-defined struct: its fields, methods and lifecycle (copy, move, destroy). */
public final class StructType extends Type {
    /** A field; {@code index} is its position in declaration order. */
    public record Field(String name, Type type, int index, SourcePos pos) {
    }

    private final String name;
    public final Stmt.StructDef syntax;
    /** The standard-library module this struct is declared in, or null for the program's own code. */
    public String module;
    /** For an instance of a parametric struct: its compile-time arguments by parameter name (a Type or a constant). */
    public Map<String, Object> typeArgs = Map.of();
    public final Map<String, Field> fields = new LinkedHashMap<>();
    public final Map<String, List<Function>> methods = new LinkedHashMap<>();
    /** {@code alias NAME = value} members: compile-time constants ({@code Self.NAME}, {@code Type.NAME}). */
    public final Map<String, Object> aliases = new LinkedHashMap<>();
    public final Set<String> traits = new HashSet<>();
    public boolean registerPassable;
    /**
     * {@code @explicit_destroy}: a linear type, never destroyed implicitly; every value must be
     * consumed by one of its named destructors ({@code fn close(deinit self)}).
     */
    public boolean explicitDestroy;
    /** The message of {@code @explicit_destroy("...")}, said when a value is abandoned; or null. */
    public String explicitDestroyMessage;
    public boolean trivialRegisterPassable;
    /** User-written lifecycle methods, or null. */
    public Function userDel;
    public Function userCopyInit;
    public Function userMoveInit;
    /** A struct of a 1.x program: Movable without declaring it. */
    public boolean movableByDefault;
    /** The {@code __eq__(self, other: Self) -> Bool} that lists of this type compare elements with, once a list operation needed it. */
    public Function equality;
    /** The {@code __hash__(self) -> UInt} that Dicts keyed by this type hash with, once a dict of them was made. */
    public Function hashing;
    /** Copy / move constructors synthesized field by field (from {@code @value} or the Copyable / Movable traits). */
    public boolean synthesizedCopy;
    public boolean synthesizedMove;

    public StructType(String name, Stmt.StructDef syntax) {
        this.name = name;
        this.syntax = syntax;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }

    public List<Field> fieldList() {
        return new ArrayList<>(fields.values());
    }

    @Override
    public boolean isTrivial() {
        return trivialRegisterPassable;
    }

    @Override
    public boolean isCopyable() {
        return trivialRegisterPassable || userCopyInit != null || synthesizedCopy;
    }

    /**
     * A type that can be copied but not moved (a user {@code __copyinit__}, no {@code __moveinit__},
     * not declared Movable): a variable's last use hands over a copy, as the value cannot move.
     */
    public boolean transfersByCopy() {
        return userCopyInit != null && userMoveInit == null && !traits.contains("Movable") && !registerPassable;
    }

    @Override
    public boolean isMovable() {
        return movableByDefault || trivialRegisterPassable || userMoveInit != null || synthesizedMove || isCopyable();
    }

    @Override
    public boolean needsDestroy() {
        if (trivialRegisterPassable) {
            return false;
        }
        if (userDel != null || explicitDestroy) {
            return true;
        }
        for (Field f : fields.values()) {
            if (f.type() != this && f.type().needsDestroy()) {
                return true;
            }
        }
        return false;
    }

    public List<Function> methods(String methodName) {
        return methods.getOrDefault(methodName, List.of());
    }
}

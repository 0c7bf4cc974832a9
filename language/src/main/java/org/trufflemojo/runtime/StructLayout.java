package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.staticobject.DefaultStaticProperty;
import com.oracle.truffle.api.staticobject.StaticProperty;
import com.oracle.truffle.api.staticobject.StaticShape;

import org.trufflemojo.core.DType;
import org.trufflemojo.core.Repr;

/** The run-time layout of one struct type: a static shape with one typed property per field. */
public final class StructLayout {
    public final String name;
    private final StaticShape<StructObject.Factory> shape;
    @CompilationFinal(dimensions = 1) private final StaticProperty[] properties;
    @CompilationFinal(dimensions = 1) private final String[] fieldNames;
    @CompilationFinal(dimensions = 1) private final Repr[] fieldReprs;
    /** The number type of each field ({@code int8}, {@code float32}, ...), null for other fields. */
    @CompilationFinal(dimensions = 1) private final DType[] fieldDTypes;

    /** The layout of struct {@code name} whose fields, in declaration order, have these names, representations and number types. */
    public StructLayout(TruffleLanguage<?> language, String name, String[] fieldNames, Repr[] fieldReprs, DType[] fieldDTypes) {
        this.fieldDTypes = fieldDTypes.clone();
        this.name = name;
        this.fieldNames = fieldNames.clone();
        this.fieldReprs = fieldReprs.clone();
        StaticShape.Builder builder = StaticShape.newBuilder(language);
        properties = new StaticProperty[fieldNames.length];
        for (int i = 0; i < properties.length; i++) {
            properties[i] = new DefaultStaticProperty(fieldNames[i]);
            builder.property(properties[i], javaType(fieldReprs[i]), false);
        }
        shape = builder.build(StructObject.class, StructObject.Factory.class);
    }

    private static Class<?> javaType(Repr repr) {
        return switch (repr) {
            case LONG -> long.class;
            case DOUBLE -> double.class;
            case BOOLEAN -> boolean.class;
            default -> Object.class;
        };
    }

    public StructObject newInstance() {
        return shape.getFactory().create(this);
    }

    public StaticProperty property(int fieldIndex) {
        return properties[fieldIndex];
    }

    public int fieldCount() {
        return fieldNames.length;
    }

    public String fieldName(int fieldIndex) {
        return fieldNames[fieldIndex];
    }

    /** The index of the field named {@code field}, or -1. */
    public int fieldIndex(String field) {
        for (int i = 0; i < fieldNames.length; i++) {
            if (fieldNames[i].equals(field)) {
                return i;
            }
        }
        return -1;
    }

    /** A field's value, boxed (for tools and other languages; compiled code reads the typed property). */
    public Object read(StructObject object, int fieldIndex) {
        StaticProperty p = properties[fieldIndex];
        return switch (fieldReprs[fieldIndex]) {
            case LONG -> p.getLong(object);
            case DOUBLE -> p.getDouble(object);
            case BOOLEAN -> p.getBoolean(object);
            default -> p.getObject(object);
        };
    }

    /** The struct's methods as other languages call them (executables whose first argument is self), by name. */
    private Map<String, Object> methods = Map.of();

    /** Sets the executables of the struct's methods (made once the methods' call targets exist). */
    public void setMethods(Map<String, Object> methods) {
        this.methods = Map.copyOf(methods);
    }

    /** The executable of a method (taking self first), or null. */
    public Object method(String name) {
        return methods.get(name);
    }

    public Set<String> methodNames() {
        return methods.keySet();
    }

    /** A number or Bool field's type, which values written from other languages must fit; null for other fields. */
    public DType fieldDType(int fieldIndex) {
        return fieldReprs[fieldIndex] == Repr.OBJECT ? null : fieldDTypes[fieldIndex];
    }

    /** Writes a field from a boxed value of its representation (for other languages; compiled code writes the typed property). */
    public void write(StructObject object, int fieldIndex, Object value) {
        StaticProperty p = properties[fieldIndex];
        switch (fieldReprs[fieldIndex]) {
            case LONG -> p.setLong(object, (Long) value);
            case DOUBLE -> p.setDouble(object, (Double) value);
            case BOOLEAN -> p.setBoolean(object, (Boolean) value);
            default -> p.setObject(object, value);
        }
    }

    /** Copies every field of {@code from} into {@code to} (the fields are the layout's own: a shallow copy). */
    public void copyFields(StructObject from, StructObject to) {
        for (int i = 0; i < properties.length; i++) {
            write(to, i, read(from, i));
        }
    }
}

package org.trufflemojo.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.staticobject.DefaultStaticProperty;
import com.oracle.truffle.api.staticobject.StaticProperty;
import com.oracle.truffle.api.staticobject.StaticShape;

import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;

/** The run-time layout of one struct type: a static shape with one typed property per field. */
public final class StructLayout {
    public final String name;
    public final StructType type;
    private final StaticShape<StructObject.Factory> shape;
    private final StaticProperty[] properties;

    public StructLayout(TruffleLanguage<?> language, StructType type) {
        this.name = type.name();
        this.type = type;
        StaticShape.Builder builder = StaticShape.newBuilder(language);
        var fields = type.fieldList();
        properties = new StaticProperty[fields.size()];
        for (int i = 0; i < properties.length; i++) {
            properties[i] = new DefaultStaticProperty(fields.get(i).name());
            builder.property(properties[i], javaType(fields.get(i).type()), false);
        }
        shape = builder.build(StructObject.class, StructObject.Factory.class);
    }

    private static Class<?> javaType(Type t) {
        return switch (t.repr()) {
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
}

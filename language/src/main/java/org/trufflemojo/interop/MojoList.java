package org.trufflemojo.interop;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.runtime.BoundMethod;
import org.trufflemojo.runtime.MemberNames;

/**
 * A {@code List[T]} that crossed the border: an array whose elements other languages read, write
 * and {@code append} to. It is the list's own value (Mojo lists are values, and the one a function
 * returned belongs to its caller), held on the Java heap; passing it to a Mojo function makes a new
 * Mojo list of its elements. Writes convert to T or fail as Mojo's type checker would.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoList extends MojoValue {
    private static final String APPEND = "append";
    final List<Object> elements;

    MojoList(ContainerBorders.ListBorder border, List<Object> elements) {
        super(border);
        this.elements = elements;
    }

    private Border element() {
        return ((ContainerBorders.ListBorder) border).element;
    }

    @Override
    @TruffleBoundary
    String text() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(Border.elementText(elements.get(i)));
        }
        return sb.append(']').toString();
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    long getArraySize() {
        return elements.size();
    }

    @ExportMessage(name = "isArrayElementReadable")
    @ExportMessage(name = "isArrayElementModifiable")
    @ExportMessage(name = "isArrayElementRemovable")
    @TruffleBoundary
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < elements.size();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isArrayElementInsertable(long index) {
        return index == elements.size();
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return elements.get((int) index);
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException, UnsupportedTypeException {
        if (index < 0 || index > elements.size()) {
            throw InvalidArrayIndexException.create(index);
        }
        Object converted = converted(value);
        if (index == elements.size()) {
            elements.add(converted);
        } else {
            elements.set((int) index, converted);
        }
    }

    /** Removes an element, as {@code List.pop(i)} does (JavaScript's {@code pop}, Python's {@code del l[i]}). */
    @ExportMessage
    @TruffleBoundary
    void removeArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        elements.remove((int) index);
    }

    private Object converted(Object value) throws UnsupportedTypeException {
        try {
            return element().normalize(value);
        } catch (Border.Mismatch e) {
            throw UnsupportedTypeException.create(new Object[]{value}, "expected " + element().typeName() + ", got " + e.got);
        }
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new MemberNames(new String[]{APPEND});
    }

    @ExportMessage(name = "isMemberReadable")
    @ExportMessage(name = "isMemberInvocable")
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return APPEND.equals(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (!APPEND.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return new BoundMethod(this, member);
    }

    /** {@code list.append(x)}: x converted to the element type. */
    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
        if (!APPEND.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        if (arguments.length != 1) {
            throw ArityException.create(1, 1, arguments.length);
        }
        elements.add(converted(arguments[0]));
        return MojoNone.INSTANCE;
    }

    /** A copy of the elements (for building a new list from this one). */
    @TruffleBoundary
    List<Object> snapshot() {
        return new ArrayList<>(elements);
    }
}

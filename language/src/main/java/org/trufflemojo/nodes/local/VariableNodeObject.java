package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The node object of a tagged variable read or write: one readable member, the tag's name key
 * ({@code StandardTags.ReadVariableTag.NAME} or {@code WriteVariableTag.NAME}), whose value is the
 * variable's Mojo name, as the variable tags ask instruments to find it.
 */
@ExportLibrary(InteropLibrary.class)
final class VariableNodeObject implements TruffleObject {
    private final String key;
    private final String name;

    VariableNodeObject(String key, String name) {
        this.key = key;
        this.name = name;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new KeyArray(key);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return key.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!key.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return name;
    }

    /** The one member name, as an interop array. */
    @ExportLibrary(InteropLibrary.class)
    static final class KeyArray implements TruffleObject {
        private final String key;

        KeyArray(String key) {
            this.key = key;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return 1;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index == 0;
        }

        @ExportMessage
        Object readArrayElement(long index) throws com.oracle.truffle.api.interop.InvalidArrayIndexException {
            if (index != 0) {
                throw com.oracle.truffle.api.interop.InvalidArrayIndexException.create(index);
            }
            return key;
        }
    }
}

package org.trufflemojo.check;

import java.util.List;

import org.trufflemojo.typed.types.Type;

/**
 * A compile-time tuple of DTypes ({@code alias dtypes = (DType.int8, DType.float32)}): each DType
 * kept as its lane type, so that {@code dtypes[i]} with a constant i names a DType again.
 */
record DTypeTuple(List<Type> lanes) {
}

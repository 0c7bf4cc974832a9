# utils.index: IndexList[size, element_type=DType.int64], a fixed number of integer coordinates
# of one DType, and Index(...), which makes one from its arguments.


struct IndexList[size: Int, *, element_type: DType = DType.int64](
    Copyable, EqualityComparable, Movable, Stringable, Writable
):
    var data: InlineArray[Scalar[element_type], size]

    fn __init__(out self):
        """All coordinates zero."""
        self.data = InlineArray[Scalar[element_type], size](fill=0)

    fn __init__(out self, *elems: Int, __list_literal__: () = ()):
        """The coordinates elems, in order (as many as size)."""
        self.data = InlineArray[Scalar[element_type], size](fill=0)
        for i in range(len(elems)):
            self.data[i] = elems[i]

    fn __len__(self) -> Int:
        return size

    fn __getitem__(self, idx: Int) -> Int:
        return Int(self.data[idx])

    fn __setitem__(mut self, idx: Int, val: Int):
        self.data[idx] = val

    fn __eq__(self, other: Self) -> Bool:
        for i in range(size):
            if self.data[i] != other.data[i]:
                return False
        return True

    fn __ne__(self, other: Self) -> Bool:
        return not self == other

    fn cast[dtype: DType](self) -> IndexList[size, element_type=dtype]:
        """The same coordinates as dtype values."""
        var r = IndexList[size, element_type=dtype]()
        for i in range(size):
            r.data[i] = Scalar[dtype](self.data[i])
        return r

    fn write_to[W: Writer](self, mut writer: W):
        """Written as a tuple: (1, 2, 3); one coordinate as (1,)."""
        writer.write("(")
        for i in range(size):
            if i > 0:
                writer.write(", ")
            writer.write(self.data[i])
        if size == 1:
            writer.write(",")
        writer.write(")")

    fn __str__(self) -> String:
        return String.write(self)


fn Index[*, dtype: DType = DType.int64](x: Int) -> IndexList[1, element_type=dtype]:
    return IndexList[1, element_type=dtype](x)


fn Index[*, dtype: DType = DType.int64](x: Int, y: Int) -> IndexList[2, element_type=dtype]:
    return IndexList[2, element_type=dtype](x, y)


fn Index[*, dtype: DType = DType.int64](x: Int, y: Int, z: Int) -> IndexList[3, element_type=dtype]:
    return IndexList[3, element_type=dtype](x, y, z)


fn Index[*, dtype: DType = DType.int64](x: Int, y: Int, z: Int, w: Int) -> IndexList[4, element_type=dtype]:
    return IndexList[4, element_type=dtype](x, y, z, w)


fn Index[*, dtype: DType = DType.int64](x: Int, y: Int, z: Int, w: Int, v: Int) -> IndexList[5, element_type=dtype]:
    return IndexList[5, element_type=dtype](x, y, z, w, v)

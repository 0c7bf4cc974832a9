# builtin.sort: sorting a List in place, by its elements' own order or by a comparison function
# given as a compile-time parameter (`sort[less_than](list)`). With a comparison function the sort
# is a merge sort, so it is always stable (`stable=True` asks for what it does anyway).

from sys.intrinsics import _type_is_eq


struct _SortWrapper[T: Copyable & Movable](Copyable, Movable):
    """An element as the comparison functions of the internal sorts see it."""

    var data: T

    @implicit
    fn __init__(out self, data: T):
        self.data = data


fn sort[T: Copyable & Movable, //, *, stable: Bool = False](mut list: List[T]):
    """Sorts the list by its elements' order (`<`)."""

    @parameter
    if _type_is_eq[T, Int]() or _type_is_eq[T, Float64]() or _type_is_eq[T, String]() or _type_is_eq[T, UInt]() or _type_is_eq[T, Bool]():
        list.sort()  # (the built-in sort of the types it knows)
    else:

        @parameter
        fn less(lhs: T, rhs: T) -> Bool:
            return lhs < rhs

        sort[less](list)


fn sort[T: Copyable & Movable, //, cmp_fn: fn (T, T) capturing [_] -> Bool, *, stable: Bool = False](mut list: List[T]):
    """Sorts the list so that no element is cmp_fn-less than the one before it."""
    var n = len(list)
    if n < 2:
        return
    var merged = list.copy()
    var width = 1
    while width < n:
        var lo = 0
        while lo < n:
            var mid = min(lo + width, n)
            var hi = min(lo + 2 * width, n)
            var a = lo
            var b = mid
            var k = lo
            while a < mid and b < hi:
                # (take from the right run only when strictly less: equal elements keep their order)
                if cmp_fn(list[b], list[a]):
                    merged[k] = list[b]
                    b += 1
                else:
                    merged[k] = list[a]
                    a += 1
                k += 1
            while a < mid:
                merged[k] = list[a]
                a += 1
                k += 1
            while b < hi:
                merged[k] = list[b]
                b += 1
                k += 1
            lo += 2 * width
        for i in range(n):
            list[i] = merged[i]
        width *= 2


fn _quicksort[T: Copyable & Movable, //, cmp_fn: fn (_SortWrapper[T], _SortWrapper[T]) capturing [_] -> Bool](mut list: List[T]):
    """Sorts the list by a comparison of wrapped elements."""

    @parameter
    fn less(lhs: T, rhs: T) -> Bool:
        return cmp_fn(_SortWrapper[T](lhs), _SortWrapper[T](rhs))

    sort[less](list)


fn _small_sort[size: Int, T: Copyable & Movable, cmp_fn: fn (_SortWrapper[T], _SortWrapper[T]) capturing [_] -> Bool](array: UnsafePointer[T]):
    """Sorts the size elements at array by insertion."""
    for i in range(1, size):
        var j = i
        while j > 0 and cmp_fn(_SortWrapper[T](array[j]), _SortWrapper[T](array[j - 1])):
            var moved = array[j]
            array[j] = array[j - 1]
            array[j - 1] = moved^
            j -= 1


fn partition[T: Copyable & Movable, //, cmp_fn: fn (T, T) capturing [_] -> Bool](mut list: List[T], k: Int):
    """Reorders the list so that its first k elements are the k first in cmp_fn order (a full
    stable sort does it; the order inside each part is not specified by Mojo)."""
    sort[cmp_fn](list)

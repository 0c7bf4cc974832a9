# collections.LinkedList: a doubly-linked list whose nodes live in native memory.
#
# Each node is allocated on its own and holds one element and the addresses of its neighbours; a
# null address ends the chain. The list owns its nodes: it frees them (destroying their elements)
# when it is destroyed or cleared.


struct _Node[ElementType: Copyable & Movable](Copyable, Movable):
    """One link of the chain: an element and the addresses of the nodes before and after it."""

    var value: ElementType
    var prev: UnsafePointer[_Node[ElementType]]
    var next: UnsafePointer[_Node[ElementType]]

    fn __init__(
        out self,
        var value: ElementType,
        prev: UnsafePointer[_Node[ElementType]],
        next: UnsafePointer[_Node[ElementType]],
    ):
        self.value = value^
        self.prev = prev
        self.next = next

    fn _into_value(deinit self) -> ElementType:
        return self.value^


struct _LinkedListIter[ElementType: Copyable & Movable](Copyable, Movable):
    """Walks the nodes of a list, forward or backward; the list must outlive the iterator."""

    var _curr: UnsafePointer[_Node[ElementType]]
    var _forward: Bool

    fn __init__(out self, start: UnsafePointer[_Node[ElementType]], forward: Bool):
        self._curr = start
        self._forward = forward

    fn __iter__(self) -> Self:
        return self

    fn __has_next__(self) -> Bool:
        return Bool(self._curr)

    fn __next_ref__(mut self) -> ref [self] ElementType:
        """The current element (where it is in the list), then steps to the next node."""
        var node = self._curr
        if self._forward:
            self._curr = node[].next
        else:
            self._curr = node[].prev
        return node[].value

    fn __next__(mut self) -> ElementType:
        """A copy of the current element, then steps to the next node."""
        return self.__next_ref__()


struct LinkedList[ElementType: Copyable & Movable](Boolable, Copyable, Movable, Sized):
    var _head: UnsafePointer[_Node[ElementType]]
    var _tail: UnsafePointer[_Node[ElementType]]
    var _size: Int

    # ===--- life cycle ---=== #

    fn __init__(out self):
        """An empty list."""
        self._head = UnsafePointer[_Node[ElementType]]()
        self._tail = UnsafePointer[_Node[ElementType]]()
        self._size = 0

    fn __init__(out self, var *elements: ElementType, __list_literal__: () = ()):
        """A list of the given elements, in order (also what a list literal makes)."""
        self = Self()
        while len(elements) > 0:  # (moved out, last first, so that none is copied)
            self.prepend(elements.pop())

    fn __copyinit__(out self, other: Self):
        """A list of copies of other's elements."""
        self = Self()
        var curr = other._head
        while curr:
            self.append(curr[].value)
            curr = curr[].next

    fn __moveinit__(out self, deinit other: Self):
        self._head = other._head
        self._tail = other._tail
        self._size = other._size

    fn __del__(deinit self):
        var curr = self._head
        while curr:
            var next = curr[].next
            curr.destroy_pointee()
            curr.free()
            curr = next

    fn copy(self) -> Self:
        """A list of copies of the elements."""
        return Self.__copyinit__(self)

    # ===--- size ---=== #

    fn __len__(self) -> Int:
        return self._size

    fn __bool__(self) -> Bool:
        return self._size > 0

    # ===--- element access ---=== #

    fn _node_at(self, idx: Int) -> UnsafePointer[_Node[ElementType]]:
        """The node at idx (negative: from the end), or a null address if there is none."""
        var i = idx
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            return UnsafePointer[_Node[ElementType]]()
        if i <= self._size // 2:
            var curr = self._head
            for _ in range(i):
                curr = curr[].next
            return curr
        var curr = self._tail
        for _ in range(self._size - 1 - i):
            curr = curr[].prev
        return curr

    fn __getitem__[I: Indexer, //](ref self, idx: I) -> ref [self] ElementType:
        """The element at idx; negative indexes count from the end."""
        return self._node_at(Int(idx))[].value

    fn __setitem__[I: Indexer, //](mut self, idx: I, var value: ElementType):
        self._node_at(Int(idx))[].value = value^

    # ===--- adding ---=== #

    fn _new_node(
        self, prev: UnsafePointer[_Node[ElementType]], next: UnsafePointer[_Node[ElementType]]
    ) -> UnsafePointer[_Node[ElementType]]:
        """A new node between prev and next; its value is left for the caller to initialize (in
        place, so that adding an element moves it once)."""
        var node = UnsafePointer[_Node[ElementType]].alloc(1)
        UnsafePointer(to=node[].prev).init_pointee_copy(prev)
        UnsafePointer(to=node[].next).init_pointee_copy(next)
        return node

    fn append(mut self, var value: ElementType):
        """Adds value at the end."""
        var node = self._new_node(self._tail, UnsafePointer[_Node[ElementType]]())
        UnsafePointer(to=node[].value).init_pointee_move(value^)
        if self._tail:
            self._tail[].next = node
        else:
            self._head = node
        self._tail = node
        self._size += 1

    fn prepend(mut self, var value: ElementType):
        """Adds value at the start."""
        var node = self._new_node(UnsafePointer[_Node[ElementType]](), self._head)
        UnsafePointer(to=node[].value).init_pointee_move(value^)
        if self._head:
            self._head[].prev = node
        else:
            self._tail = node
        self._head = node
        self._size += 1

    fn insert(mut self, idx: Int, var elem: ElementType) raises:
        """Inserts elem before index idx (negative: from the end; clamped to the start); raises if
        idx is past the end."""
        var i = idx
        if i < 0:
            i += self._size
            if i < 0:
                i = 0
        if i > self._size:
            raise Error("insert: index ", idx, " out of bounds")
        if i == 0:
            self.prepend(elem^)
            return
        if i == self._size:
            self.append(elem^)
            return
        var after = self._node_at(i)
        var before = after[].prev
        var node = self._new_node(before, after)
        UnsafePointer(to=node[].value).init_pointee_move(elem^)
        before[].next = node
        after[].prev = node
        self._size += 1

    fn extend(mut self, var other: Self):
        """Moves other's elements (their nodes, as they are) to the end of this list."""
        var head = other._head
        var tail = other._tail
        var size = other._size
        other^._forget()
        if head:
            if self._tail:
                self._tail[].next = head
                head[].prev = self._tail
            else:
                self._head = head
            self._tail = tail
            self._size += size

    fn _forget(deinit self):
        """Ends the list without destroying its nodes (another list owns them now)."""
        pass

    # ===--- removing ---=== #

    fn _unlink(mut self, node: UnsafePointer[_Node[ElementType]]) -> ElementType:
        """Removes node from the chain, frees it and returns its element."""
        var prev = node[].prev
        var next = node[].next
        if prev:
            prev[].next = next
        else:
            self._head = next
        if next:
            next[].prev = prev
        else:
            self._tail = prev
        self._size -= 1
        var taken = node.take_pointee()
        node.free()
        return taken^._into_value()

    fn pop(mut self) raises -> ElementType:
        """Removes and returns the last element; raises if the list is empty."""
        if not self._tail:
            raise Error("Pop on empty list.")
        var node = self._tail
        return self._unlink(node)

    fn pop(mut self, idx: Int) raises -> ElementType:
        """Removes and returns the element at idx (negative: from the end); raises if there is none."""
        var node = self._node_at(idx)
        if not node:
            raise Error("Invalid index for pop: ", idx)
        return self._unlink(node)

    fn maybe_pop(mut self) -> Optional[ElementType]:
        """Removes and returns the last element, or None if the list is empty."""
        if not self._tail:
            return Optional[ElementType]()
        var node = self._tail
        return Optional[ElementType](self._unlink(node))

    fn maybe_pop(mut self, idx: Int) -> Optional[ElementType]:
        """Removes and returns the element at idx, or None if there is none."""
        var node = self._node_at(idx)
        if not node:
            return Optional[ElementType]()
        return Optional[ElementType](self._unlink(node))

    fn clear(mut self):
        """Removes (and destroys) all elements."""
        var curr = self._head
        while curr:
            var next = curr[].next
            curr.destroy_pointee()
            curr.free()
            curr = next
        self._head = UnsafePointer[_Node[ElementType]]()
        self._tail = UnsafePointer[_Node[ElementType]]()
        self._size = 0

    # ===--- reordering ---=== #

    fn reverse(mut self):
        """Reverses the order of the elements in place."""
        var curr = self._head
        while curr:
            var next = curr[].next
            curr[].next = curr[].prev
            curr[].prev = next
            curr = next
        var head = self._head
        self._head = self._tail
        self._tail = head

    # ===--- iteration ---=== #

    fn __iter__(self) -> _LinkedListIter[ElementType]:
        """An iterator over the elements, first to last."""
        return _LinkedListIter[ElementType](self._head, True)

    fn __reversed__(self) -> _LinkedListIter[ElementType]:
        """An iterator over the elements, last to first."""
        return _LinkedListIter[ElementType](self._tail, False)

    # ===--- searching and comparison (for elements that can be compared) ---=== #

    fn __contains__[U: EqualityComparable & Copyable & Movable, //](self: LinkedList[U], value: U) -> Bool:
        var curr = self._head
        while curr:
            if curr[].value == value:
                return True
            curr = curr[].next
        return False

    fn count[U: EqualityComparable & Copyable & Movable, //](self: LinkedList[U], elem: U) -> Int:
        """How many elements equal elem."""
        var found = 0
        var curr = self._head
        while curr:
            if curr[].value == elem:
                found += 1
            curr = curr[].next
        return found

    fn __eq__[U: EqualityComparable & Copyable & Movable, //](self: LinkedList[U], other: LinkedList[U]) -> Bool:
        if self._size != other._size:
            return False
        var a = self._head
        var b = other._head
        while a:
            if a[].value != b[].value:
                return False
            a = a[].next
            b = b[].next
        return True

    fn __ne__[U: EqualityComparable & Copyable & Movable, //](self: LinkedList[U], other: LinkedList[U]) -> Bool:
        return not (self == other)

    # ===--- text (for elements that can be written) ---=== #

    fn write_to[W: Writer, U: Writable & Copyable & Movable, //](self: LinkedList[U], mut writer: W):
        writer.write("[")
        var curr = self._head
        while curr:
            if curr != self._head:
                writer.write(", ")
            writer.write(curr[].value)
            curr = curr[].next
        writer.write("]")

    fn __str__[U: Writable & Copyable & Movable, //](self: LinkedList[U]) -> String:
        var out = String()
        self.write_to(out)
        return out

    fn __repr__[U: Representable & Copyable & Movable, //](self: LinkedList[U]) -> String:
        var out = String("LinkedList(")
        var curr = self._head
        while curr:
            if curr != self._head:
                out += ", "
            out += repr(curr[].value)
            curr = curr[].next
        return out + ")"

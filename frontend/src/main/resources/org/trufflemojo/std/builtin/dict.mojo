# Methods of the built-in Dict[K, V], declared as functions whose first parameter is
# `self: Dict[K, V]`; K and V are inferred from the dict. A key that is only looked up is read, a
# key or value the dict (or the caller) keeps moves in (`var`), and a method that changes the
# dict's entries takes `mut self`.


@intrinsic("dict.get")
fn get[K: AnyType, V: AnyType, //](self: Dict[K, V], key: K) -> Optional[V]:
    """A copy of the value of key, or None if the dict has no such key."""
    ...


@intrinsic("dict.get_or")
fn get[K: AnyType, V: AnyType, //](self: Dict[K, V], key: K, var default: V) -> V:
    """A copy of the value of key, or default if the dict has no such key."""
    ...


@intrinsic("dict.get")
fn find[K: AnyType, V: AnyType, //](self: Dict[K, V], key: K) -> Optional[V]:
    ...


@intrinsic("dict.pop")
fn pop[K: AnyType, V: AnyType, //](mut self: Dict[K, V], key: K) raises -> V:
    """Removes key and returns its value; raises a KeyError if the dict has no such key."""
    ...


@intrinsic("dict.pop_or")
fn pop[K: AnyType, V: AnyType, //](mut self: Dict[K, V], key: K, var default: V) -> V:
    """Removes key and returns its value, or returns default if the dict has no such key."""
    ...


@intrinsic("dict.popitem")
fn popitem[K: AnyType, V: AnyType, //](mut self: Dict[K, V]) raises -> Tuple[K, V]:
    """Removes the last entry inserted and returns it; raises a KeyError if the dict is empty."""
    ...


@intrinsic("dict.setdefault")
fn setdefault[K: AnyType, V: AnyType, //](mut self: Dict[K, V], var key: K, var default: V) -> V:
    """The value of key, after inserting default for it if the dict has no such key."""
    ...


@intrinsic("dict.clear")
fn clear[K: AnyType, V: AnyType, //](mut self: Dict[K, V]):
    ...


@intrinsic("dict.update")
fn update[K: AnyType, V: AnyType, //](mut self: Dict[K, V], other: Dict[K, V], /):
    """Sets a copy of each of the other dict's entries."""
    ...


@intrinsic("dict.keys")
fn keys[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> List[K]:
    """Copies of the keys, in insertion order."""
    ...


@intrinsic("dict.values")
fn values[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> List[V]:
    """Copies of the values, in insertion order."""
    ...


@intrinsic("dict.items")
fn items[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> List[Tuple[K, V]]:
    """Copies of the entries, in insertion order: `entry.key`, `entry.value`."""
    ...


@intrinsic("dict.len")
fn __len__[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> Int:
    ...


@intrinsic("dict.contains")
fn __contains__[K: AnyType, V: AnyType, //](self: Dict[K, V], key: K) -> Bool:
    ...


@intrinsic("dict.str")
fn __str__[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> String:
    ...


@intrinsic("dict.copy")
fn copy[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> Dict[K, V]:
    ...

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


@intrinsic("dict.reserved")
fn _reserved[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> Int:
    """The number of slots of the dict's hash index (a power of two)."""
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


fn __or__[K: AnyType, V: AnyType, //](self: Dict[K, V], other: Dict[K, V]) -> Dict[K, V]:
    """A new dict with the entries of both; other's value wins for a key in both."""
    var result = self.copy()
    result.update(other)
    return result^


fn fromkeys[K: AnyType, V: AnyType, //](keys: List[K], value: V) -> Dict[K, V]:
    """Dict.fromkeys(keys, value): every key mapped to a copy of value."""
    var result = Dict[K, V]()
    for key in keys:
        result[key] = value
    return result^


fn fromkeys[K: AnyType, V: AnyType, //](keys: List[K]) -> Dict[K, Optional[V]]:
    """Dict[K, V].fromkeys(keys): every key mapped to an empty Optional[V]."""
    var result = Dict[K, Optional[V]]()
    for key in keys:
        result[key] = Optional[V]()
    return result^


fn _find_ref[K: AnyType, V: AnyType, //](ref self: Dict[K, V], key: K) raises -> ref [self] V:
    """The value of key where the dict keeps it; raises KeyError if it is missing."""
    return self[key]


fn _minimum_size_of_string_representation[K: AnyType, V: AnyType, //](self: Dict[K, V]) -> Int:
    """The shortest text str(self) can be: every key and value one character long."""
    # '{' and '}', then per entry the key, ': ', the value and ', ' (none after the last)
    return 2 + len(self) * 6 - 2

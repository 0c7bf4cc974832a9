# Dict and Optional methods are declared in the library (std/builtin/dict.mojo, optional.mojo) as
# generic functions over the key, value and element types: keyword and default arguments work as
# for any method, arguments get the declared type as context, and the methods declared 'raises'
# raise.
@fieldwise_init
struct Item(Copyable, Movable):
    var name: String


def main():
    var d = {"a": 1, "b": 2}
    print(d.get(key="a").value(), d.get("zz", default=7), d.find(key="b").or_else(default=-1))
    print(d.pop("x", default=0), d.pop(key="b"), d.__len__())
    d.setdefault(key="c", default=3) += 10
    print(d.__contains__(key="c"), d["c"], d.__str__())
    d.update({"z": 26})
    var e = d.copy()
    e.clear()
    print(len(e), d.keys(), d.values())
    for entry in d.items():
        print(entry.key, "=", entry.value)
    var last = d.popitem()
    print(last.key, last.value, len(d))
    try:
        _ = d.pop("nope")
    except err:
        print("pop:", err)
    var empty = Dict[String, Int]()
    try:
        _ = empty.popitem()
    except err:
        print("popitem:", err)

    # the default's type comes from the dict: an empty list literal is a List[Int]
    var lists = Dict[Int, List[Int]]()
    lists[1] = [1, 2]
    print(lists.get(1, []).__len__(), lists.get(2, default=[]).__len__(), lists.pop(3, default=[]).__len__())
    var items = Dict[String, Item]()
    items["k"] = Item("kept")
    print(items.get("k").value().name, items.get("m", Item("missing")).name, items.setdefault("n", Item(name="new")).name)

    var o = Optional[String]("x")
    var none = Optional[String]()
    print(o.value(), o.unsafe_value(), none.or_else(default="none"), o.or_else("y"), o.__bool__(), none.__bool__())

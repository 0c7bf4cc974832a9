# Misuse of the Dict API is rejected with the argument counts, keywords, types and raising rules
# of Mojo's Dict, and keys that cannot be hashed.
fn no_raise(mut d: Dict[String, Int]):
    _ = d.popitem()
    _ = d["missing"]


def main():
    var d = {"a": 1}
    _ = d.pop()
    _ = d.setdefault("a")
    d.update(1)
    var frozen = {"b": 2}
    read_only(frozen)


fn read_only(d: Dict[String, Int]):
    d.clear()


@fieldwise_init
struct NoHash(Copyable, Movable):
    var x: Int


@fieldwise_init
struct BadHash(Copyable, Movable):
    var x: Int

    fn __hash__(self) -> String:
        return "x"

    fn __eq__(self, other: Self) -> Bool:
        return True


def keys():
    var a = Dict[NoHash, Int]()
    var b = Dict[BadHash, Int]()
    var c = Dict[List[Int], Int]()


fn pop_raises(mut d: Dict[String, Int]) -> Int:
    return d.pop("x", default=0) + d.pop("y")


def keywords_and_types():
    var d = {"a": 1}
    _ = d.get(k="a")
    _ = d.get("a", default="s")
    _ = d.pop("a", default="s")
    _ = d.get("a").or_else(default="s")

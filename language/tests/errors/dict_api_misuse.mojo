# Misuse of the Dict API is rejected with the argument counts and raising rules of Mojo's Dict.
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

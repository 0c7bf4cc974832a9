# Dict[_, V].fromkeys(keys): K inferred from the keys, V bound by the type; each key maps to an empty Optional[V].
def main():
    var keys: List[String] = ["a", "b"]
    var d = Dict[_, Int].fromkeys(keys)
    print(len(d), d["a"].__bool__())
    var e = Dict[String, Int].fromkeys(keys, 3)
    print(e["b"])

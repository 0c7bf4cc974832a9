# StaticString (text that lives for the whole program) is usable as a type: annotations,
# parameters and generic arguments.
fn greet(name: StaticString) -> String:
    return "hello " + name


def main():
    var s: StaticString = "static"
    var l = List[StaticString]("a", "b")
    print(s, greet("world"), len(l), repr(l[1]))

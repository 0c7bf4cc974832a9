# Strings and Lists are stored in native memory as their headers (data, length, capacity): a
# List[String], a List of Lists, a struct holding them, and an UnsafePointer to either. Changing
# such a value where it lives (+=, append, pop, clear, a mut argument) changes the stored header.
@fieldwise_init
struct Person(Copyable, Movable):
    var name: String
    var age: Int


@fieldwise_init
struct Item(Copyable, Movable):
    var name: String
    var tags: List[String]

    fn __copyinit__(out self, other: Self):
        print("copy", other.name)
        self.name = other.name
        self.tags = other.tags.copy()

    fn __del__(deinit self):
        print("del", self.name)


fn shout(mut s: String):
    s += "!"


def main():
    var p = UnsafePointer[Person].alloc(2)
    p.init_pointee_move(Person("Ann", 3))
    (p + 1).init_pointee_move(Person("Bob", 4))
    p[1].name += "by"
    print(p[].name, p[1].name, p[1].age)
    p.destroy_pointee()
    (p + 1).destroy_pointee()
    p.free()

    var s = UnsafePointer[String].alloc(1)
    s.init_pointee_move("hi")
    s[] += " there"
    shout(s[])
    print(s[])
    var taken = s.take_pointee()
    s.free()
    print(taken)

    var items = List[Item]()
    items.append(Item("a", ["x"]))
    items.append(Item("b", []))
    items[1].tags.append("y")
    items[1].name += "2"
    shout(items[0].name)
    print(items[0].name, items[1].name, len(items[1].tags), items[1].tags[0])
    var c = items[0]
    c.name += "?"
    print(c.name)
    print(items[0].name, len(items))

    var names = List[String]()
    for i in range(5):
        names.append(String(i))
    var two = names[2]
    two += "z"
    print(names[2], two, names.pop(), len(names))
    names.insert(0, "first")
    for ref n in names:
        n += "."
    names.sort()
    print(names, ", ".join(names), "first." in names, names.index("1."))

    var grid: List[List[String]] = [["a", "b"], ["c"]]
    grid[1].append("d")
    grid[0].clear()
    print(len(grid[0]), grid[1][1], grid)
    var row = grid.pop(1)
    row.extend(["e"])
    print(row, len(grid))
    print("end")

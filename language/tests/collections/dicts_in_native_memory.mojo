# Dicts keep their table in native memory: they grow, forget removed entries, keep insertion
# order, and can live anywhere a value can (list elements, struct fields, other dicts' values).
from collections import Dict
from memory import UnsafePointer
from sys import size_of


@fieldwise_init
struct Tracked(Copyable, Movable):
    var name: String

    fn __copyinit__(out self, other: Self):
        self.name = other.name + "'"
        print("copy", self.name)

    fn __del__(deinit self):
        print("del", self.name)


@fieldwise_init
struct Account(Copyable, Movable):
    var owner: String
    var balance: Int


@fieldwise_init
struct Registry(Copyable, Movable):
    var title: String
    var counts: Dict[String, Int]


def main():
    # growth, removal and re-insertion keep insertion order
    var squares = Dict[Int, Int]()
    for i in range(1000):
        squares[i] = i * i
    for i in range(0, 1000, 2):
        _ = squares.pop(i)
    squares[0] = -1
    var total = 0
    for k in squares:
        total += squares[k]
    print(len(squares), total, squares[999], squares[0])
    var firsts = List[Int]()
    for k in squares:
        if len(firsts) < 4:
            firsts.append(k)
    print(firsts.__str__())

    # lists as values are changed where they live
    var groups = Dict[String, List[Int]]()
    groups["even"] = List[Int]()
    groups["odd"] = List[Int]()
    for i in range(7):
        groups["even" if i % 2 == 0 else "odd"].append(i)
    groups["odd"][0] = 100
    print(groups["even"].__str__(), groups["odd"].__str__(), len(groups["odd"]))

    # struct values: fields assigned in place, += on a field
    var accounts = Dict[Int, Account]()
    accounts[7] = Account("ann", 10)
    accounts[7].balance += 5
    accounts[7].owner = "anne"
    print(accounts[7].owner, accounts[7].balance)

    # strings as values grow in place
    var notes = {"a": String("x")}
    notes["a"] += "yz"
    print(notes["a"], len(notes["a"]))

    # dicts inside lists, structs and dicts
    var per_day = List[Dict[String, Int]]()
    per_day.append(Dict[String, Int]())
    per_day.append({"rain": 3})
    per_day[0]["sun"] = 1
    per_day[1]["rain"] += 1
    print(per_day[0]["sun"], per_day[1]["rain"], len(per_day[1]))
    var regs = List[Registry]()
    regs.append(Registry("r", Dict[String, Int]()))
    regs[0].counts["x"] = 41
    regs[0].counts["x"] += 1
    print(regs[0].title, regs[0].counts["x"])
    var nested = Dict[String, Dict[String, Int]]()
    nested["outer"] = Dict[String, Int]()
    nested["outer"]["inner"] = 5
    _ = nested["outer"].setdefault("other", 6)
    print(nested["outer"]["inner"], nested["outer"]["other"], len(nested["outer"]))
    var copy = nested
    copy["outer"]["inner"] = 50
    print(nested["outer"]["inner"], copy["outer"]["inner"])

    # setdefault, pop with a default, popitem, update, clear, find
    var d = {"one": 1, "two": 2}
    d.setdefault("three", 3) += 30
    print(d["three"], d.setdefault("one", 100), d.pop("zero", -1), d.pop("two", -2))
    var last = d.popitem()
    print(last.key, last.value, len(d))
    d.update({"four": 4, "one": 11})
    print(d.__str__(), d.find("four").value(), d.find("five").__bool__())
    d.clear()
    print(len(d), "one" in d)
    d["again"] = 1
    print(d.__str__())
    try:
        var empty = Dict[String, Int]()
        _ = empty.popitem()
    except e:
        print(e)

    # the value a key replaces is destroyed; a pop moves the value out
    var things = Dict[String, Tracked]()
    things["a"] = Tracked("first")
    things["a"] = Tracked("second")
    var taken = things.pop("a")
    print("took", taken.name, len(things))

    # a dict behind a pointer
    var p = UnsafePointer[Dict[String, Int]].alloc(1)
    p.init_pointee_move(Dict[String, Int]())
    p[]["k"] = 9
    print(p[]["k"], size_of[Dict[String, Int]]())
    p.destroy_pointee()
    p.free()

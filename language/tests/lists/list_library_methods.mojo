# List methods are declared in the library (std/builtin/list.mojo) as generic functions over the
# element type: keyword and default arguments work as for any method.
@fieldwise_init
struct Item(Copyable, Movable):
    var name: String


def main():
    var l = [3, 1, 2]
    l.append(value=4)
    l.insert(i=0, value=9)
    print(l, l.pop(), l.pop(i=0), l.__len__(), l.count(1), l.__contains__(value=2))
    var items = List[Item]()
    items.append(Item("a"))
    items.append(Item(name="b"))
    var last = items.pop()
    print(last.name, len(items), items[0].name)
    var words = List[String]("x", "y")
    words.extend(other=["z"])
    words.reverse()
    print(words, words.index("y"), words == ["z", "y", "x"], words != ["z"])
    var copy = words.copy()
    copy.clear()
    print(len(copy), len(words))
    var tens = [10, 20, 30, 40, 50]
    print(tens.index(30, start=-4), tens.index(10, start=-5, stop=-1), tens.unsafe_get(4))
    try:
        _ = tens.index(30, stop=2)
    except e:
        print(e)
    tens.unsafe_set(0, 11)
    tens.shrink(2)
    print(tens)

# `for ref v in d.values()` binds v to each value where the dict holds it: writes change the dict.


struct Inventory:
    var stock: Dict[String, Int]

    fn __init__(out self):
        self.stock = Dict[String, Int]()
        self.stock["apple"] = 3
        self.stock["pear"] = 0

    fn restock(mut self, n: Int):
        for ref count in self.stock.values():
            count += n


def main():
    var d: Dict[String, Int] = {}
    d["a"] = 1
    d["b"] = 2
    for ref value in d.values():
        value *= 10
    for item in d.items():
        print(item.key, item.value)
    var inv = Inventory()
    inv.restock(5)
    print(inv.stock["apple"], inv.stock["pear"])

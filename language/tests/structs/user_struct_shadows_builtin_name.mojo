# A program may declare a struct with the name of a built-in one (Array is Mojo 1.x's InlineArray):
# its own declaration wins in the module.

struct Array:
    var n: Int

    fn __init__(out self, n: Int):
        self.n = n

fn main():
    print(Array(3).n)

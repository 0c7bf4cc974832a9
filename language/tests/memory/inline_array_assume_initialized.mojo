# An InlineArray of UnsafeMaybeUninitialized made with `uninitialized=True` (each wrapper's memory
# allocated, holding nothing), written element by element, then turned into an InlineArray of the
# values with `unsafe_assume_initialized=` (each value moved out of its wrapper).

from memory import UnsafeMaybeUninitialized

def main():
    var maybe = InlineArray[UnsafeMaybeUninitialized[String], 3](uninitialized=True)
    maybe[0].write("hello")
    maybe[1].write("mojo")
    maybe[2].write("world")
    var words = InlineArray[String, 3](unsafe_assume_initialized=maybe^)
    print(words[0], words[1], words[2])
    var moved = words^
    var copied = moved.copy()
    print(len(copied), copied[2])

struct Box:
    var value: Int

    fn __init__(out self, value: Int):
        self.value = value

    fn set(self, v: Int):
        self.value = v

    fn grow(mut self):
        self.value += 1


fn poke(b: Box):
    b.value = 3
    b.grow()


fn main():
    var b = Box(1)
    poke(b)

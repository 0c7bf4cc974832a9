struct NoDefault(Copyable, Movable):
    var x: Int
    fn __init__(out self, x: Int):
        self.x = x

fn main():
    var a = InlineArray[NoDefault, 2](uninitialized=True)

struct R:
    var x: Int
    fn __init__(out self):
        self.x = 0
    fn __deinit__(self):
        pass

fn main():
    var r = R()

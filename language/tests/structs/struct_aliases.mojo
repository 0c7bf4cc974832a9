struct Circle:
    alias PI = 3.14159
    alias UNIT: String = "cm"
    var r: Float64

    fn __init__(out self, r: Float64):
        self.r = r

    fn area(self) -> Float64:
        return Self.PI * self.r * self.r


def main():
    var c = Circle(2)
    print(c.area(), Circle.PI, Circle.UNIT)

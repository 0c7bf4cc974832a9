from geometry_lib.util import square


@fieldwise_init
struct Rect(Copyable, Movable):
    var w: Float64
    var h: Float64

    fn area(self) -> Float64:
        return self.w * self.h


fn square_area(side: Float64) -> Float64:
    return square(side)

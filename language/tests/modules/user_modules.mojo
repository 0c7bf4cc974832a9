from geometry_lib.shapes import Rect, square_area
import geometry_lib.util as util
import geometry_lib.shapes


def main():
    var r = Rect(2, 3)
    print(r.area(), square_area(4), util.square(5))
    var s = shapes.Rect(1, 1)
    print(s.area(), shapes.square_area(2))

from memory import UnsafePointer


@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Float64
    var on: Bool


fn main():
    var ints = UnsafePointer[Int].alloc(4)
    for i in range(4):
        (ints + i).init_pointee_copy(i * 10)
    ints[1] = 11
    ints[2] += 5
    print(ints[0], ints[1], ints[2], ints[3], ints[])
    var third = ints + 3
    print(third[], third[-1], (third - 3)[0])
    print(ints.offset(2)[0], ints == ints, ints != third)
    ints.free()

    var points = UnsafePointer[Point].alloc(2)
    points[0] = Point(1, 2.5, True)
    points.offset(1).init_pointee_move(Point(3, 4.5, False))
    points[1].x += 100
    points[0].y = -1.0
    var p = points[1]
    print(points[0].x, points[0].y, points[0].on, p.x, p.y, p.on)
    var taken = points.take_pointee()
    print(taken.x)
    points.free()

    var null = UnsafePointer[Int]()
    if not null:
        print("null is false")

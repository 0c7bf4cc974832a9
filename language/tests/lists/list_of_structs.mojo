@fieldwise_init
struct Body(Copyable, Movable):
    var x: Float64
    var vx: Float64
    var mass: Float64


@fieldwise_init
struct Named(Copyable, Movable):
    var name: String
    var count: Int


struct Loud(Copyable, Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 100
        print("copy", existing.id)

    fn __moveinit__(out self, deinit existing: Self):
        self.id = existing.id

    fn __del__(deinit self):
        print("del", self.id)


fn advance(mut bodies: List[Body], dt: Float64):
    for i in range(len(bodies)):
        bodies[i].x += dt * bodies[i].vx
        bodies[i].vx -= 1.0


fn main():
    var bodies = List[Body]()
    bodies.append(Body(0.0, 1.0, 5.0))
    bodies.append(Body(10.0, -2.0, 1.0))
    advance(bodies, 0.5)
    advance(bodies, 0.5)
    print(bodies[0].x, bodies[0].vx, bodies[1].x, bodies[1].vx)
    var b = bodies[1]
    b.mass = 100.0
    print(bodies[1].mass, b.mass)

    var names = [Named("a", 1), Named("b", 2)]
    names[0].count += 10
    var first = names[0]
    first.name = "changed"
    print(names[0].name, names[0].count, first.name, names[1].name)

    print("loud list")
    var louds = List[Loud]()
    louds.append(Loud(1))
    louds.append(Loud(2))
    var extra = Loud(3)
    louds.append(extra^)
    print("popped", louds.pop().id)
    print("copying")
    var other = louds
    print("sizes", len(louds), len(other))
    louds[0] = Loud(9)
    print("end")

# SIMD vectors (their lanes, in their own width) and function values (their number in a table)
# have native layouts: Lists, structs and pointers hold them flat.
from memory import UnsafePointer
from sys import size_of, align_of

fn double(x: Int) -> Int:
    return x * 2

fn square(x: Int) -> Int:
    return x * x

@fieldwise_init
struct Particle(Copyable, Movable):
    var pos: SIMD[DType.float32, 4]
    var id: Int

fn main():
    var vs = List[SIMD[DType.float32, 4]]()
    for i in range(3):
        vs.append(SIMD[DType.float32, 4](Float32(i), 1.5, 2.5, 3.5))
    vs[1][2] = 9.0
    vs[2] += vs[0]
    print(vs[0], vs[1], vs[2])
    print(size_of[SIMD[DType.float32, 4]](), align_of[SIMD[DType.int8, 8]]())
    var ps = List[Particle]()
    ps.append(Particle(SIMD[DType.float32, 4](1, 2, 3, 4), 7))
    ps[0].pos[3] = 40
    print(ps[0].pos, ps[0].id, size_of[Particle]())
    var fs = List[fn(Int) -> Int]()
    fs.append(double)
    fs.append(square)
    for f in fs:
        print(f(7))
    var p = UnsafePointer[SIMD[DType.int32, 2]].alloc(2)
    p.init_pointee_copy(SIMD[DType.int32, 2](-1, 5))
    (p + 1).init_pointee_copy(SIMD[DType.int32, 2](3, 4))
    print(p[0] * p[1])
    p.free()

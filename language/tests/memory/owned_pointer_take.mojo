# OwnedPointer.take() moves the value out and frees the box; steal_data() gives the memory up
# to the caller, which destroys the value and frees the memory itself.


@fieldwise_init
struct Noisy(Movable):
    var name: String

    fn __del__(owned self):
        print("del", self.name)


def main():
    var b = OwnedPointer(List[Int](1, 2, 3))
    var l = b^.take()
    print(l)
    var n = OwnedPointer(Noisy("stolen"))
    var p = n^.steal_data()
    print("still alive:", p[].name)
    p.destroy_pointee()
    p.free()
    var t = OwnedPointer(Noisy("taken")).take()
    print("took", t.name)

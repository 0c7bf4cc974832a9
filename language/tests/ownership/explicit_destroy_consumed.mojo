# An @explicit_destroy (linear) type is never destroyed implicitly: each value is ended by one of
# its named destructors (methods taking `deinit self`), on every path, or handed to a function that
# ends it.

@explicit_destroy
struct Transaction(Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("begin", id)

    fn commit(deinit self):
        print("commit", self.id)

    fn rollback(deinit self):
        print("rollback", self.id)

fn finish(var t: Transaction, ok: Bool):
    if ok:
        t^.commit()
    else:
        t^.rollback()

fn main():
    var a = Transaction(1)
    a^.commit()
    var b = Transaction(2)
    finish(b^, False)
    for i in range(3, 5):
        var t = Transaction(i)
        if i % 2 == 0:
            t^.commit()
            continue
        t^.rollback()

@explicit_destroy
struct Transaction(Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn commit(deinit self):
        pass

fn main():
    var kept = Transaction(1)
    var maybe = Transaction(2)
    if kept.id > 0:
        maybe^.commit()
    kept^.commit()

@explicit_destroy
struct Token(Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn close(deinit self):
        pass

fn main():
    _ = Token(1).id

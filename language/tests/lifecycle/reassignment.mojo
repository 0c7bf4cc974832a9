struct Token:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10

    fn __moveinit__(out self, deinit existing: Self):
        self.id = existing.id

    fn __del__(deinit self):
        print("del", self.id)


fn bump(t: Token) -> Token:
    return Token(t.id + 1)


@fieldwise_init
struct Holder:
    var token: Token


def main():
    var t = Token(1)
    t = bump(t)  # the old token dies after bump() used it, before the new one is stored
    print("t is", t.id)
    var h = Holder(Token(5))
    h.token = bump(h.token)
    print("h.token is", h.token.id)
    var u = Token(7)
    u = Token(u.id + 1)  # u.id is a plain Int: the old u dies before the new one is stored
    print("u is", u.id)

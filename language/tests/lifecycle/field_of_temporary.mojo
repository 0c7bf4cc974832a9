# A field read from a temporary is copied into its new owner before the temporary dies.

struct Noisy(Copyable, Movable):
    var name: String

    fn __init__(out self, name: String):
        self.name = name

    fn __del__(deinit self):
        print("drop", self.name)

fn get() -> String:
    return Noisy("then").name

def main():
    var s = get()
    print(s)
    var t = Noisy("x").name
    print(t)

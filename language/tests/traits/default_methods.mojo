trait Greeter:
    fn name(self) -> String:
        ...

    fn greet(self):
        print("Hello from", self.name())


trait LoudGreeter(Greeter):
    fn shout(self):
        print(self.name().upper() + "!")


@fieldwise_init
struct English(Copyable, Movable, LoudGreeter):
    var who: String

    fn name(self) -> String:
        return self.who


@fieldwise_init
struct Custom(Copyable, Movable, Greeter):
    fn name(self) -> String:
        return "custom"

    fn greet(self):
        print("my own greeting")


fn welcome[T: Greeter](g: T):
    g.greet()


def main():
    var e = English("Ann")
    e.greet()
    e.shout()
    welcome(e)
    welcome(Custom())

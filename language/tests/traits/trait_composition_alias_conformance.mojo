# A struct conforms to a trait composition alias (alias DuckLike = Quackable & Flyable), which also
# bounds a generic parameter.

trait Quackable:
    fn quack(self):
        ...

trait Flyable:
    fn fly(self):
        ...

alias DuckLike = Quackable & Flyable

@fieldwise_init
struct ToyDuck(Copyable, Movable, DuckLike):
    fn quack(self):
        print("squeak")
    fn fly(self):
        print("no")

fn use[T: DuckLike](d: T):
    d.quack()
    d.fly()

def main():
    use(ToyDuck())

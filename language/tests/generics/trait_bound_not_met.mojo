trait Quackable:
    fn quack(self):
        ...


@fieldwise_init
struct Dog(Copyable, Movable):
    fn bark(self):
        print("Woof")


fn make_it_quack[T: Quackable](maybe_a_duck: T):
    maybe_a_duck.quack()


def main():
    make_it_quack(Dog())

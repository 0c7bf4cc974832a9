trait Quackable:
    fn quack(self):
        ...


@fieldwise_init
struct Duck(Copyable, Movable, Quackable):
    fn waddle(self):
        print("waddle")


def main():
    Duck().waddle()

# Mojo 1.x `Some[Trait]` arguments (each call binds the type of what it passes) and `type_of(x)`.


def show(x: Some[Writable]):
    print("value:", x)

def twice(x: Some[Intable]) -> Int:
    return x.__int__() * 2

def same(x: Some[Copyable]) -> type_of(x):
    return x.copy()

def main():
    show(3)
    show("hi")
    print(twice(21))
    var a = 5
    var y: type_of(a) = a + 1
    print(y, same(String("s")))

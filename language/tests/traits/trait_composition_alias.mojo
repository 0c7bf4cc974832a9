trait Named:
    fn name(self) -> String:
        ...


trait Aged:
    fn age(self) -> Int:
        ...


alias Person = Named & Aged


@fieldwise_init
struct Student(Copyable, Movable, Named, Aged):
    var n: String
    var a: Int

    fn name(self) -> String:
        return self.n

    fn age(self) -> Int:
        return self.a


fn describe[T: Person](p: T):
    print(p.name(), "is", p.age())


def main():
    describe(Student("Ann", 20))

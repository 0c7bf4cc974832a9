# Mojo 1.x template strings: t"...{expression}..." writes each replacement field's value as text.


@fieldwise_init
struct Person(Writable):
    var name: String
    var age: Int

    def write_to(self, mut writer: Some[Writer]):
        t"{self.name} ({self.age})".write_to(writer)


def main():
    var p = Person("Alice", 30)
    print(t"person: {p}")
    var xs = [1, 2, 3]
    print(t"{len(xs)} items, first {xs[0]}, sum {xs[0] + xs[1] + xs[2]}")
    print(t"braces: {{literal}} and {'quoted'}")
    var s = String(t"{1.5} {True}")
    print(s, len(s))
    print(t"no fields")

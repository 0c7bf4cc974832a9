# A 1.x closure with a capture list is a value like any function: passed to a parameter of a
# function type, its `imm` captures read the variables where they live (later changes show),
# its `mut` captures change them, `d^` moves a variable into the closure's own copy.


def greet_all[G: def(String) -> None](names: List[String], greet: G):
    for n in names:
        greet(n)


def call_twice(f: def() -> Int) -> Int:
    return f() + f()


def main():
    var results = List[String]()
    var names: List[String] = ["Alice", "Bob"]
    var greeting = "Hello"

    def greeter(name: String) {imm greeting, mut results}:
        results.append(greeting + ", " + name + "!")

    greet_all(names, greeter)
    greeting = "Hi"
    greet_all(names, greeter)
    for r in results:
        print(r)

    var counter = 0
    def bump() {mut counter} -> Int:
        counter += 1
        return counter

    print(call_twice(bump), counter)

    var word = String("moved")
    def shout() {word^} -> Int:
        word += "!"
        print(word)
        return len(word)

    print(call_twice(shout))

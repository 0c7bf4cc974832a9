struct Person:
    var name: String
    var age: Int

    fn __init__(out self, name: String, age: Int):
        self.name = name
        if age > 0:
            self.age = age


def main():
    var me = Person("Alice", 30)

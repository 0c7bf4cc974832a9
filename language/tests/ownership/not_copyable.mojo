struct MyPet:
    var name: String
    var age: Int

    fn __init__(out self, name: String, age: Int):
        self.name = name
        self.age = age


fn adopt(var pet: MyPet):
    pass


def main():
    var mine = MyPet("Loki", 4)
    var yours = mine
    adopt(mine)
    var moved = mine^

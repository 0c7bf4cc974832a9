# An `imm` capture is read-only in the closure.


def main():
    var names = List[String]()

    def add(name: String) {imm names}:
        names.append(name)

    add("x")
    print(len(names))

# Mojo 1.x closures and their capture lists: `imm` reads the variable where it is (later changes
# show), `mut` changes it, `var` captures a copy made where the closure is declared; a convention
# alone applies to every other variable the body uses; no list captures what the body uses as `imm`.


def main():
    var scale = 3
    var total = 0
    var label = String("first")
    var log = List[String]()

    def scaled(x: Int) {imm scale} -> Int:
        return x * scale

    def add(x: Int) {mut total}:
        total += x

    def tag() {var label, mut} -> String:
        log.append(label)
        label += "!"
        return label

    def peek() -> Int:
        return scale + total

    print(scaled(2))
    scale = 10
    print(scaled(2))
    add(5)
    add(7)
    print(total)
    label = "second"
    print(tag(), tag(), label)
    print(len(log), log[0], log[1])
    print(peek())

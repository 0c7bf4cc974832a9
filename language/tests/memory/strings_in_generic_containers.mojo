# A generic container over UnsafePointer[T] holds Strings; Lists inside structs inside Lists change where they live (mut methods, for ref, ref bindings, element assignment).
struct Stack[T: Copyable & Movable]:
    var data: UnsafePointer[T]
    var size: Int
    var cap: Int

    fn __init__(out self):
        self.data = UnsafePointer[T].alloc(2)
        self.size = 0
        self.cap = 2

    fn push(mut self, var v: T):
        if self.size == self.cap:
            var nd = UnsafePointer[T].alloc(self.cap * 2)
            for i in range(self.size):
                (nd + i).init_pointee_move((self.data + i).take_pointee())
            self.data.free()
            self.data = nd
            self.cap *= 2
        (self.data + self.size).init_pointee_move(v^)
        self.size += 1

    fn pop(mut self) -> T:
        self.size -= 1
        return (self.data + self.size).take_pointee()

    fn __del__(deinit self):
        for i in range(self.size):
            (self.data + i).destroy_pointee()
        self.data.free()

@fieldwise_init
struct Bag(Copyable, Movable):
    var tags: List[String]

    fn add(mut self, t: String):
        self.tags.append(t)

def main():
    var st = Stack[String]()
    st.push("a")
    st.push("b")
    st.push("c")
    print(st.pop(), st.pop())
    var bags = [Bag(["x"]), Bag([])]
    bags[1].add("y")
    for ref b in bags:
        b.tags.append("z")
        b.add("w")
    print(bags[0].tags, bags[1].tags)
    ref r = bags[0].tags
    r.append("q")
    print(len(bags[0].tags))
    var words = ["a", "b", "c"]
    words[0] = words[2]
    words[2] += "!"
    print(words)
    var ll = [[1, 2], [3]]
    ll[0] = ll[1]
    ll[1].append(4)
    print(ll)
    var cell = UnsafePointer[String].alloc(1)
    cell.init_pointee_move("ref")
    ref target = cell[]
    target += "erence"
    print(cell[])
    cell.destroy_pointee()
    cell.free()

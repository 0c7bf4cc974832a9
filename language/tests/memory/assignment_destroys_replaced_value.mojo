# Assigning to a value that lives in native memory (p[] = v, p[i] = v, a field of a list element or pointee, a ref to a pointee) destroys the value it replaces.
@fieldwise_init
struct Loud(Movable):
    var name: String

    fn __del__(deinit self):
        print("del", self.name)

@fieldwise_init
struct Person(Copyable, Movable):
    var name: String
    var age: Int

def main():
    var s = UnsafePointer[String].alloc(1)
    s.init_pointee_move(String(11))
    s[] = String(22)
    s[] += "c"
    print(s[])
    s.destroy_pointee()
    s.free()
    var l = [String(33)]
    var p = l.unsafe_ptr()
    p[0] = String(44)
    print(l)
    var people = [Person(String(1), 2)]
    people[0].name = String(55)
    var pp = UnsafePointer[Person].alloc(1)
    pp.init_pointee_move(Person(String(66), 1))
    pp[].name = String(77)
    pp[] = Person(String(88), 3)
    ref r = pp[]
    r = Person(String(99), 4)
    print(people[0].name, pp[].name, pp[].age)
    pp.destroy_pointee()
    pp.free()
    var loud = UnsafePointer[Loud].alloc(1)
    loud.init_pointee_move(Loud("first"))
    print("assigning")
    loud[] = Loud("second")
    print("assigned")
    loud.destroy_pointee()
    loud.free()

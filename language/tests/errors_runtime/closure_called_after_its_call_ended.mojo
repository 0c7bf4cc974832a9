# A closure that captures by reference cannot outlive the call that declared it (escaping closures
# that copy what they capture are not implemented): calling it afterwards is a clear error.
fn make() -> fn () escaping -> Int:
    var n = 41

    fn inc() escaping -> Int:
        return n + 1

    return inc

fn main():
    var f = make()
    print(f())

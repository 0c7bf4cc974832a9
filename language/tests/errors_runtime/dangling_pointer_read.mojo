# A dangling pointer (not null, pointing at nothing) is a placeholder: reading through it is an error.
def main():
    var p = UnsafePointer[Int, MutUntrackedOrigin].unsafe_dangling()
    print(Bool(p))
    print(p[])

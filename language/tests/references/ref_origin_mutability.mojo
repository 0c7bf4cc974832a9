fn bump[is_mutable: Bool, //, origin: Origin[is_mutable]](ref [origin] x: Int):
    @parameter
    if is_mutable:
        x += 1


def main():
    var n = 1
    bump(n)
    bump(n)
    print(n)

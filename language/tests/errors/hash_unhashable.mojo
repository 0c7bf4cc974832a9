struct Plain:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v


def main():
    print(hash(Plain(1)))

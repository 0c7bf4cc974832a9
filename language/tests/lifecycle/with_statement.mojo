struct Session:
    var name: String

    fn __init__(out self, name: String):
        self.name = name
        print("session", name, "created")

    fn __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "-handle"

    fn __exit__(self):
        print("exit", self.name)

    fn __del__(deinit self):
        print("session", self.name, "destroyed")


def main():
    with Session("a") as handle:
        print("using", handle)
        print("still in the block")
    print("after with")
    with Session("b"):
        print("no name bound")

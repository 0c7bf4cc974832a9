fn greet(name: String) -> String:
    return "hello {}".format(name)


def main():
    print(greet("you"))

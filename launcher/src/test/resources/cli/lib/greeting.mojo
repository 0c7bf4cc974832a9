fn greet(name: String) -> String:
    return "Hello, " + name + "!"

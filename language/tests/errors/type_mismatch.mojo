def main():
    count = 8
    count = "Nine?"
    var a: Int = 42.5
    var s: String = 5

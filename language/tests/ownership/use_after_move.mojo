fn take_text(var text: String):
    print(text)


fn main():
    var message: String = "Hello"
    take_text(message^)
    print(message)

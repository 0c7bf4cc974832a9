fn take_text(var text: String):
    print(text)


fn main():
    var message: String = "Hello"
    for i in range(3):
        take_text(message^)

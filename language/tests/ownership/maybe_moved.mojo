fn take_text(var text: String):
    print(text)


fn main():
    var message: String = "Hello"
    var flag = True
    if flag:
        take_text(message^)
    print(message)

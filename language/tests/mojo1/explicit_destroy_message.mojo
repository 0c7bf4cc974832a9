# An abandoned explicitly-destroyed value: the error carries the @explicit_destroy message.
@explicit_destroy("Must call save_and_close() or discard()")
struct Buffer:
    var n: Int
    def __init__(out self):
        self.n = 0
    def discard(deinit self):
        pass

def main():
    var buffer = Buffer()
    print(buffer.n)

# builtin._location: a position in a source file, which assertions can report instead of their own.


@fieldwise_init
struct _SourceLocation(Copyable, Movable, Stringable, Writable):
    var line: Int
    var col: Int
    var file_name: String

    fn __str__(self) -> String:
        """`file:line:col`."""
        return self.file_name + ":" + String(self.line) + ":" + String(self.col)

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(self.__str__())

    fn prefix(self, msg: String) -> String:
        """The message as an error at this location reads: `At file:line:col: msg`."""
        return "At " + self.__str__() + ": " + msg

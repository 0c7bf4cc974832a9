# Mojo 1.x: std.reflection's call_location() and source_location() give SourceLocation values.
from std.reflection import call_location, source_location, SourceLocation


@always_inline
def caller() -> SourceLocation:
    return call_location()


def main():
    var at = source_location()
    print(at.line, at.col)
    var c = caller()
    print(c.line, c.col)
    print(String(c).endswith(":13:19"))
